#!/usr/bin/env python3
"""Writes lumbar's bundled sample data into Samples/ (deterministic: same bytes every run).

A made-up runner in Berlin: ten weeks of runs recorded by a watch with running dynamics
(FIT, 1 record every 5 s), ending with a long run about 50 % longer than anything in the
previous 30 days, after which the back began to hurt. One run is also written as GPX and one as
TCX (the same run from another source: lumbar stores it once). Also a pain diary and an answers
file. Nothing here comes from a real person.

Usage: scripts/make-samples.py [OUT_DIR]   (default: Samples/ beside this script's parent)
"""
import gzip, math, os, random, struct, sys, datetime as dt

OUT = sys.argv[1] if len(sys.argv) > 1 else os.path.join(os.path.dirname(__file__), "..", "Samples")
FIT_EPOCH = 631065600
BERLIN_OFFSET = 3600  # CET (the runs are in autumn after the clocks changed, or +7200 before)

CRC_TABLE = [0x0000, 0xCC01, 0xD801, 0x1400, 0xF001, 0x3C00, 0x2800, 0xE401,
             0xA001, 0x6C00, 0x7800, 0xB401, 0x5000, 0x9C01, 0x8801, 0x4400]

def crc16(data, crc=0):
    for b in data:
        tmp = CRC_TABLE[crc & 0xF]; crc = (crc >> 4) & 0x0FFF; crc = crc ^ tmp ^ CRC_TABLE[b & 0xF]
        tmp = CRC_TABLE[crc & 0xF]; crc = (crc >> 4) & 0x0FFF; crc = crc ^ tmp ^ CRC_TABLE[(b >> 4) & 0xF]
    return crc

# (field number, struct code, FIT base type byte)
T = {"enum": ("B", 0x00), "u8": ("B", 0x02), "u16": ("H", 0x84), "s32": ("i", 0x85),
     "u32": ("I", 0x86), "u32z": ("I", 0x8C)}

class FitWriter:
    def __init__(self):
        self.body = bytearray(); self.defs = {}
    def define(self, local, global_num, fields):
        self.defs[local] = fields
        self.body += bytes([0x40 | local, 0, 0]) + struct.pack("<HB", global_num, len(fields))
        for num, typ in fields:
            code, base = T[typ]
            self.body += bytes([num, struct.calcsize(code), base])
    def data(self, local, values):
        self.body += bytes([local])
        for (num, typ), v in zip(self.defs[local], values):
            self.body += struct.pack("<" + T[typ][0], v)
    def bytes(self):
        header = struct.pack("<BBHI4s", 14, 0x20, 2132, len(self.body), b".FIT")
        header += struct.pack("<H", crc16(header))
        out = header + self.body
        return out + struct.pack("<H", crc16(out))

def semicircles(deg):
    return int(round(deg * 2**31 / 180))

def fit_time(unix):
    return int(unix) - FIT_EPOCH

def simulate(start_unix, km, pace_s_per_km, rng, fatigue):
    """1 Hz simulation, kept every 5 s. Returns a list of dicts."""
    total = km * 1000
    speed0 = 1000 / pace_s_per_km
    points, dist, t, alt = [], 0.0, 0, 45.0
    lat0, lon0, radius = 52.5145, 13.3500, 318.0  # a 2 km loop in the Tiergarten
    duration = total / speed0
    while dist < total:
        frac = t / duration
        third = 0 if frac < 1 / 3 else (1 if frac < 2 / 3 else 2)
        speed = speed0 * (1 + 0.02 * math.sin(t / 97.0)) + rng.gauss(0, 0.04)
        dist = min(total, dist + speed)
        ang = dist / radius
        lat = lat0 + (radius * math.sin(ang)) / 111_320
        lon = lon0 + (radius * (1 - math.cos(ang))) / (111_320 * math.cos(math.radians(lat0)))
        alt = 45 + 6 * math.sin(ang)
        decay = fatigue if third == 2 else 0.0  # form decays in the last third of long runs
        hr = 138 + 14 * frac + 6 * (speed - speed0) + rng.gauss(0, 1.5)
        cadence_spm = 168 * (1 - 0.045 * decay) + 4 * (speed - speed0) + rng.gauss(0, 1.2)
        gct = 252 * (1 + 0.07 * decay) - 15 * (speed - speed0) + rng.gauss(0, 3)
        vo = 86 * (1 + 0.06 * decay) + rng.gauss(0, 1.2)
        balance = 50.4 + 0.8 * decay + rng.gauss(0, 0.3)
        step = speed / (cadence_spm / 60) * 1000
        if t % 5 == 0:
            points.append(dict(t=start_unix + t, lat=lat, lon=lon, dist=dist, speed=speed, alt=alt,
                               hr=hr, spm=cadence_spm, gct=gct, vo=vo, bal=balance, step=step,
                               vr=vo / step * 100))
        t += 1
    return points

