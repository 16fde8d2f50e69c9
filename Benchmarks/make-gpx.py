#!/usr/bin/env python3
"""Write a realistic GPX for lumbar's benchmarks: `make-gpx.py SIZE_MB OUT`.

Garmin Connect layout: GPX 1.1 with the gpxtpx TrackPointExtension namespace, one point a
second with lat/lon, ele, time and gpxtpx hr + cad, indented as Garmin writes it, split into
several tracks (one run each, a day apart) until the file reaches SIZE_MB megabytes
(10^6 bytes). Deterministic (fixed seed), so runs compare. Output belongs in Benchmarks/.data/
(git-ignored): never commit it.
"""
import math
import random
import sys
from datetime import datetime, timedelta, timezone

POINTS_PER_TRACK = 7200  # two hours at 1 Hz

HEADER = """<?xml version="1.0" encoding="UTF-8"?>
<gpx creator="Garmin Connect" version="1.1"
  xsi:schemaLocation="http://www.topografix.com/GPX/1/1 http://www.topografix.com/GPX/11.xsd"
  xmlns:ns3="http://www.garmin.com/xmlschemas/TrackPointExtension/v1"
  xmlns="http://www.topografix.com/GPX/1/1"
  xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"
  xmlns:gpxtpx="http://www.garmin.com/xmlschemas/TrackPointExtension/v1">
  <metadata>
    <link href="connect.garmin.com">
      <text>Garmin Connect</text>
    </link>
    <time>2024-03-01T06:00:00.000Z</time>
  </metadata>
"""

POINT = """      <trkpt lat="{lat:.15f}" lon="{lon:.15f}">
        <ele>{ele:.1f}</ele>
        <time>{time}</time>
        <extensions>
          <gpxtpx:TrackPointExtension>
            <gpxtpx:hr>{hr}</gpxtpx:hr>
            <gpxtpx:cad>{cad}</gpxtpx:cad>
          </gpxtpx:TrackPointExtension>
        </extensions>
      </trkpt>
"""


def track(out, index, rng):
    start = datetime(2024, 3, 1, 6, 0, tzinfo=timezone.utc) + timedelta(days=index)
    lat, lon, ele = 47.37 + rng.uniform(-0.05, 0.05), 8.54 + rng.uniform(-0.05, 0.05), 410.0
    heading = rng.uniform(0, 2 * math.pi)
    out.write("  <trk>\n    <name>Run {}</name>\n    <type>running</type>\n    <trkseg>\n".format(index + 1))
    written = 0
    for i in range(POINTS_PER_TRACK):
        speed = 3.0 + 0.4 * math.sin(i / 300) + rng.uniform(-0.2, 0.2)  # m/s
        heading += rng.uniform(-0.05, 0.05)
        lat += speed * math.cos(heading) / 111_195
        lon += speed * math.sin(heading) / (111_195 * math.cos(math.radians(lat)))
        ele += rng.uniform(-0.3, 0.3)
        t = (start + timedelta(seconds=i)).strftime("%Y-%m-%dT%H:%M:%S.000Z")
        text = POINT.format(lat=lat, lon=lon, ele=ele, time=t,
                            hr=int(140 + 15 * math.sin(i / 900) + rng.uniform(-3, 3)),
                            cad=int(84 + rng.uniform(-3, 3)))
        out.write(text)
        written += len(text)
    out.write("    </trkseg>\n  </trk>\n")
    return written


def main():
    if len(sys.argv) != 3:
        sys.exit("usage: make-gpx.py SIZE_MB OUT")
    target = float(sys.argv[1]) * 1_000_000
    rng = random.Random(20241204)
    with open(sys.argv[2], "w", encoding="utf-8") as out:
        out.write(HEADER)
        size, index = len(HEADER), 0
        while size < target:
            size += track(out, index, rng) + 60
            index += 1
        out.write("</gpx>\n")


if __name__ == "__main__":
    main()
