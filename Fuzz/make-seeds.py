#!/usr/bin/env python3
"""Writes the small generated seeds in Fuzz/Seeds/ (committed; run again to regenerate).

Each seed is a tiny valid document of its kind, so libFuzzer starts inside the grammar; the
shared test files (never copied here) are added by scripts/fuzz at run time.
"""
import json, math, os, shutil

here = os.path.dirname(os.path.abspath(__file__))
seeds = os.path.join(here, "Seeds")

def write(kind, name, data):
    os.makedirs(os.path.join(seeds, kind), exist_ok=True)
    mode = "wb" if isinstance(data, bytes) else "w"
    with open(os.path.join(seeds, kind, name), mode) as f:
        f.write(data)

def clock(s):
    return "2024-05-01T06:%02d:%02dZ" % (s // 60, s % 60)

# GPX: points with heart rate, cadence, elevation; one with a DOCTYPE and an entity.
pts = "".join(
    '<trkpt lat="%.5f" lon="8.5"><ele>%d</ele><time>%s</time><extensions><gpxtpx:TrackPointExtension>'
    "<gpxtpx:hr>%d</gpxtpx:hr><gpxtpx:cad>%d</gpxtpx:cad></gpxtpx:TrackPointExtension></extensions></trkpt>\n"
    % (47 + s * 0.00003, 400 + s % 7, clock(s), 140 + s % 9, 85 + s % 3) for s in range(0, 40, 2))
gpx_head = ('<?xml version="1.0" encoding="UTF-8"?>\n<gpx version="1.1" creator="seed" '
            'xmlns="http://www.topografix.com/GPX/1/1" '
            'xmlns:gpxtpx="http://www.garmin.com/xmlschemas/TrackPointExtension/v1">\n')
write("gpx", "run.gpx", gpx_head + "<trk><name>Seed</name><type>running</type><trkseg>\n" + pts + "</trkseg></trk></gpx>\n")
write("gpx", "doctype.gpx", '<?xml version="1.0"?>\n<!DOCTYPE gpx [<!ENTITY n "seed">]>\n' + gpx_head.split("\n", 1)[1]
      + "<trk><name>&n;</name><trkseg>" + pts[:400] + "</trkseg></trk></gpx>\n")
write("gpx", "route.gpx", gpx_head + '<rte><rtept lat="47" lon="8"><time>' + clock(0) + "</time></rtept></rte></gpx>\n")

# TCX: one lap with running dynamics extensions.
tps = "".join(
    "<Trackpoint><Time>%s</Time><Position><LatitudeDegrees>%.5f</LatitudeDegrees><LongitudeDegrees>8.5</LongitudeDegrees>"
    "</Position><AltitudeMeters>400</AltitudeMeters><DistanceMeters>%d</DistanceMeters><HeartRateBpm><Value>%d</Value>"
    "</HeartRateBpm><Extensions><ns3:TPX><ns3:Speed>3.3</ns3:Speed><ns3:RunCadence>86</ns3:RunCadence></ns3:TPX>"
    "</Extensions></Trackpoint>\n" % (clock(s), 47 + s * 0.00003, s * 3, 140 + s % 9) for s in range(0, 30, 3))
write("tcx", "run.tcx",
      '<?xml version="1.0" encoding="UTF-8"?>\n<TrainingCenterDatabase '
      'xmlns="http://www.garmin.com/xmlschemas/TrainingCenterDatabase/v2" '
      'xmlns:ns3="http://www.garmin.com/xmlschemas/ActivityExtension/v2">\n'
      '<Activities><Activity Sport="Running"><Id>' + clock(0) + '</Id><Lap StartTime="' + clock(0) + '">'
      "<TotalTimeSeconds>30</TotalTimeSeconds><DistanceMeters>90</DistanceMeters><Calories>5</Calories>"
      "<Track>\n" + tps + "</Track></Lap><Creator><Name>Forerunner 255</Name></Creator></Activity></Activities>"
      "</TrainingCenterDatabase>\n")

# Apple Health: a running workout with statistics, heart-rate records and a route reference.
recs = "".join(
    ' <Record type="HKQuantityTypeIdentifierHeartRate" sourceName="Watch" unit="count/min" '
    'creationDate="2024-05-01 06:%02d:00 +0200" startDate="2024-05-01 06:%02d:00 +0200" '
    'endDate="2024-05-01 06:%02d:00 +0200" value="%d"/>\n' % (m, m, m, 140 + m) for m in range(1, 6))
write("applehealth", "export.xml",
      '<?xml version="1.0" encoding="UTF-8"?>\n<!DOCTYPE HealthData [\n<!ATTLIST HealthData locale CDATA #REQUIRED>\n]>\n'
      '<HealthData locale="en_CH">\n <ExportDate value="2024-05-02 08:00:00 +0200"/>\n'
      ' <Me HKCharacteristicTypeIdentifierBiologicalSex="HKBiologicalSexFemale"/>\n' + recs +
      ' <Record type="HKQuantityTypeIdentifierRestingHeartRate" sourceName="Watch" unit="count/min" '
      'startDate="2024-05-01 00:00:00 +0200" endDate="2024-05-01 23:59:00 +0200" value="52"/>\n'
      ' <Workout workoutActivityType="HKWorkoutActivityTypeRunning" duration="30" durationUnit="min" '
      'sourceName="Watch" startDate="2024-05-01 06:00:00 +0200" endDate="2024-05-01 06:30:00 +0200">\n'
      '  <MetadataEntry key="HKIndoorWorkout" value="0"/>\n'
      '  <WorkoutStatistics type="HKQuantityTypeIdentifierDistanceWalkingRunning" startDate="2024-05-01 06:00:00 +0200" '
      'endDate="2024-05-01 06:30:00 +0200" sum="5.1" unit="km"/>\n'
      '  <WorkoutRoute sourceName="Watch"><FileReference path="/workout-routes/route_2024-05-01_6.00am.gpx"/></WorkoutRoute>\n'
      ' </Workout>\n</HealthData>\n')

# Answers: the sample document is copied by hand (Samples/answers.json); a minimal and a wrong one here.
write("answers", "minimal.json", json.dumps({"schema": "lumbar.answers/1", "age": 30}))
write("answers", "red-flags.json", json.dumps({
    "schema": "lumbar.answers/1", "age": 61, "sex": "male",
    "redFlags": {"bladderChange": True, "fever": None, "weightLoss": False},
    "episode": {"durationDays": 40, "onset": "gradual", "linkedToRun": "no"},
    "pain": {"rolandMorris": 12, "peg": [6, 5, 4]}}))

# Pose: first byte chooses name and options (see FuzzPose.swift); bit 1 = JSON/CSV, bit 2 = fps, bit 4 = size.
def pts2d(n, f):
    out = []
    for k in range(n):
        out += [round(900 + 30 * math.sin(k + f), 2), round(300 + 25 * k, 2), 0.9]
    return out
openpose = json.dumps({"version": 1.3, "people": [{"person_id": [-1], "pose_keypoints_2d": pts2d(25, 0)}]})
write("pose", "openpose.bin", b"\x02" + openpose.encode())
coco = json.dumps([{"image_id": f + 1, "category_id": 1, "keypoints": pts2d(17, f), "score": 0.9} for f in range(3)])
write("pose", "coco.bin", b"\x02" + coco.encode())
mp = json.dumps({"fps": 30, "width": 1920, "height": 1080, "frames": [
    {"t": f / 30, "landmarks": [[0.5 + 0.01 * k, 0.1 + 0.02 * k, 0, 0.95] for k in range(33)]} for f in range(3)]})
write("pose", "mediapipe.bin", b"\x00" + mp.encode())
csv = "# fps=30.0, width=1920.0, height=1080.0\nframe," + ",".join("x%d,y%d,z%d,v%d" % (k, k, k, k) for k in range(33)) + "\n"
for f in range(3):
    csv += "%d," % f + ",".join("%.3f,%.3f,0,0.9" % (0.5 + 0.01 * k, 0.1 + 0.02 * k) for k in range(33)) + "\n"
write("pose", "mediapipe-csv.bin", b"\x01" + csv.encode())
print("seeds written to", seeds)