def write_fit(path, points, start_unix, sub_sport=0):
    w = FitWriter()
    w.define(0, 0, [(0, "enum"), (1, "u16"), (2, "u16"), (3, "u32z"), (4, "u32")])
    w.data(0, [4, 1, 3113, 3_990_000_123, fit_time(start_unix)])  # activity, Garmin, Forerunner 945
    rec = [(253, "u32"), (0, "s32"), (1, "s32"), (5, "u32"), (73, "u32"), (78, "u32"), (3, "u8"),
           (4, "u8"), (53, "u8"), (39, "u16"), (41, "u16"), (84, "u16"), (85, "u16"), (83, "u16")]
    w.define(1, 20, rec)
    for p in points:
        strides = p["spm"] / 2
        whole = int(strides)
        w.data(1, [fit_time(p["t"]), semicircles(p["lat"]), semicircles(p["lon"]),
                   int(round(p["dist"] * 100)), int(round(p["speed"] * 1000)),
                   int(round((p["alt"] + 500) * 5)), int(round(p["hr"])), whole,
                   int((strides - whole) * 128), int(round(p["vo"] * 10)), int(round(p["gct"] * 10)),
                   int(round(p["bal"] * 100)), int(round(p["step"] * 10)), int(round(p["vr"] * 100))])
    end = points[-1]["t"]
    elapsed = end - start_unix
    dist = points[-1]["dist"]
    w.define(2, 19, [(253, "u32"), (2, "u32"), (7, "u32"), (8, "u32"), (9, "u32")])
    w.data(2, [fit_time(end), fit_time(start_unix), elapsed * 1000, elapsed * 1000, int(round(dist * 100))])
    hrs = [p["hr"] for p in points]
    w.define(3, 18, [(253, "u32"), (2, "u32"), (7, "u32"), (8, "u32"), (9, "u32"), (5, "enum"),
                     (6, "enum"), (16, "u8"), (17, "u8"), (22, "u16"), (23, "u16")])
    w.data(3, [fit_time(end), fit_time(start_unix), elapsed * 1000, elapsed * 1000,
               int(round(dist * 100)), 1, sub_sport, int(round(sum(hrs) / len(hrs))),
               int(round(max(hrs))), int(12 * dist / 2000), int(12 * dist / 2000)])
    w.define(4, 34, [(253, "u32"), (1, "u16"), (2, "enum"), (3, "enum"), (4, "enum"), (5, "u32")])
    w.data(4, [fit_time(end), 1, 0, 26, 1, fit_time(end + BERLIN_OFFSET)])
    data = w.bytes()
    if path.endswith(".gz"):
        with gzip.GzipFile(path, "wb", mtime=0) as f:
            f.write(data)
    else:
        with open(path, "wb") as f:
            f.write(data)

def iso(unix):
    return dt.datetime.fromtimestamp(unix, dt.timezone.utc).strftime("%Y-%m-%dT%H:%M:%SZ")

def write_gpx(path, points, name):
    lines = ['<?xml version="1.0" encoding="UTF-8"?>',
             '<gpx version="1.1" creator="lumbar samples" xmlns="http://www.topografix.com/GPX/1/1" '
             'xmlns:gpxtpx="http://www.garmin.com/xmlschemas/TrackPointExtension/v1">',
             f'<trk><name>{name}</name><type>running</type><trkseg>']
    for p in points:
        lines.append(f'<trkpt lat="{p["lat"]:.7f}" lon="{p["lon"]:.7f}"><ele>{p["alt"]:.1f}</ele>'
                     f'<time>{iso(p["t"])}</time><extensions><gpxtpx:TrackPointExtension>'
                     f'<gpxtpx:hr>{int(round(p["hr"]))}</gpxtpx:hr><gpxtpx:cad>{int(p["spm"] / 2)}</gpxtpx:cad>'
                     '</gpxtpx:TrackPointExtension></extensions></trkpt>')
    lines.append('</trkseg></trk></gpx>')
    with open(path, "w") as f:
        f.write("\n".join(lines) + "\n")

