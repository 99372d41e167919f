#!/usr/bin/env bash
# A flight recording of one client's loops (issue 11): DASHBOARDS (2000) kept answers of the leader's
# dashboard data, then REPORTS (200) report forms and submissions, on a copy of bench/load.sh's demo data.
# Prints where the request threads' samples go for each (bench/jfr_summary.py); the recording stays in
# bench/target/load/profile.jfr. PORT (18095), JAR (app/target/greenplan.jar).
set -euo pipefail
here=$(cd "$(dirname "$0")/.." && pwd)
out="$here/bench/target/load"
port=${PORT:-18095}
jar=${JAR:-$here/app/target/greenplan.jar}
[ -f "$out/pristine/summary.json" ] || { echo "run bench/load.sh first (demo data)" >&2; exit 2; }
password=$(python3 -c 'import json,sys; print(json.load(open(sys.argv[1]))["password"])' "$out/pristine/summary.json")
rm -rf "$out/profile-run"; cp -a "$out/pristine" "$out/profile-run"
GREENPLAN_DATABASE_EMBEDDED_DATA_DIR="$out/profile-run/pg" java -Xmx1g -XX:FlightRecorderOptions=stackdepth=1024 \
  "-XX:StartFlightRecording=filename=$out/profile.jfr,settings=profile" -jar "$jar" serve \
  --server.port="$port" --server.address=127.0.0.1 > "$out/profile-server.log" 2>&1 &
pid=$!
trap 'kill $pid 2>/dev/null; wait $pid 2>/dev/null || true' EXIT
for _ in $(seq 1 900); do curl -fs -o /dev/null "http://127.0.0.1:$port/login" && break; sleep 0.2; done
plan=$(PGPASSWORD=$(sed -n 's/^app.password=//p' "$out/profile-run/pg/greenplan-credentials.properties") \
  psql -h 127.0.0.1 -p "$(sed -n 4p "$out/profile-run/pg/postmaster.pid")" -U greenplan_app -d postgres -At \
  -c "select id from plan order by plan_year desc, id limit 1")
echo "load average before: $(cut -d' ' -f1-3 /proc/loadavg)"
(cd "$here/bench" && python3 profile.py "http://127.0.0.1:$port" "$password" "$out/profile-run/reporters.csv" \
  "$plan" "${DASHBOARDS:-2000}" "${REPORTS:-200}")
echo "load average after: $(cut -d' ' -f1-3 /proc/loadavg)"
kill $pid; wait $pid 2>/dev/null || true
jfr print --stack-depth 300 --events jdk.ExecutionSample "$out/profile.jfr" > "$out/profile-samples.txt"
echo "## dashboard data"
python3 "$here/bench/jfr_summary.py" "$out/profile-samples.txt" 'DashboardController.showData' 25
echo "## report form and submission"
python3 "$here/bench/jfr_summary.py" "$out/profile-samples.txt" 'MyReportController' 25
