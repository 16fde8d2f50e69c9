#!/usr/bin/env bash
# healthkit-to-sqlite (pip, in the throwaway Benchmarks/.venv) against `lumbar import` on the same
# Apple Health export.zip, in the same run: wall, user+system CPU and peak RSS from /usr/bin/time.
#   Benchmarks/peers/healthkit_bench.sh [SIZE_MB]     (default 500; generates the zip if missing)
# Needs a release build of lumbar ($LUMBAR_BIN, default .build-release/release/lumbar, as scripts/bench builds it). Prints tab-separated rows.
set -euo pipefail
bench="$(cd "$(dirname "$0")/.." && pwd)"
root="$(cd "$bench/.." && pwd)"
size="${1:-500}"
zip="$bench/.data/apple-health-${size}mb.zip"
[ -f "$zip.xmlbytes" ] || python3 "$bench/make-apple-health.py" "$size" "$zip"
if [ ! -x "$bench/.venv/bin/healthkit-to-sqlite" ]; then
    python3 -m venv "$bench/.venv"
    "$bench/.venv/bin/pip" install -q healthkit-to-sqlite
fi
xml=$(cat "$zip.xmlbytes")
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
row() {  # name, then the command
    local name="$1"; shift
    /usr/bin/time -f "%e %U %S %M" -o "$work/t" "$@" >/dev/null 2>&1
    read -r wall user sys rss < "$work/t"
    awk -v n="$name" -v w="$wall" -v u="$user" -v s="$sys" -v r="$rss" -v x="$xml" \
        'BEGIN { printf "%s\twall %.2f s\tcpu %.2f s\t%.1f MB/s\tpeak %.0f MB\n", n, w, u + s, x / 1e6 / w, r / 1024 }'
}
row "lumbar import" "${LUMBAR_BIN:-$root/.build-release/release/lumbar}" import --database "$work/lumbar.sqlite" "$zip"
row "healthkit-to-sqlite" "$bench/.venv/bin/healthkit-to-sqlite" "$zip" "$work/hk.db"
