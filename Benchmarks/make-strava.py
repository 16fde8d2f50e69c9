#!/usr/bin/env python3
"""Writes a synthetic Strava bulk export zip with RUNS runs (default 3000).

    Benchmarks/make-strava.py OUT.zip [RUNS]

Layout as formats.md "Strava bulk export layout": activities.csv with the 2024 English header
(94 columns, duplicate names), quoted names with commas and newlines, "Mon D, YYYY, h:mm:ss AM"
UTC dates; activities/<upload id>.gpx.gz (two thirds), .gpx (leading spaces before <?xml) and
.tcx.gz; plus one ride per ten runs and one manual run per thirty (no file). Tracks are 25-50
minutes with a point every 2 s (smart recording) carrying heart rate and cadence. Deterministic.
"""
import datetime as dt
import gzip
import io
import random
import sys
import zipfile

out = sys.argv[1]
runs = int(sys.argv[2]) if len(sys.argv) > 2 else 3000
rng = random.Random(3)
HEADER = ("Activity ID,Activity Date,Activity Name,Activity Type,Activity Description,Elapsed Time,Distance,Max Heart Rate,"
          "Relative Effort,Commute,Activity Private Note,Activity Gear,Filename,Athlete Weight,Bike Weight,Elapsed Time,Moving Time,"
          "Distance,Max Speed,Average Speed,Elevation Gain,Elevation Loss,Elevation Low,Elevation High,Max Grade,Average Grade,"
          "Average Positive Grade,Average Negative Grade,Max Cadence,Average Cadence,Max Heart Rate,Average Heart Rate,Max Watts,"
          "Average Watts,Calories,Max Temperature,Average Temperature,Relative Effort,Total Work,Number of Runs,Uphill Time,"
          "Downhill Time,Other Time,Perceived Exertion,Type,Start Time,Weighted Average Power,Power Count,Prefer Perceived Exertion,"
          "Perceived Relative Effort,Commute,Total Weight Lifted,From Upload,Grade Adjusted Distance,Weather Observation Time,"
          "Weather Condition,Weather Temperature,Apparent Temperature,Dewpoint,Humidity,Weather Pressure,Wind Speed,Wind Gust,"
          "Wind Bearing,Precipitation Intensity,Sunrise Time,Sunset Time,Moon Phase,Bike,Gear,Precipitation Probability,"
          "Precipitation Type,Cloud Cover,Weather Visibility,UV Index,Weather Ozone,Jump Count,Total Grit,Average Flow,Flagged,"
          "Average Elapsed Speed,Dirt Distance,Newly Explored Distance,Newly Explored Dirt Distance,Activity Count,Total Steps,"
          "Carbon Saved,Pool Length,Training Load,Intensity,Average Grade Adjusted Pace,Timer Time,Total Cycles,Media")
COLUMNS = HEADER.count(",") + 1


def points(start, minutes):
    lat, lon = 48.1 + rng.random() * 0.05, 11.5 + rng.random() * 0.05
    for i in range(0, minutes * 60, 2):
        lat += 0.000018
        lon += 0.000006 * rng.random()
        yield lat, lon, 520 + rng.random() * 10, start + dt.timedelta(seconds=i), rng.randint(135, 170), rng.randint(82, 90)


def gpx(start, minutes, kind):
    z = lambda t: t.strftime("%Y-%m-%dT%H:%M:%SZ")
    parts = ['   <?xml version="1.0" encoding="UTF-8"?>\n<gpx creator="StravaGPX" version="1.1" xmlns="http://www.topografix.com/GPX/1/1" '
             'xmlns:gpxtpx="http://www.garmin.com/xmlschemas/TrackPointExtension/v1">\n',
             f' <metadata><time>{z(start)}</time></metadata>\n <trk><name>Run</name><type>{kind}</type><trkseg>\n']
    for lat, lon, ele, t, hr, cad in points(start, minutes):
        parts.append(f'  <trkpt lat="{lat:.7f}" lon="{lon:.7f}"><ele>{ele:.1f}</ele><time>{z(t)}</time><extensions>'
                     f'<gpxtpx:TrackPointExtension><gpxtpx:hr>{hr}</gpxtpx:hr><gpxtpx:cad>{cad}</gpxtpx:cad>'
                     f'</gpxtpx:TrackPointExtension></extensions></trkpt>\n')
    parts.append(' </trkseg></trk>\n</gpx>\n')
    return "".join(parts).encode()


