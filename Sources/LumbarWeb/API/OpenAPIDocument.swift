/// The OpenAPI 3 description of `/api/v1`, served at `/api/v1/openapi.json` (hand-written).
enum OpenAPIDocument {
    static let json = #"""
    {"openapi":"3.0.3",
     "info":{"title":"lumbar dashboard API","version":"1","description":"Local mode: no sign-in, bound to 127.0.0.1. Errors are {\"error\": message, \"status\": code}. Not a diagnosis."},
     "servers":[{"url":"/api/v1"}],
     "paths":{
      "/summary":{"get":{"summary":"What is stored and the next step","responses":{"200":{"description":"Counts","content":{"application/json":{"schema":{"$ref":"#/components/schemas/Summary"}}}}}}},
      "/activities":{"get":{"summary":"Runs, newest first","responses":{"200":{"description":"The runs","content":{"application/json":{"schema":{"type":"object","properties":{"activities":{"type":"array","items":{"$ref":"#/components/schemas/ActivitySummary"}}}}}}}}}},
      "/activities/{id}":{"get":{"summary":"One run with its samples as columns","parameters":[{"name":"id","in":"path","required":true,"schema":{"type":"string"}}],
        "responses":{"200":{"description":"The run","content":{"application/json":{"schema":{"$ref":"#/components/schemas/Activity"}}}},"404":{"$ref":"#/components/responses/Error"}}}},
      "/load":{"get":{"summary":"Weekly training load, spikes, ratios, monotony, findings and formulas (the lumbar load JSON)","parameters":[{"name":"weeks","in":"query","schema":{"type":"integer","minimum":1,"maximum":520,"default":12}}],
        "responses":{"200":{"description":"The load report","content":{"application/json":{"schema":{"type":"object"}}}},"400":{"$ref":"#/components/responses/Error"}}}},
      "/result":{"get":{"summary":"The analysis result (lumbar.result/1): red flags first, ranked causes with findings, unknowns, plan","responses":{"200":{"description":"The result","content":{"application/json":{"schema":{"type":"object","properties":{"schema":{"type":"string","enum":["lumbar.result/1"]}}}}}}}}},
      "/answers":{
        "get":{"summary":"The latest stored answers (lumbar.answers/1)","responses":{"200":{"description":"Answers","content":{"application/json":{"schema":{"type":"object"}}}},"404":{"$ref":"#/components/responses/Error"}}},
        "post":{"summary":"Store a set of answers (lumbar.answers/1, checked like an answers file); older sets are kept","requestBody":{"required":true,"content":{"application/json":{"schema":{"type":"object","required":["schema"],"properties":{"schema":{"type":"string","enum":["lumbar.answers/1"]}}}}}},
          "responses":{"201":{"description":"Stored","content":{"application/json":{"schema":{"type":"object","properties":{"id":{"type":"integer"},"warnings":{"type":"array","items":{"type":"string"}}}}}}},"400":{"$ref":"#/components/responses/Error"},"413":{"$ref":"#/components/responses/Error"}}}},
      "/pain":{
        "get":{"summary":"The pain diary, oldest first","responses":{"200":{"description":"Entries","content":{"application/json":{"schema":{"type":"object","properties":{"entries":{"type":"array","items":{"$ref":"#/components/schemas/PainEntry"}}}}}}}}},
        "post":{"summary":"Log pain after a run (linked to runId, else the single run of that date)","requestBody":{"required":true,"content":{"application/json":{"schema":{"$ref":"#/components/schemas/PainEntry"}}}},
          "responses":{"201":{"description":"Stored","content":{"application/json":{"schema":{"$ref":"#/components/schemas/PainEntry"}}}},"400":{"$ref":"#/components/responses/Error"},"404":{"$ref":"#/components/responses/Error"}}}},
      "/core-tests":{
        "get":{"summary":"Recorded core endurance tests, oldest first","responses":{"200":{"description":"Tests","content":{"application/json":{"schema":{"type":"object","properties":{"coreTests":{"type":"array","items":{"$ref":"#/components/schemas/CoreTest"}}}}}}}}},
        "post":{"summary":"Record hold times in seconds (0-600; at least one)","requestBody":{"required":true,"content":{"application/json":{"schema":{"$ref":"#/components/schemas/CoreTest"}}}},
          "responses":{"201":{"description":"Stored","content":{"application/json":{"schema":{"$ref":"#/components/schemas/CoreTest"}}}},"400":{"$ref":"#/components/responses/Error"}}}},
      "/imports":{"post":{"summary":"Import one file (FIT, GPX, TCX, .gz, or an export .zip), streamed to disk; limit 16 GiB by default (lumbar serve --upload-limit-gb)",
        "parameters":[{"name":"name","in":"query","required":true,"schema":{"type":"string"},"description":"The file name (its extension chooses the reader)"}],
        "requestBody":{"required":true,"content":{"application/octet-stream":{"schema":{"type":"string","format":"binary"}}}},
        "responses":{"201":{"description":"Import summary","content":{"application/json":{"schema":{"$ref":"#/components/schemas/ImportSummary"}}}},"400":{"$ref":"#/components/responses/Error"},"413":{"$ref":"#/components/responses/Error"}}}},
      "/openapi.json":{"get":{"summary":"This document","responses":{"200":{"description":"OpenAPI 3"}}}}
     },
     "components":{
      "responses":{"Error":{"description":"Refused; nothing stored was changed","content":{"application/json":{"schema":{"type":"object","required":["error","status"],"properties":{"error":{"type":"string"},"status":{"type":"integer"}}}}}}},
      "schemas":{
       "Summary":{"type":"object","properties":{"runs":{"type":"integer"},"firstRun":{"type":"string","format":"date"},"lastRun":{"type":"string","format":"date"},"answerSets":{"type":"integer"},"coreTests":{"type":"integer"},"painEntries":{"type":"integer"},"nextStep":{"type":"string"}}},
       "ActivitySummary":{"type":"object","required":["id","sport","date","start","elapsedSeconds","sampleCount"],"properties":{"id":{"type":"string"},"sport":{"type":"string"},"name":{"type":"string"},"date":{"type":"string","format":"date"},"start":{"type":"string","format":"date-time"},"utcOffsetSeconds":{"type":"integer"},"elapsedSeconds":{"type":"number"},"movingSeconds":{"type":"number"},"distanceMeters":{"type":"number"},"device":{"type":"string"},"sampleCount":{"type":"integer"}}},
       "Activity":{"type":"object","properties":{"id":{"type":"string"},"sport":{"type":"string"},"name":{"type":"string"},"device":{"type":"string"},"perceivedExertion":{"type":"number","description":"session RPE, CR-10"},"gear":{"type":"string"},"notes":{"type":"string"},"commute":{"type":"boolean"},"date":{"type":"string","format":"date"},"start":{"type":"string","format":"date-time"},"elapsedSeconds":{"type":"number"},"distanceMeters":{"type":"number"},
         "samples":{"type":"object","description":"Columns of equal length (null = not recorded): time, latitude, longitude, altitudeMeters, distanceMeters, speedMetersPerSecond, heartRate, cadence (steps/min), groundContactTimeMilliseconds, verticalOscillationMillimeters","additionalProperties":{"type":"array","items":{"type":"number","nullable":true}}}}},
       "PainEntry":{"type":"object","properties":{"id":{"type":"integer","readOnly":true},"date":{"type":"string","format":"date"},"runId":{"type":"string"},"duringRun":{"type":"number","minimum":0,"maximum":10},"afterRun":{"type":"number","minimum":0,"maximum":10},"nextMorning":{"type":"number","minimum":0,"maximum":10},"rpe":{"type":"number","minimum":0,"maximum":10},"note":{"type":"string","maxLength":500}}},
       "CoreTest":{"type":"object","properties":{"date":{"type":"string","format":"date"},"flexorSeconds":{"type":"number","minimum":0,"maximum":600},"extensorSeconds":{"type":"number","minimum":0,"maximum":600},"sideBridgeRightSeconds":{"type":"number","minimum":0,"maximum":600},"sideBridgeLeftSeconds":{"type":"number","minimum":0,"maximum":600}}},
       "ImportSummary":{"type":"object","properties":{"message":{"type":"string"},"files":{"type":"integer"},"imported":{"type":"integer"},"duplicates":{"type":"integer"},"merged":{"type":"integer"},"skipped":{"type":"integer"},"ignored":{"type":"array","items":{"type":"string"}},"failed":{"type":"array","items":{"type":"string"}},"warnings":{"type":"array","items":{"type":"string"}}}}
      }}
    }
    """#
}
