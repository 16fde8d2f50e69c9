#!/usr/bin/env bash
# Server mode with accounts under load (issue 11): USERS runners invited with `lumbar admin
# invite`, signed up and given a run each, then all of them at once, ROUNDS times each: sign in
# on one `lumbar serve` instance and read the dashboard (/, /runs, /api/v1/summary) on the
# other with the same session cookie. Prints p50/p90/p99 per step; exits 1 on any error.
#   Benchmarks/postgres/accounts-load.sh URL [USERS] [BINARY] [ROUNDS]
#   URL: postgres://USER@HOST:PORT/DB (a schema lumbar_load_<pid> is created and dropped)
#   defaults: 50 users, .build/release/lumbar, 3 rounds
# Needs curl, python3, psql (to drop the schemas afterwards; optional).
set -euo pipefail
root="$(cd "$(dirname "$0")/../.." && pwd)"
base="${1:?usage: accounts-load.sh postgres://USER@HOST:PORT/DB [USERS] [BINARY] [ROUNDS]}"
users="${2:-50}"
lumbar="${3:-$root/.build/release/lumbar}"
rounds="${4:-3}"
[ -x "$lumbar" ] || { echo "accounts-load.sh: build lumbar first (swift build -c release --product lumbar)"; exit 2; }
schema="lumbar_load_$$"
sep="?"; case "$base" in *\?*) sep="&";; esac
export LUMBAR_DATABASE="$base${sep}schema=$schema"
source "$root/Benchmarks/postgres/instances.sh"

start_instances
for i in $(seq 1 "$users"); do
    "$lumbar" admin invite "runner$i@example.org" --base-url "http://127.0.0.1:${ports[0]}" 2>/dev/null
done >"$tmp/invites.txt"
python3 "$root/Benchmarks/postgres/accounts-load.py" "$tmp/invites.txt" "http://127.0.0.1:${ports[0]}" "http://127.0.0.1:${ports[1]}" "$rounds"
