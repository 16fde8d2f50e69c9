"""Peer for `lumbar inspect FILE --json`: fitdecode decoding a FIT file and writing every record
as JSON to stdout, the way a user of that library would (process start to last byte written)."""
import json, sys
import fitdecode

out = []
with fitdecode.FitReader(sys.argv[1], check_crc=fitdecode.CrcCheck.DISABLED,
                         error_handling=fitdecode.ErrorHandling.WARN) as fit:
    for frame in fit:
        if isinstance(frame, fitdecode.FitDataMessage) and frame.name == "record":
            out.append({f.name: (f.value.isoformat() if hasattr(f.value, "isoformat") else f.value)
                        for f in frame.fields if f.value is not None})
json.dump({"samples": out}, sys.stdout, default=str)
