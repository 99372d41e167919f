#!/usr/bin/env bash
# The ledger of one province-sized plan under -Xmx256m (issue 11, goal "export of 3,000 tasks < 3 s"): the
# first run builds one plan of 3,000 tasks (12 sections × 250) with its city's 15 units, their users and
# reports from January to November (seed 42, standing on 2026-12-06) into bench/target/province-plan/pristine;
# every run starts a server with a 256 MB heap on a copy of it, signs in as the leader and times the ledger
# as .xlsx (one warm-up, then RUNS more) and as CSV, then prints the peak heap from the GC log.
#
# The server's CPU time (user + system, from /proc) is printed beside every phase, since wall time on a
# shared machine mostly measures the wait for a core. With BRIEFING=1 the office then generates the
# briefing of the plan's last closed period (POST /office/briefings) and its time is printed too.
#
# Environment: RUNS (5), PORT (18095), XMX (256m), JAVA_OPTS (extra JVM options, e.g. a flight recording), JAR
# (another build's jar, to compare),
# BRIEFING (0), BRIEFINGS (1, how many times it is generated), LEDGER (1; 0 skips the ledger requests, to time the briefing alone), LIVE (0; 1 samples the live heap with class histograms, which slows the requests).
set -euo pipefail
here=$(cd "$(dirname "$0")/.." && pwd)
out="$here/bench/target/province-plan"
port=${PORT:-18095}
jar=${JAR:-"$here/app/target/greenplan.jar"}
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
cpu() { awk -v hz="$(getconf CLK_TCK)" '{printf "%.2f", ($14 + $15) / hz}' "/proc/$pid/stat"; }
# the embedded PostgreSQL's CPU time: the postmaster's children (connections, writer, …), alive ones only
postmaster=$(sed -n 1p "$out/run/pg/postmaster.pid")
dbcpu() {
  for child in $(pgrep -P "$postmaster"); do cat "/proc/$child/stat" 2>/dev/null; done \
    | awk -v hz="$(getconf CLK_TCK)" '{s += $14 + $15} END {printf "%.2f", s / hz}'
}
fetch() {
  curl -fs -b "$cookies" -o "$out/ledger.$1" -w "%{time_total}" "http://127.0.0.1:$port/plans/$plan/ledger.$1"
}
if [ "${LEDGER:-1}" = 1 ]; then
  echo "warm-up .xlsx: $(fetch xlsx) s"
fi
if [ "${LIVE:-0}" = 1 ]; then
  # the live set, not the heap's fill: a class histogram (after a full collection) every second while the
  # requests run; the largest total is the live heap of the requests (the collections slow them: not timed)
  (while kill -0 "$pid" 2>/dev/null; do
     jcmd "$pid" GC.class_histogram 2>/dev/null | awk '$1 == "Total" {print $3}'; sleep 1
   done > "$out/live.txt") &
fi
if [ "${LEDGER:-1}" = 1 ]; then
  before=$(cpu); dbbefore=$(dbcpu)
  times=""
  for _ in $(seq 1 "${RUNS:-5}"); do times="$times $(fetch xlsx)"; done
  echo "ledger.xlsx of plan $plan ($(stat -c %s "$out/ledger.xlsx") bytes), ${RUNS:-5} requests (s):$times"
  echo "server CPU for them: $(echo "$(cpu) - $before" | bc) s, database CPU $(echo "$(dbcpu) - $dbbefore" | bc) s"
  before=$(cpu); dbbefore=$(dbcpu)
  times=""
  for _ in 1 2 3; do times="$times $(fetch csv)"; done
  echo "ledger.csv ($(stat -c %s "$out/ledger.csv") bytes), 3 requests (s):$times"
  echo "server CPU for them: $(echo "$(cpu) - $before" | bc) s, database CPU $(echo "$(dbcpu) - $dbbefore" | bc) s"
fi
if [ "${BRIEFING:-0}" = 1 ]; then
  office="$out/office-cookies.txt"; rm -f "$office"
  token=$(curl -fs -c "$office" -b "$office" "http://127.0.0.1:$port/login" | sed -n 's/.*name="_csrf" value="\([^"]*\)".*/\1/p' | head -1)
  curl -fs -o /dev/null -c "$office" -b "$office" --data-urlencode username=demo-office \
    --data-urlencode "password=$password" --data-urlencode "_csrf=$token" "http://127.0.0.1:$port/login"
  period=$(PGPASSWORD=$(sed -n 's/^app.password=//p' "$out/run/pg/greenplan-credentials.properties") \
    psql -h 127.0.0.1 -p "$dbport" -U greenplan_app -d postgres -At \
    -c "select id from reporting_period where plan_id = $plan and state = 'CLOSED' order by ends_on desc limit 1")
  token=$(curl -fs -c "$office" -b "$office" "http://127.0.0.1:$port/office/briefings?plan=$plan" \
    | sed -n 's/.*name="_csrf" value="\([^"]*\)".*/\1/p' | head -1)
  for _ in $(seq 1 "${BRIEFINGS:-1}"); do
    before=$(cpu); dbbefore=$(dbcpu)
    # no -f: a failed briefing (HTTP 500, e.g. out of memory) is printed with its time, not a script error
    took=$(curl -s -o /dev/null -b "$office" -c "$office" -w "%{time_total} %{http_code}" --data-urlencode "planId=$plan" \
      --data-urlencode "periodId=$period" --data-urlencode "_csrf=$token" "http://127.0.0.1:$port/office/briefings")
    echo "briefing of period $period (s, status): $took; server CPU $(echo "$(cpu) - $before" | bc) s, database CPU $(echo "$(dbcpu) - $dbbefore" | bc) s"
  done
  briefing=$(PGPASSWORD=$(sed -n 's/^app.password=//p' "$out/run/pg/greenplan-credentials.properties") \
    psql -h 127.0.0.1 -p "$dbport" -U greenplan_app -d postgres -At -c "select max(id) from briefing")
  if [ -n "$briefing" ]; then
    for f in docx pdf; do
      curl -fs -b "$office" -o "$out/briefing.$f" "http://127.0.0.1:$port/office/briefings/$briefing.$f"
    done
    echo "briefing $briefing: .docx $(stat -c %s "$out/briefing.docx") bytes, .pdf $(stat -c %s "$out/briefing.pdf") bytes (in $out)"
  fi
fi
echo "load average: $(cut -d' ' -f1-3 /proc/loadavg)"
if [ "${LIVE:-0}" = 1 ]; then
  echo "live heap during the requests (class histograms): max $(sort -n "$out/live.txt" | tail -1 | awk '{printf "%.1f", $1 / 1048576}') MB, min $(sort -n "$out/live.txt" | head -1 | awk '{printf "%.1f", $1 / 1048576}') MB, $(wc -l < "$out/live.txt") samples"
fi
python3 - "$out/gc.log" <<'PY'
import re, sys
before = after = 0
for line in open(sys.argv[1]):
    m = re.search(r"(\d+)M->(\d+)M\((\d+)M\)", line)
    if m:
        before, after = max(before, int(m.group(1))), max(after, int(m.group(2)))
print(f"peak heap (GC log): {before} MB before a collection, {after} MB live after one")
PY
