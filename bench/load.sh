#!/usr/bin/env bash
# Load test of a local GreenPlan on province-scale demonstration data (issue 11), loopback only, bounded
# in time and requests. Results in bench/target/load/results-<time>.md; append what counts to RESULTS.md.
#
#   bench/load.sh                 all three scenarios: leader page, unit workspace, deadline surge
#   bench/load.sh surge           one of: page | workspace | surge
#
# Environment: CITIES (16), YEARS (3), SEED (42), PORT (18080), CLIENTS_READ (50), CLIENTS_SURGE (200),
# SECONDS_READ (30: the measured time of the page and of the static baseline each, in READ_ROUNDS (3) rounds of a
# baseline slice then a page slice, so both are measured over the same minute), WARMUP_SECONDS (20: the same requests
# before each kind's first measured slice, not counted, so the JIT has compiled the page's code as on a server that
# has run for a while), SECONDS_SURGE (60), SIGNIN_SECONDS (60: the reporters sign in over the minute before the
# surge; 0 = a sign-in storm), READ_SIGNIN_SECONDS (20: the page and workspace clients sign in spread over
# them before the measured phase; 0 = all at once inside it), PAUSE (5-15: a surge reporter's pause in seconds
# before each form and between form and submission, a person's pace; 0 = no pause, the server's ceiling),
# XMX (1g), JFR (1: record a flight recording of the surge), JFR_READ (1: record one of each read scenario too,
# bench/target/load/page.jfr and workspace.jfr), JAR (app/target/greenplan.jar; another build's jar to
# compare with).
# The first run generates the data with ./greenplan demo-data (timed) into bench/target/load/pristine and
# every run starts from a copy of it, so the surge always finds its open reports unsubmitted.
set -euo pipefail
here=$(cd "$(dirname "$0")/.." && pwd)
out="$here/bench/target/load"
mkdir -p "$out"
port=${PORT:-18080}
scenarios=${1:-all}
jar=${JAR:-"$here/app/target/greenplan.jar"}
log() { echo "load: $*" >&2; }

[ -f "$jar" ] || (cd "$here" && ./mvnw -q -o -B -DskipTests package -pl app -am) >&2

if [ ! -f "$out/pristine/summary.json" ]; then
  rm -rf "$out/pristine"
  mkdir -p "$out/pristine"
  log "generating demo data (cities ${CITIES:-16}, years ${YEARS:-3}, seed ${SEED:-42})"
  start=$(date +%s.%N)
  GREENPLAN_DATABASE_EMBEDDED_DATA_DIR="$out/pristine/pg" java -Xmx"${XMX:-1g}" -jar "$jar" demo-data \
    --cities "${CITIES:-16}" --years "${YEARS:-3}" --seed "${SEED:-42}" \
    --reporters-csv "$out/pristine/reporters.csv" > "$out/pristine/summary.json.tmp"
  end=$(date +%s.%N)
  mv "$out/pristine/summary.json.tmp" "$out/pristine/summary.json"
  echo "wall seconds: $(echo "$end - $start" | bc)" > "$out/pristine/generation.txt"
  log "demo data: $(cat "$out/pristine/summary.json")"
fi
password=$(python3 -c 'import json,sys; print(json.load(open(sys.argv[1]))["password"])' "$out/pristine/summary.json")

server_pid=
stop_server() {
  if [ -n "$server_pid" ] && kill -0 "$server_pid" 2>/dev/null; then
    kill "$server_pid"
    wait "$server_pid" 2>/dev/null || true
  fi
  server_pid=
}
trap stop_server EXIT

# Starts the server on a fresh copy of the pristine data; sets ready to the seconds until the login page answers.
ready=
start_server() {
  local name=$1 jfr=${2:-}
  stop_server
  rm -rf "$out/run"
  cp -a "$out/pristine" "$out/run"
  local opts=("-Xmx${XMX:-1g}")
  [ -n "$jfr" ] && opts+=("-XX:StartFlightRecording=filename=$jfr,settings=profile")
  local t0
  t0=$(date +%s.%N)
  GREENPLAN_DATABASE_EMBEDDED_DATA_DIR="$out/run/pg" java "${opts[@]}" -jar "$jar" serve \
    --server.port="$port" --server.address=127.0.0.1 > "$out/server-$name.log" 2>&1 &
  server_pid=$!
  for _ in $(seq 1 600); do
    if curl -fs -o /dev/null "http://127.0.0.1:$port/login"; then
      ready=$(echo "$(date +%s.%N) - $t0" | bc)
      return 0
    fi
    kill -0 "$server_pid" 2>/dev/null || { log "server died, see $out/server-$name.log"; exit 1; }
    sleep 0.2
  done
  log "server not ready after 120 s"; exit 1
}

psql_run() {
  local pg="$out/run/pg"
  local dbport
  dbport=$(sed -n 4p "$pg/postmaster.pid")
  PGPASSWORD=$(sed -n 's/^app.password=//p' "$pg/greenplan-credentials.properties") \
    psql -h 127.0.0.1 -p "$dbport" -U greenplan_app -d postgres -At -c "$1"
}

