#!/usr/bin/env bash
# Cost of one request of each page the load test hits (issue 11), with ONE client: median and largest wall
# time and the CPU milliseconds the app's JVM and the embedded PostgreSQL spent per request. Unlike
# bench/load.sh it stays meaningful on a machine shared with other work (CPU time is not queueing time).
# Starts the server on a copy of bench/load.sh's demo data (run that once first), stops it at the end.
#
#   bench/cost.sh            ROUNDS (20) requests of each page after WARM_UP (10) unmeasured ones; PORT (18090); JFR=1 records
#                            a flight recording of the run into bench/target/load/cost.jfr; ONLY=workspace measures only the
#                            pages whose name holds that text (no submissions); JAR=… another build
set -euo pipefail
here=$(cd "$(dirname "$0")/.." && pwd)
out="$here/bench/target/load"
port=${PORT:-18090}
jar=${JAR:-$here/app/target/greenplan.jar}
[ -f "$out/pristine/summary.json" ] || { echo "run bench/load.sh first (demo data)" >&2; exit 2; }
[ -f "$jar" ] || (cd "$here" && ./mvnw -q -o -B -DskipTests package -pl app -am) >&2
password=$(python3 -c 'import json,sys; print(json.load(open(sys.argv[1]))["password"])' "$out/pristine/summary.json")
rm -rf "$out/cost-run"; cp -a "$out/pristine" "$out/cost-run"
opts=(-Xmx${XMX:-1g})
# ASYNC_PROFILER=/path/to/libasyncProfiler.so (from tools.profiler:async-profiler on Maven Central): CPU samples of
# every thread, native and JIT-compiled frames included, as collapsed stacks in bench/target/load/cost-cpu.collapsed
[ -n "${ASYNC_PROFILER:-}" ] && opts+=("-agentpath:$ASYNC_PROFILER=start,event=itimer,interval=1ms,cstack=no,file=$out/cost-cpu.collapsed,collapsed")
[ "${JFR:-0}" = 1 ] && opts+=(-XX:FlightRecorderOptions=stackdepth=1024 "-XX:StartFlightRecording=filename=$out/cost.jfr,settings=profile")
GREENPLAN_DATABASE_EMBEDDED_DATA_DIR="$out/cost-run/pg" java "${opts[@]}" -jar "$jar" serve \
  --server.port="$port" --server.address=127.0.0.1 > "$out/cost-server.log" 2>&1 &
pid=$!
trap 'kill $pid 2>/dev/null; wait $pid 2>/dev/null || true' EXIT
for _ in $(seq 1 900); do curl -fs -o /dev/null "http://127.0.0.1:$port/login" && break; sleep 0.2; done
plan=$(PGPASSWORD=$(sed -n 's/^app.password=//p' "$out/cost-run/pg/greenplan-credentials.properties") \
  psql -h 127.0.0.1 -p "$(sed -n 4p "$out/cost-run/pg/postmaster.pid")" -U greenplan_app -d postgres -At \
  -c "select id from plan order by plan_year desc, id limit 1")
echo "load average before: $(cut -d' ' -f1-3 /proc/loadavg)"
echo "| request | n | median ms | max ms | app CPU ms/request | without JIT compiling | PostgreSQL CPU ms/request |"
echo "|---|---|---|---|---|---|---|"
python3 "$here/bench/cost.py" "http://127.0.0.1:$port" "$pid" "$out/cost-run/pg" "$password" \
  "$out/cost-run/reporters.csv" "$plan" "${ROUNDS:-20}"
echo "load average after: $(cut -d' ' -f1-3 /proc/loadavg)"
