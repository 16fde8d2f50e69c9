#!/usr/bin/env python3
"""Writes a synthetic Apple Health export.zip of about SIZE_MB megabytes of export.xml.

    Benchmarks/make-apple-health.py SIZE_MB OUT.zip

The real schema (formats.md "Apple Health export.xml essentials"): an internal DTD with the
HealthKit comment, <Me>, then Records (heart rate every 5 minutes and every 5 s during runs,
steps and distance from both iPhone and Watch, energy, running-form records during runs, resting
heart rate daily), then the Workouts (running and walking) with MetadataEntry, WorkoutStatistics,
WorkoutEvent and a WorkoutRoute whose FileReference names a workout-routes/*.gpx (GPX 1.1 with
Apple's unnamespaced extensions, one point every 3 s). Deterministic (seeded). Writes
OUT.zip.xmlbytes with the uncompressed size of export.xml. Nothing here is committed.
"""
import datetime as dt
import random
import sys
import zipfile

size_mb = float(sys.argv[1])
out = sys.argv[2]
target = int(size_mb * 1_000_000)
rng = random.Random(8)
tz = dt.timezone(dt.timedelta(hours=1))
WATCH = 'sourceName="Jane’s Apple Watch" sourceVersion="10.3.1" device="&lt;&lt;HKDevice: 0x28315e8a0&gt;, name:Apple Watch, manufacturer:Apple Inc., model:Watch, hardware:Watch6,2, software:10.3.1, creation date:2024-01-10 09:12:44 +0000&gt;"'
PHONE = 'sourceName="Jane’s iPhone" sourceVersion="17.2.1" device="&lt;&lt;HKDevice: 0x28315e9b0&gt;, name:iPhone, manufacturer:Apple Inc., model:iPhone, hardware:iPhone14,5, software:17.2.1&gt;"'
HEADER = """<?xml version="1.0" encoding="UTF-8"?>
<!DOCTYPE HealthData [
<!-- HealthKit Export Version: 14 -->
<!ELEMENT HealthData (ExportDate,Me,(Record|Correlation|Workout|ActivitySummary|ClinicalRecord|Audiogram|VisionPrescription)*)>
<!ATTLIST HealthData
  locale CDATA #REQUIRED
>
<!ELEMENT ExportDate EMPTY>
<!ATTLIST ExportDate
  value CDATA #REQUIRED
>
<!ELEMENT Record ((MetadataEntry|HeartRateVariabilityMetadataList)*)>
<!ATTLIST Record
  type          CDATA #REQUIRED
  unit          CDATA #IMPLIED
  value         CDATA #IMPLIED
  sourceName    CDATA #REQUIRED
  sourceVersion CDATA #IMPLIED
  device        CDATA #IMPLIED
  creationDate  CDATA #IMPLIED
  startDate     CDATA #REQUIRED
  endDate       CDATA #REQUIRED
>
]>
<HealthData locale="en_GB">
 <ExportDate value="2024-06-01 09:00:00 +0100"/>
 <Me HKCharacteristicTypeIdentifierDateOfBirth="1985-04-12" HKCharacteristicTypeIdentifierBiologicalSex="HKBiologicalSexFemale" HKCharacteristicTypeIdentifierBloodType="HKBloodTypeNotSet" HKCharacteristicTypeIdentifierFitzpatrickSkinType="HKFitzpatrickSkinTypeNotSet" HKCharacteristicTypeIdentifierCardioFitnessMedicationsUse="None"/>
"""


def fmt(t):
    return t.strftime("%Y-%m-%d %H:%M:%S +0100")


def record(kind, source, unit, start, end, value, meta=""):
    s, e = fmt(start), fmt(end)
    body = f' <Record type="HKQuantityTypeIdentifier{kind}" {source} unit="{unit}" creationDate="{e}" startDate="{s}" endDate="{e}" value="{value}"'
    return body + (f">\n{meta} </Record>\n" if meta else "/>\n")


def route_gpx(start, minutes):
    lines = ['<?xml version="1.0" encoding="UTF-8"?>',
             '<gpx version="1.1" creator="Apple Health Export" xmlns="http://www.topografix.com/GPX/1/1" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">',
             f' <metadata><time>{start.astimezone(dt.timezone.utc).strftime("%Y-%m-%dT%H:%M:%SZ")}</time></metadata>',
             ' <trk><name>Route</name><trkseg>']
    lat, lon = 51.5 + rng.random() * 0.01, -0.12 + rng.random() * 0.01
    for i in range(0, minutes * 60, 3):
        lat += 0.00002 + rng.random() * 0.00001
        lon += 0.00001
        t = (start + dt.timedelta(seconds=i)).astimezone(dt.timezone.utc).strftime("%Y-%m-%dT%H:%M:%SZ")
        lines.append(f'  <trkpt lon="{lon:.6f}" lat="{lat:.6f}"><ele>{20 + rng.random() * 5:.6f}</ele><time>{t}</time>'
                     f'<extensions><speed>{2.8 + rng.random() * 0.4:.6f}</speed><course>{rng.random() * 360:.6f}</course>'
                     f'<hAcc>{2 + rng.random():.6f}</hAcc><vAcc>{1.5 + rng.random():.6f}</vAcc></extensions></trkpt>')
    lines.append(' </trkseg></trk>\n</gpx>\n')
    return "\n".join(lines)


