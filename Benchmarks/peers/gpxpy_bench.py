"""Peer timing: gpxpy parsing one GPX file (CPU time, peak memory). Prints a tab-separated row."""
import os, resource, sys, time
import gpxpy

path = sys.argv[1]
size = os.path.getsize(path)
t0 = time.process_time()
with open(path) as f:
    gpx = gpxpy.parse(f)
points = sum(len(s.points) for t in gpx.tracks for s in t.segments)
cpu = time.process_time() - t0
peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
print(f"gpxpy\t{os.path.basename(path)}\t{size / cpu / 1e6:.3f}\t{points / cpu:.0f}\t{peak:.0f}")
