#!/usr/bin/env bash
# Dashboard latency with many runs stored (issue 9): 4,000 runs imported into a throwaway
# database, `lumbar serve` on a loopback port, then wrk (2 threads, 32 connections, 15 s a
# page, bounded) on the home page and the load page; prints wrk's latency distribution.
#   Benchmarks/web/dashboard.sh [RUNS] [BINARY]   (defaults: 4000, .build/release/lumbar)
# Needs wrk (apt-get install wrk). Inputs go under Benchmarks/.data (git-ignored).
set -euo pipefail
root="$(cd "$(dirname "$0")/../.." && pwd)"
runs="${1:-4000}"
lumbar="${2:-$root/.build/release/lumbar}"
command -v wrk >/dev/null || { echo "dashboard.sh: needs wrk (apt-get install wrk)"; exit 2; }
[ -x "$lumbar" ] || { echo "dashboard.sh: build lumbar first (swift build -c release --product lumbar)"; exit 2; }
data="$root/Benchmarks/.data/web-$runs"
[ -d "$data" ] || python3 "$root/Benchmarks/web/make-runs.py" "$runs" "$data"
tmp="$(mktemp -d)"
export LUMBAR_DATABASE="$tmp/lumbar.sqlite"
server=""
trap '[ -n "$server" ] && kill "$server" 2>/dev/null; rm -rf "$tmp"' EXIT
"$lumbar" import "$data" | head -2
port=$((20000 + RANDOM % 20000))
"$lumbar" serve --port "$port" >"$tmp/serve.log" 2>&1 &
server=$!
for _ in $(seq 1 100); do curl -fsS -o /dev/null "http://127.0.0.1:$port/assets/app.css" 2>/dev/null && break; sleep 0.2; done
for page in / /load; do
    curl -fsS -o /dev/null -w "first request $page: %{time_total} s, %{size_download} bytes\n" "http://127.0.0.1:$port$page"
    echo "== wrk $page"
    wrk -t2 -c32 -d15s --latency --timeout 5s "http://127.0.0.1:$port$page" | grep -E "Latency|50%|90%|99%|Requests/sec|Non-2xx|errors"
done