workouts = []
written = 0
with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED, compresslevel=6) as z:
    with z.open("apple_health_export/export.xml", "w", force_zip64=True) as xml:
        def emit(text):
            global written
            data = text.encode()
            written += len(data)
            xml.write(data)

        emit(HEADER)
        day = dt.datetime(2019, 1, 1, tzinfo=tz)
        n = 0
        while written < target:
            parts = []
            for m in range(0, 24 * 60, 5):
                t = day + dt.timedelta(minutes=m)
                parts.append(record("HeartRate", WATCH, "count/min", t, t, rng.randint(55, 95),
                                    '  <MetadataEntry key="HKMetadataKeyHeartRateMotionContext" value="0"/>\n'))
            for h in range(7, 22):
                t = day + dt.timedelta(hours=h)
                e = t + dt.timedelta(minutes=10)
                for src in (PHONE, WATCH):
                    parts.append(record("StepCount", src, "count", t, e, rng.randint(200, 1200)))
                    parts.append(record("DistanceWalkingRunning", src, "km", t, e, f"{rng.random() * 0.8:.5f}"))
                    parts.append(record("ActiveEnergyBurned", src, "kcal", t, e, f"{rng.random() * 30:.3f}"))
            parts.append(record("RestingHeartRate", WATCH, "count/min", day, day + dt.timedelta(hours=23), rng.randint(48, 58)))
            if n % 2 == 0:
                start = day + dt.timedelta(hours=7)
                minutes = 30 + rng.randint(0, 40)
                for s in range(0, minutes * 60, 5):
                    t = start + dt.timedelta(seconds=s)
                    parts.append(record("HeartRate", WATCH, "count/min", t, t, rng.randint(135, 172),
                                        '  <MetadataEntry key="HKMetadataKeyHeartRateMotionContext" value="2"/>\n'))
                for s in range(0, minutes * 60, 10):
                    t = start + dt.timedelta(seconds=s)
                    e = t + dt.timedelta(seconds=10)
                    parts.append(record("RunningGroundContactTime", WATCH, "ms", t, e, rng.randint(230, 270)))
                    parts.append(record("RunningVerticalOscillation", WATCH, "cm", t, e, f"{8 + rng.random() * 2:.2f}"))
                    parts.append(record("RunningStrideLength", WATCH, "m", t, e, f"{1.0 + rng.random() * 0.3:.2f}"))
                    parts.append(record("RunningPower", WATCH, "W", t, e, rng.randint(220, 280)))
                    parts.append(record("RunningSpeed", WATCH, "km/hr", t, e, f"{10 + rng.random() * 2:.3f}"))
                workouts.append(("HKWorkoutActivityTypeRunning", start, minutes))
            elif n % 7 == 1:
                workouts.append(("HKWorkoutActivityTypeWalking", day + dt.timedelta(hours=18), 40))
            emit("".join(parts))
            day += dt.timedelta(days=1)
            n += 1
        for kind, start, minutes in workouts:
            end = start + dt.timedelta(minutes=minutes)
            s, e = fmt(start), fmt(end)
            route = f"/workout-routes/route_{start.strftime('%Y-%m-%d_%-I.%M%p').lower()}.gpx"
            km = minutes / 6.0
            emit(f''' <Workout workoutActivityType="{kind}" duration="{minutes}" durationUnit="min" {WATCH} creationDate="{e}" startDate="{s}" endDate="{e}">
  <MetadataEntry key="HKIndoorWorkout" value="0"/>
  <MetadataEntry key="HKTimeZone" value="Europe/London"/>
  <MetadataEntry key="HKWeatherTemperature" value="57 degF"/>
  <MetadataEntry key="HKWeatherHumidity" value="8700 %"/>
  <MetadataEntry key="HKAverageMETs" value="10.2 kcal/hr·kg"/>
  <MetadataEntry key="HKElevationAscended" value="4520 cm"/>
  <WorkoutEvent type="HKWorkoutEventTypeSegment" date="{s}" duration="{minutes / 2}" durationUnit="min"/>
  <WorkoutStatistics type="HKQuantityTypeIdentifierActiveEnergyBurned" startDate="{s}" endDate="{e}" sum="{minutes * 11}" unit="kcal"/>
  <WorkoutStatistics type="HKQuantityTypeIdentifierDistanceWalkingRunning" startDate="{s}" endDate="{e}" sum="{km:.4f}" unit="km"/>
  <WorkoutStatistics type="HKQuantityTypeIdentifierHeartRate" startDate="{s}" endDate="{e}" average="152" minimum="120" maximum="172" unit="count/min"/>
  <WorkoutRoute {WATCH} creationDate="{e}" startDate="{s}" endDate="{e}">
   <MetadataEntry key="HKMetadataKeySyncVersion" value="2"/>
   <MetadataEntry key="HKMetadataKeySyncIdentifier" value="{rng.getrandbits(64):016X}"/>
   <FileReference path="{route}"/>
  </WorkoutRoute>
 </Workout>
''')
        emit("</HealthData>\n")
    for kind, start, minutes in workouts:
        name = f"apple_health_export/workout-routes/route_{start.strftime('%Y-%m-%d_%-I.%M%p').lower()}.gpx"
        z.writestr(name, route_gpx(start, minutes))
with open(out + ".xmlbytes", "w") as f:
    f.write(str(written))
print(f"{out}: export.xml {written / 1e6:.1f} MB, {len(workouts)} workouts", file=sys.stderr)
