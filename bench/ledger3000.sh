#!/usr/bin/env bash
# The ledger of one province-sized plan under -Xmx256m (issue 11, goal "export of 3,000 tasks < 3 s"): the
# first run builds one plan of 3,000 tasks (12 sections × 250) with its city's 15 units, their users and
# reports from January to November (seed 42, standing on 2026-12-06) into bench/target/province-plan/pristine;
# every run starts a server with a 256 MB heap on a copy of it, signs in as the leader and times the ledger
# as .xlsx (one warm-up, then RUNS more) and as CSV, then prints the peak heap from the GC log.
#
# Environment: RUNS (5), PORT (18095), XMX (256m), JAVA_OPTS (extra JVM options, e.g. a flight recording).
set -euo pipefail
here=$(cd "$(dirname "$0")/.." && pwd)
out="$here/bench/target/province-plan"
port=${PORT:-18095}
jar="$here/app/target/greenplan.jar"
[ -f "$jar" ] || (cd "$here" && ./mvnw -q -o -B -DskipTests package -pl app -am) >&2
mkdir -p "$out"

if [ ! -f "$out/pristine/summary.json" ]; then
  rm -rf "$out/pristine"; mkdir -p "$out/pristine"
  echo "generating one plan of 3,000 tasks (seed 42)" >&2
  start=$(date +%s.%N)
  GREENPLAN_DATABASE_EMBEDDED_DATA_DIR="$out/pristine/pg" java -Xmx1g -Dgreenplan.import.max-tasks=3000 \
    -jar "$jar" demo-data --cities 1 --years 1 --tasks-per-section 250 --seed 42 --today 2026-12-06 \
    > "$out/pristine/summary.json.tmp"
  echo "wall seconds: $(echo "$(date +%s.%N) - $start" | bc)" > "$out/pristine/generation.txt"
  mv "$out/pristine/summary.json.tmp" "$out/pristine/summary.json"
fi
echo "data: $(cat "$out/pristine/summary.json")"
password=$(python3 -c 'import json,sys; print(json.load(open(sys.argv[1]))["password"])' "$out/pristine/summary.json")

rm -rf "$out/run"; cp -a "$out/pristine" "$out/run"
# shellcheck disable=SC2086
GREENPLAN_DATABASE_EMBEDDED_DATA_DIR="$out/run/pg" java -Xmx"${XMX:-256m}" -Xlog:gc:file="$out/gc.log" ${JAVA_OPTS:-} \
  -jar "$jar" serve --server.port="$port" --server.address=127.0.0.1 > "$out/server.log" 2>&1 &
pid=$!
trap 'kill $pid 2>/dev/null; wait $pid 2>/dev/null || true' EXIT
for _ in $(seq 1 3000); do curl -fs -o /dev/null "http://127.0.0.1:$port/login" && break; sleep 0.2; done
cookies="$out/cookies.txt"; rm -f "$cookies"
token=$(curl -fs -c "$cookies" -b "$cookies" "http://127.0.0.1:$port/login" | sed -n 's/.*name="_csrf" value="\([^"]*\)".*/\1/p' | head -1)
curl -fs -o /dev/null -c "$cookies" -b "$cookies" --data-urlencode username=demo-leader \
  --data-urlencode "password=$password" --data-urlencode "_csrf=$token" "http://127.0.0.1:$port/login"
dbport=$(sed -n 4p "$out/run/pg/postmaster.pid")
plan=$(PGPASSWORD=$(sed -n 's/^app.password=//p' "$out/run/pg/greenplan-credentials.properties") \
  psql -h 127.0.0.1 -p "$dbport" -U greenplan_app -d postgres -At -c "select id from plan where state = 'PUBLISHED'")
fetch() {
  curl -fs -b "$cookies" -o "$out/ledger.$1" -w "%{time_total}" "http://127.0.0.1:$port/plans/$plan/ledger.$1"
}
echo "warm-up .xlsx: $(fetch xlsx) s"
times=""
for _ in $(seq 1 "${RUNS:-5}"); do times="$times $(fetch xlsx)"; done
echo "ledger.xlsx of plan $plan ($(stat -c %s "$out/ledger.xlsx") bytes), ${RUNS:-5} requests (s):$times"
times=""
for _ in 1 2 3; do times="$times $(fetch csv)"; done
echo "ledger.csv ($(stat -c %s "$out/ledger.csv") bytes), 3 requests (s):$times"
echo "load average: $(cut -d' ' -f1-3 /proc/loadavg)"
python3 - "$out/gc.log" <<'PY'
import re, sys
before = after = 0
for line in open(sys.argv[1]):
    m = re.search(r"(\d+)M->(\d+)M\((\d+)M\)", line)
    if m:
        before, after = max(before, int(m.group(1))), max(after, int(m.group(2)))
print(f"peak heap (GC log): {before} MB before a collection, {after} MB live after one")
PY