def tcx(start, minutes):
    z = lambda t: t.strftime("%Y-%m-%dT%H:%M:%SZ")
    parts = ['<?xml version="1.0" encoding="UTF-8"?>\n<TrainingCenterDatabase xmlns="http://www.garmin.com/xmlschemas/TrainingCenterDatabase/v2">'
             f'<Activities><Activity Sport="Running"><Id>{z(start)}</Id><Lap StartTime="{z(start)}"><TotalTimeSeconds>{minutes * 60}</TotalTimeSeconds>'
             '<Track>\n']
    dist = 0.0
    for lat, lon, ele, t, hr, cad in points(start, minutes):
        dist += 5.6
        parts.append(f'<Trackpoint><Time>{z(t)}</Time><Position><LatitudeDegrees>{lat:.7f}</LatitudeDegrees><LongitudeDegrees>{lon:.7f}'
                     f'</LongitudeDegrees></Position><AltitudeMeters>{ele:.1f}</AltitudeMeters><DistanceMeters>{dist:.1f}</DistanceMeters>'
                     f'<HeartRateBpm><Value>{hr}</Value></HeartRateBpm><Cadence>{cad}</Cadence></Trackpoint>\n')
    parts.append('</Track></Lap></Activity></Activities></TrainingCenterDatabase>\n')
    return "".join(parts).encode()


def date_text(t):
    return t.strftime("%b ") + str(t.day) + t.strftime(", %Y, ") + str(int(t.strftime("%I"))) + t.strftime(":%M:%S %p")


rows = []
with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED, compresslevel=6) as zf:
    day = dt.datetime(2016, 1, 1, 6, 30, tzinfo=dt.timezone.utc)
    upload = 13_000_000_000
    total = runs + runs // 10 + runs // 30
    for n in range(total):
        start = day + dt.timedelta(hours=n * 20, minutes=rng.randint(0, 50))
        minutes = rng.randint(25, 50)
        kind, filename = "Run", ""
        if n % 11 == 10:
            kind = "Ride"
        if n % 31 == 30:
            kind = "Run"
        else:
            upload += rng.randint(1, 9999)
            r = n % 6
            if kind == "Ride" or r < 4:
                filename = f"activities/{upload}.gpx.gz"
                zf.writestr(filename, gzip.compress(gpx(start, minutes, "cycling" if kind == "Ride" else "running"), 6))
            elif r == 4:
                filename = f"activities/{upload}.gpx"
                zf.writestr(filename, gpx(start, minutes, "running"))
            else:
                filename = f"activities/{upload}.tcx.gz"
                zf.writestr(filename, gzip.compress(tcx(start, minutes), 6))
        row = [""] * COLUMNS
        row[0] = str(10_000_000_000 + n)
        row[1] = f'"{date_text(start)}"'
        row[2] = f'"Run {n}, easy\nwith a newline"' if n % 5 == 0 else f"Morning {kind} {n}"
        row[3] = kind
        row[5] = str(minutes * 60)
        row[6] = f"{minutes / 6:.2f}"
        row[9] = "false"
        row[12] = filename
        row[15] = f"{minutes * 60:.1f}"
        row[17] = f"{minutes / 6 * 1000:.1f}"
        row[43] = str(rng.randint(3, 8)) if n % 3 == 0 else ""
        rows.append(",".join(row))
    zf.writestr("activities.csv", HEADER + "\n" + "\n".join(rows) + "\n")
    zf.writestr("profile.csv", "Athlete ID,Email Address,First Name\n1,jane@example.com,Jane\n")
print(f"{out}: {total} activities", file=sys.stderr)
