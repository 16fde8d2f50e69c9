"""Peer timing: python fitdecode decoding every frame of each FIT file (best of 3, CPU time).

Prints one tab-separated row per file: peer, file, MB/s, records/s, records.
"""
import os, sys, time
import fitdecode

for path in sys.argv[1:]:
    size = os.path.getsize(path)
    best, records = float("inf"), 0
    for _ in range(3):
        t0 = time.process_time()
        n = 0
        with fitdecode.FitReader(path, check_crc=fitdecode.CrcCheck.DISABLED,
                                 error_handling=fitdecode.ErrorHandling.WARN) as fit:
            for frame in fit:
                if isinstance(frame, fitdecode.FitDataMessage) and frame.name == "record":
                    n += 1
        best = min(best, time.process_time() - t0)
        records = n
    print(f"fitdecode\t{os.path.basename(path)}\t{size / best / 1e6:.3f}\t{records / best:.0f}\t{records}")
