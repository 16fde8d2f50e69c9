# Sourced by the server-mode benchmarks: two `lumbar serve` instances on random loopback ports
# over $LUMBAR_DATABASE, stopped (and the schema $schema with its runner schemas dropped from
# $base) when the script exits. Needs: $lumbar, $base, $schema; sets: $tmp, ports[], pids[].
tmp="$(mktemp -d)"
pids=()
ports=()
cleanup() {
    for p in "${pids[@]}"; do kill "$p" 2>/dev/null || true; done
    if command -v psql >/dev/null; then
        for s in $(psql -Atq "$base" -c "SELECT nspname FROM pg_namespace WHERE nspname ~ '^${schema}(_r[0-9]+)?\$'" 2>/dev/null); do
            psql -q "$base" -c "DROP SCHEMA IF EXISTS $s CASCADE" 2>/dev/null || true
        done
    fi
    rm -rf "$tmp"
}
trap cleanup EXIT

start_instances() {
    for i in 1 2; do
        local port=$((20000 + RANDOM % 20000))
        "$lumbar" serve --port "$port" >"$tmp/serve$i.log" 2>&1 &
        pids+=($!)
        ports+=("$port")
    done
    local i=1
    for port in "${ports[@]}"; do
        for _ in $(seq 1 150); do curl -fsS -o /dev/null "http://127.0.0.1:$port/assets/app.css" 2>/dev/null && break; sleep 0.2; done
        curl -fsS -o /dev/null "http://127.0.0.1:$port/assets/app.css" 2>/dev/null \
            || { echo "instance $i did not start:"; cat "$tmp/serve$i.log"; exit 1; }
        i=$((i + 1))
    done
}
