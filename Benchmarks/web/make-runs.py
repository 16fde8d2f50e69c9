#!/usr/bin/env python3
"""Write N runs for the dashboard benchmark: `make-runs.py N OUT_DIR`.

One GPX file per 100 runs (one track each, a day apart, ending 2026-12-01), 240 points a run
(one every 15 s: an hour) with heart rate and cadence. Deterministic (fixed seed). Output
belongs in Benchmarks/.data/ (git-ignored): never commit it.
"""
import math
import os
import random
import sys
from datetime import datetime, timedelta, timezone

HEADER = ('<?xml version="1.0" encoding="UTF-8"?>\n<gpx creator="lumbar bench" version="1.1" '
          'xmlns="http://www.topografix.com/GPX/1/1" '
          'xmlns:gpxtpx="http://www.garmin.com/xmlschemas/TrackPointExtension/v1">\n')
POINT = ('<trkpt lat="{lat:.6f}" lon="{lon:.6f}"><ele>{ele:.1f}</ele><time>{time}</time><extensions>'
         '<gpxtpx:TrackPointExtension><gpxtpx:hr>{hr}</gpxtpx:hr><gpxtpx:cad>{cad}</gpxtpx:cad>'
         '</gpxtpx:TrackPointExtension></extensions></trkpt>\n')


def track(out, index, count, rng):
    start = datetime(2026, 12, 1, 6, 0, tzinfo=timezone.utc) - timedelta(days=count - 1 - index)
    lat, lon, ele, heading = 47.37, 8.54, 410.0, rng.uniform(0, 2 * math.pi)
    out.write("<trk><name>Run {}</name><type>running</type><trkseg>\n".format(index + 1))
    for i in range(240 if index % 7 else 400):
        speed = 3.0 + rng.uniform(-0.2, 0.2)
        heading += rng.uniform(-0.1, 0.1)
        lat += 15 * speed * math.cos(heading) / 111_195
        lon += 15 * speed * math.sin(heading) / (111_195 * math.cos(math.radians(lat)))
        ele += rng.uniform(-1, 1)
        t = (start + timedelta(seconds=15 * i)).strftime("%Y-%m-%dT%H:%M:%SZ")
        out.write(POINT.format(lat=lat, lon=lon, ele=ele, time=t, hr=int(145 + rng.uniform(-8, 8)), cad=int(84 + rng.uniform(-3, 3))))
    out.write("</trkseg></trk>\n")


def main():
    if len(sys.argv) != 3:
        sys.exit("usage: make-runs.py N OUT_DIR")
    count, folder = int(sys.argv[1]), sys.argv[2]
    os.makedirs(folder, exist_ok=True)
    rng = random.Random(20261204)
    for first in range(0, count, 100):
        with open(os.path.join(folder, "runs-{:05d}.gpx".format(first)), "w", encoding="utf-8") as out:
            out.write(HEADER)
            for index in range(first, min(first + 100, count)):
                track(out, index, count, rng)
            out.write("</gpx>\n")


if __name__ == "__main__":
    main()
