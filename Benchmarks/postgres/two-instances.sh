#!/usr/bin/env bash
# Server mode under load (issue 10): RUNS generated runs imported into a PostgreSQL schema of
# their own, two `lumbar serve` instances over it on two loopback ports, then wrk (2 threads,
# 16 connections per instance, both instances at once, DURATION seconds, bounded) on
# /api/v1/activities and on /. Prints the import time and wrk's latency distribution; any
# socket error or non-2xx answer is printed by wrk and makes this script exit 1.
#   Benchmarks/postgres/two-instances.sh URL [RUNS] [BINARY] [DURATION]
#   URL: postgres://USER@HOST:PORT/DB (a schema lumbar_bench_<pid> is created and dropped)
#   defaults: 4000 runs, .build/release/lumbar, 15 s
# Needs wrk (apt-get install wrk), curl, psql (to drop the schema afterwards; optional).
set -euo pipefail
root="$(cd "$(dirname "$0")/../.." && pwd)"
base="${1:?usage: two-instances.sh postgres://USER@HOST:PORT/DB [RUNS] [BINARY] [DURATION]}"
runs="${2:-4000}"
lumbar="${3:-$root/.build/release/lumbar}"
duration="${4:-15}"
command -v wrk >/dev/null || { echo "two-instances.sh: needs wrk (apt-get install wrk)"; exit 2; }
[ -x "$lumbar" ] || { echo "two-instances.sh: build lumbar first (swift build -c release --product lumbar)"; exit 2; }
data="$root/Benchmarks/.data/web-$runs"
[ -d "$data" ] || python3 "$root/Benchmarks/web/make-runs.py" "$runs" "$data"
schema="lumbar_bench_$$"
sep="?"; case "$base" in *\?*) sep="&";; esac
export LUMBAR_DATABASE="$base${sep}schema=$schema"
source "$root/Benchmarks/postgres/instances.sh"

start=$(date +%s.%N)
"$lumbar" import "$data" | head -2
end=$(date +%s.%N)
python3 -c "import sys; s=float(sys.argv[2])-float(sys.argv[1]); print(f'import of {sys.argv[3]} runs into PostgreSQL: {s:.1f} s = {int(sys.argv[3])/s:.0f} runs/s (parsing included)')" "$start" "$end" "$runs"

start_instances
status=0
for page in /api/v1/activities /; do
    for port in "${ports[@]}"; do
        curl -fsS -o /dev/null -w "first request $page on :$port: %{time_total} s, %{size_download} bytes\n" "http://127.0.0.1:$port$page"
    done
    wrk_pids=()
    for port in "${ports[@]}"; do
        wrk -t2 -c16 -d"${duration}s" --latency --timeout 5s "http://127.0.0.1:$port$page" >"$tmp/wrk-$port.txt" &
        wrk_pids+=($!)
    done
    for p in "${wrk_pids[@]}"; do wait "$p"; done
    for port in "${ports[@]}"; do
        echo "== wrk $page on instance :$port"
        grep -E "Latency|50%|90%|99%|Requests/sec|Non-2xx|Socket errors" "$tmp/wrk-$port.txt"
        if grep -qE "Non-2xx|Socket errors" "$tmp/wrk-$port.txt"; then status=1; fi
    done
done
exit $status