def write_tcx(path, points):
    start = points[0]["t"]
    elapsed = points[-1]["t"] - start
    lines = ['<?xml version="1.0" encoding="UTF-8"?>',
             '<TrainingCenterDatabase xmlns="http://www.garmin.com/xmlschemas/TrainingCenterDatabase/v2" '
             'xmlns:ns3="http://www.garmin.com/xmlschemas/ActivityExtension/v2">',
             f'<Activities><Activity Sport="Running"><Id>{iso(start)}</Id><Lap StartTime="{iso(start)}">',
             f'<TotalTimeSeconds>{elapsed}</TotalTimeSeconds><DistanceMeters>{points[-1]["dist"]:.1f}</DistanceMeters>',
             '<Intensity>Active</Intensity><TriggerMethod>Manual</TriggerMethod><Track>']
    for p in points:
        lines.append(f'<Trackpoint><Time>{iso(p["t"])}</Time><Position><LatitudeDegrees>{p["lat"]:.7f}'
                     f'</LatitudeDegrees><LongitudeDegrees>{p["lon"]:.7f}</LongitudeDegrees></Position>'
                     f'<AltitudeMeters>{p["alt"]:.1f}</AltitudeMeters><DistanceMeters>{p["dist"]:.1f}</DistanceMeters>'
                     f'<HeartRateBpm><Value>{int(round(p["hr"]))}</Value></HeartRateBpm><Extensions>'
                     f'<ns3:TPX><ns3:Speed>{p["speed"]:.3f}</ns3:Speed><ns3:RunCadence>{int(p["spm"] / 2)}'
                     '</ns3:RunCadence></ns3:TPX></Extensions></Trackpoint>')
    lines.append('</Track></Lap></Activity></Activities></TrainingCenterDatabase>')
    with open(path, "w") as f:
        f.write("\n".join(lines) + "\n")

def main():
    rng = random.Random(20261127)
    os.makedirs(os.path.join(OUT, "runs"), exist_ok=True)
    first_monday = dt.date(2026, 9, 21)
    # Weekly pattern (weekday, km, pace s/km, hour local); the long run grows slowly then spikes.
    long_runs = [11, 12, 12, 13, 10, 13, 14, 14, 13, 21]
    written = []
    for week in range(10):
        monday = first_monday + dt.timedelta(days=7 * week)
        plan = [(1, 8 + rng.choice([0, 1]), 330, 7), (3, 7, 300, 18), (5, 5, 345, 9),
                (6, long_runs[week], 350, 9)]
        if week == 9:
            plan = [(1, 8, 330, 7), (3, 7, 300, 18), (6, 21, 352, 9)]
        for weekday, km, pace, hour in plan:
            day = monday + dt.timedelta(days=weekday)
            offset = 7200 if day < dt.date(2026, 10, 25) else 3600
            start = int(dt.datetime(day.year, day.month, day.day, hour, 5, tzinfo=dt.timezone.utc).timestamp()) - offset
            fatigue = 1.0 if km >= 13 else 0.0
            pts = simulate(start, km, pace + rng.randint(-8, 8), rng, fatigue)
            name = f"{day.isoformat()}-{km}km.fit"
            if week % 3 == 2 and weekday == 3:
                name += ".gz"
            global BERLIN_OFFSET
            BERLIN_OFFSET = offset
            write_fit(os.path.join(OUT, "runs", name), pts, start)
            written.append((day, km, pts))
    # A pain diary for the last five weeks: mild ache after the long runs, growing with distance,
    # then the strain after the 21 km run. Columns match `lumbar pain log` options.
    with open(os.path.join(OUT, "pain-diary.csv"), "w") as f:
        f.write("date,during,after,nextMorning,rpe\n")
        for day, km, _ in written:
            if day < dt.date(2026, 10, 26):
                continue
            after = 1 if km < 10 else (3 if km < 21 else 7)
            during = 0 if km < 10 else (1 if km < 21 else 4)
            morning = max(0, after - 1) if km < 21 else 6
            rpe = 3 if km < 8 else (5 if km < 13 else (6 if km < 21 else 8))
            f.write(f"{day.isoformat()},{during},{after},{morning},{rpe}\n")
    # The same Saturday run from a phone app as GPX and TCX: lumbar keeps one activity.
    day, km, pts = [w for w in written if w[1] == 5][-1]
    write_gpx(os.path.join(OUT, "runs", f"{day.isoformat()}-phone.gpx"), pts, "Saturday easy run")
    write_tcx(os.path.join(OUT, "runs", f"{day.isoformat()}-phone.tcx"), pts)
    print(f"wrote {len(written)} FIT runs, 1 GPX and 1 TCX to {os.path.normpath(OUT)}")

if __name__ == "__main__":
    main()
