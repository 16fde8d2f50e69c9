import Foundation
import LumbarCore
import Testing

@testable import LumbarFormats

/// Every GPX file of `../shared/testdata`, with expectations read from the files themselves.
@Suite(.enabled(if: XMLTestData.available, "needs ../shared/testdata beside the repository (absent here)"))
struct GPXTestDataTests {
    let reader = GPXReader()

    func decode(_ path: String) throws -> DecodedFile {
        try reader.decode(try XMLTestData.bytes(path), file: path)
    }

    func noActivityReason(_ path: String) throws -> String? {
        do {
            _ = try decode(path)
            return nil
        } catch let error as FormatError {
            if case .noActivity(_, let reason) = error { return reason }
            return "unexpected \(error)"
        }
    }

    @Test func gpx10WithAllFieldsReadsTheOneTimedTrackPointAndNoRoutePoints() throws {
        let d = try decode("gpxpy/gpx1.0_with_all_fields.gpx")
        #expect(d.records.count == 1)  // 5 rtept and 2 wpt are not records
        #expect(d.activities.count == 1)
        #expect(d.sportWasAssumed)
        let a = try #require(d.activities.first)
        #expect(a.sport == .running)
        #expect(a.name == "example name t")
        #expect(a.start == RFC3339.parse("2013-01-01T12:00:04Z"))
        #expect(a.elapsedSeconds == 0)
        #expect(a.samples.first?.latitude == 10.1)
        #expect(a.samples.first?.longitude == -20.2)
        #expect(a.samples.first?.altitudeMeters == 11.1)
    }

    @Test func gpx11TrackTypeIsNotConfusedWithThePointType() throws {
        let d = try decode("gpxpy/gpx1.1_with_all_fields.gpx")
        #expect(d.records.count == 1)
        #expect(!d.sportWasAssumed)
        #expect(d.activities.map(\.sport) == [.other])  // trk/type "t"; trkpt/type is ignored
        #expect(d.activities.first?.device == "...")
    }

    @Test func waypointOnlyFilesAreNotActivities() throws {
        // Runkeeper wpt with a gpxtpx hr, undeclared-namespace extensions, and the BOM file:
        // all parse (the BOM is stripped) and hold only waypoints.
        for path in [
            "gpxpy/gpx_with_garmin_extension.gpx", "gpxpy/gpx1.1_with_extensions_without_namespaces.gpx",
            "gpxpy/unicode_with_bom.gpx",
        ] {
            #expect(try noActivityReason(path) == "only waypoints, no recorded track", "\(path)")
        }
    }

    @Test func emptySegmentDoesNotBreakTheTrack() throws {
        let d = try decode("gpxpy/track-with-empty-segment.gpx")
        let a = try #require(d.activities.first)
        #expect(d.activities.count == 1)
        #expect(a.samples.count == 9)
        #expect(a.start == RFC3339.parse("2013-07-06T17:26:26Z"))
        #expect(a.elapsedSeconds == 76)
        #expect(a.ascentMeters == 0)
        #expect(d.sportWasAssumed)
        // Nine points over about 85 m in 76 s: some stop-and-go below 0.5 m/s is not moving.
        let distance = try #require(a.distanceMeters)
        #expect(distance > 80 && distance < 90)
        let moving = try #require(a.movingSeconds)
        #expect(moving > 0 && moving < 76)
    }

    @Test func routesAndUntimedTracksAreNotRuns() throws {
        for path in [
            "gpxpy/route.gpx", "gpxpy/cerknicko-without-times.gpx",
            "geo-activity-playground/Local Files/Berlin (0,9 km).gpx",
        ] {
            #expect(try noActivityReason(path) == GPXResult.routeReason, "\(path)")
        }
    }

    @Test func koritaKeepsTheTimedTracksOnly() throws {
        let d = try decode("gpxpy/korita-zbevnica.gpx")
        #expect(d.records.count == 871)  // every trkpt, timed or not
        #expect(d.activities.map(\.samples.count) == [176, 337])
        #expect(d.activities.first?.start == RFC3339.parse("2010-10-03T09:36:30Z"))
        let last = try #require(d.activities.last)
        #expect(last.start + last.elapsedSeconds == RFC3339.parse("2010-10-03T13:19:31Z"))
        #expect(d.warnings.contains { $0.message.contains("\"03-OCT-10 #2\" has no times") })
    }

    @Test func subSecondTimesWithAnOffset() throws {
        let d = try decode("gpxpy/track-with-less-sec-time.gpx")
        let a = try #require(d.activities.first)
        #expect(a.sport == .running)
        #expect(!d.sportWasAssumed)
        #expect(a.start == RFC3339.parse("2015-12-11T14:43:13Z"))
        #expect(abs(a.elapsedSeconds - 0.994) < 1e-6)
        #expect(a.utcOffsetSeconds == 3600)
    }

    @Test func appleHealthRouteReadsUnprefixedSpeedExtension() throws {
        let d = try decode("healthkit-to-sqlite/zip_contents/apple_health_export/workout-routes/route_2019-06-11_3.00pm.gpx")
        let a = try #require(d.activities.first)
        #expect(a.samples.count == 3)
        #expect(a.samples.map(\.speedMetersPerSecond) == [0.180883, 0.116181, 0.054395])
        #expect(a.samples.allSatisfy { $0.heartRate == nil })
        #expect(a.averageHeartRate == nil)
        #expect(a.start == RFC3339.parse("2019-06-11T22:00:42Z"))
        #expect(a.elapsedSeconds == 1)
    }

    @Test func streamingFromDiskMatchesInMemory() throws {
        let dir = try #require(XMLTestData.directory)
        let url = dir.appendingPathComponent("gpxpy/korita-zbevnica.gpx")
        let streamed = try reader.decode(contentsOf: url)
        let inMemory = try decode("gpxpy/korita-zbevnica.gpx")
        #expect(streamed.activities == inMemory.activities.map { var a = $0; a.sources = []; return a })
        #expect(streamed.records == inMemory.records)
        let summaries = try reader.decode(contentsOf: url, keepSamples: false)
        #expect(summaries.records.isEmpty)
        #expect(summaries.activities.map(\.distanceMeters) == inMemory.activities.map(\.distanceMeters))
        #expect(summaries.activities.allSatisfy { $0.samples.isEmpty })
    }
}
