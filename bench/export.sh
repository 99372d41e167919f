#!/usr/bin/env bash
# Ledger export of the whole province under -Xmx256m (issue 11, step 3): a server with a 256 MB heap on a
# copy of bench/load.sh's demo data exports every plan's ledger (16 cities × 3 years × 60 tasks = 2,880
# tasks; the data holds one plan per city and year, so "the province" is 48 workbooks), one after the
# other as the leader, then all of them again with 4 at a time. Prints per-plan and total times and the
# peak heap after GC and before GC from the GC log. Run bench/load.sh once first (it generates the data).
set -euo pipefail
here=$(cd "$(dirname "$0")/.." && pwd)
out="$here/bench/target/load"
port=${PORT:-18083}
jar="$here/app/target/greenplan.jar"
[ -f "$out/pristine/summary.json" ] || { echo "run bench/load.sh first (demo data)" >&2; exit 2; }
password=$(python3 -c 'import json,sys; print(json.load(open(sys.argv[1]))["password"])' "$out/pristine/summary.json")
rm -rf "$out/export-run"; cp -a "$out/pristine" "$out/export-run"
GREENPLAN_DATABASE_EMBEDDED_DATA_DIR="$out/export-run/pg" java -Xmx256m -Xlog:gc:file="$out/export-gc.log" \
  -jar "$jar" serve --server.port="$port" --server.address=127.0.0.1 > "$out/export-server.log" 2>&1 &
pid=$!
trap 'kill $pid 2>/dev/null; wait $pid 2>/dev/null || true' EXIT
for _ in $(seq 1 600); do curl -fs -o /dev/null "http://127.0.0.1:$port/login" && break; sleep 0.2; done
cookies="$out/export-cookies.txt"; rm -f "$cookies"
token=$(curl -fs -c "$cookies" -b "$cookies" "http://127.0.0.1:$port/login" | sed -n 's/.*name="_csrf" value="\([^"]*\)".*/\1/p' | head -1)
curl -fs -o /dev/null -c "$cookies" -b "$cookies" --data-urlencode username=demo-leader \
  --data-urlencode "password=$password" --data-urlencode "_csrf=$token" "http://127.0.0.1:$port/login"
dbport=$(sed -n 4p "$out/export-run/pg/postmaster.pid")
plans=$(PGPASSWORD=$(sed -n 's/^app.password=//p' "$out/export-run/pg/greenplan-credentials.properties") \
  psql -h 127.0.0.1 -p "$dbport" -U greenplan_app -d postgres -At -c "select id from plan where state = 'PUBLISHED' order by id")
export_one() {
  curl -fs -b "$cookies" -o "$out/ledger-$1.xlsx" -w "%{time_total} %{size_download}\n" \
    "http://127.0.0.1:$port/plans/$1/ledger.xlsx"
}
# one warm-up export, then the measured pass
export_one "$(echo "$plans" | head -1)" > /dev/null
start=$(date +%s.%N)
for plan in $plans; do echo "plan $plan: $(export_one "$plan")"; done > "$out/export-sequential.txt"
sequential=$(echo "$(date +%s.%N) - $start" | bc)
start=$(date +%s.%N)
export -f export_one; export cookies out port
echo "$plans" | xargs -P 4 -I{} bash -c 'export_one {}' > "$out/export-parallel.txt"
parallel=$(echo "$(date +%s.%N) - $start" | bc)
tasks=$(PGPASSWORD=$(sed -n 's/^app.password=//p' "$out/export-run/pg/greenplan-credentials.properties") \
  psql -h 127.0.0.1 -p "$dbport" -U greenplan_app -d postgres -At -c "select count(*) from task")
echo "plans: $(echo "$plans" | wc -l), tasks: $tasks, -Xmx256m"
echo "sequential: $sequential s in all; per plan (s): $(awk '{print $3}' "$out/export-sequential.txt" | sort -n | awk '{a[NR]=$1} END {print "min " a[1] ", median " a[int((NR+1)/2)] ", max " a[NR]}')"
echo "4 at a time: $parallel s in all"
echo "load average: $(cut -d' ' -f1-3 /proc/loadavg)"
# the leader's dashboard of one plan, alone (no other client), five times after one warm-up
plan=$(echo "$plans" | tail -1)
curl -fs -o /dev/null -b "$cookies" "http://127.0.0.1:$port/leader/dashboard/data?plan=$plan"
echo "dashboard data of plan $plan, one client, 5 requests (s): $(for _ in 1 2 3 4 5; do
  curl -fs -o /dev/null -b "$cookies" -w '%{time_total} ' "http://127.0.0.1:$port/leader/dashboard/data?plan=$plan"; done)"
python3 - "$out/export-gc.log" <<'PY'
import re, sys
before = after = 0
for line in open(sys.argv[1]):
    m = re.search(r"(\d+)M->(\d+)M\((\d+)M\)", line)
    if m:
        before, after = max(before, int(m.group(1))), max(after, int(m.group(2)))
print(f"peak heap (GC log): {before} MB before a collection, {after} MB live after one")
PY