gatling() {
  local simulation=$1; shift
  (cd "$here" && ./mvnw -o -B -Pbench,load -pl bench -am verify -Dtest=none -Dsurefire.failIfNoSpecifiedTests=false -Djacoco.skip=true \
    -Dgatling.simulationClass="org.greenplan.bench.load.$simulation" -Dbase="http://127.0.0.1:$port" \
    -Dpassword="$password" -Dreporters="$out/run/reporters.csv" "$@") > "$out/gatling-$simulation.log" 2>&1 \
    || log "gatling reported failures (see $out/gatling-$simulation.log)"
  ls -td "$here"/bench/target/gatling/*/ | head -1
}

results="$out/results-$(date -u +%Y%m%dT%H%M%SZ).md"
{
  echo "machine: $(nproc) cores, $(free -g | awk '/Mem:/{print $2}') GiB, $(java -version 2>&1 | head -1)"
  echo "demo data: $(cat "$out/pristine/summary.json")"
  cat "$out/pristine/generation.txt"
} > "$results"

run_read() {
  local name=$1 path=$2 user=$3
  start_server "$name" "${JFR_READ:+$out/$name.jfr}"
  echo "start-up to ready ($name): $ready s" >> "$results"
  if [[ $path == *PLAN* ]]; then
    path=${path/PLAN/$(psql_run "select id from plan order by plan_year desc, id limit 1")}
  fi
  local load_before; load_before=$(cut -d' ' -f1 /proc/loadavg)
  local dir; dir=$(gatling ReadSimulation -Dclients="${CLIENTS_READ:-50}" -Dseconds="${SECONDS_READ:-30}" \
    -Dpath="$path" -Duser="$user" -Dsignin-seconds="${READ_SIGNIN_SECONDS:-20}" -Dwarmup-seconds="${WARMUP_SECONDS:-20}" \
    -Drounds="${READ_ROUNDS:-3}")
  echo "load average before/after $name: $load_before / $(cut -d' ' -f1 /proc/loadavg)" >> "$results"
  BASELINE_SECONDS=${SECONDS_READ:-30} PHASE_SECONDS=${SECONDS_READ:-30} WARMUP_SECONDS=${WARMUP_SECONDS:-20} \
    python3 "$here/bench/stats.py" "$dir" "$name $path (${CLIENTS_READ:-50} clients)" page >> "$results"
  stop_server
}

if [ "$scenarios" = all ] || [ "$scenarios" = page ]; then
  if grep -rqs '"/leader/dashboard/data"' "$here/app/src/main/java"; then
    run_read page "/leader/dashboard/data?plan=PLAN" demo-leader
  else
    run_read page "/plans/PLAN" demo-leader
  fi
fi
if [ "$scenarios" = all ] || [ "$scenarios" = workspace ]; then
  run_read workspace /my ""
fi
if [ "$scenarios" = all ] || [ "$scenarios" = surge ]; then
  jfr=
  [ "${JFR:-1}" = 1 ] && jfr="$out/surge.jfr"
  start_server surge "$jfr"
  echo "start-up to ready (surge): $ready s" >> "$results"
  before=$(psql_run "select count(*) from progress_report where state = 'SUBMITTED' and submitted_at > now() - interval '1 hour'")
  load_before=$(cut -d' ' -f1 /proc/loadavg)
  dir=$(gatling SurgeSimulation -Dclients="${CLIENTS_SURGE:-200}" -Dseconds="${SECONDS_SURGE:-60}" \
    -Dsignin-seconds="${SIGNIN_SECONDS:-60}" -Dpause="${PAUSE:-5-15}")
  echo "load average before/after surge: $load_before / $(cut -d' ' -f1 /proc/loadavg)" >> "$results"
  BASELINE_SECONDS=20 PHASE_SECONDS=${SECONDS_SURGE:-60} \
    python3 "$here/bench/stats.py" "$dir" "deadline surge (${CLIENTS_SURGE:-200} reporters, pause ${PAUSE:-5-15} s)" submit >> "$results"
  after=$(psql_run "select count(*) from progress_report where state = 'SUBMITTED' and submitted_at > now() - interval '1 hour'")
  accepted=$(python3 "$here/bench/stats.py" "$dir" - submit --ok-count)
  echo "database: $((after - before)) reports submitted during the run; Gatling accepted $accepted" >> "$results"
  [ "$((after - before))" = "$accepted" ] && echo "lost: 0" >> "$results" || echo "MISMATCH" >> "$results"
  stop_server
  if [ -n "$jfr" ] && [ -f "$jfr" ]; then
    jfr print --events jdk.ExecutionSample "$jfr" > "$out/surge-samples.txt"
    {
      echo "JFR top frames (surge):"
      grep -A1 'stackTrace = \[' "$out/surge-samples.txt" | grep -v 'stackTrace\|^--' | sed 's/line:.*//' \
        | sort | uniq -c | sort -rn | head -15 || true
      echo "JFR first org.greenplan frame (surge):"
      awk '/stackTrace = \[/{f=1;next} f&&/org\.greenplan/{sub(/line:.*/,"");print;f=0} /^\]/{f=0}' \
        "$out/surge-samples.txt" | sort | uniq -c | sort -rn | head -15 || true
    } >> "$results"
  fi
fi
cat "$results"
