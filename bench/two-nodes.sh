#!/usr/bin/env bash
# Two app nodes on one PostgreSQL (issue 11, step 4), loopback only: node A runs the embedded database,
# node B connects to it as an external one (SPRING_DATASOURCE_*). A reporter signs in on A, and the same
# session cookie is used on B (sessions are in PostgreSQL, Spring Session JDBC); the reporter submits one
# report through A and one through B, and the database must hold both. Prints a short report; exit 0 only
# when every check passed. Data: ./greenplan demo-data --cities 1 --years 1 in bench/target/two-nodes.
set -euo pipefail
here=$(cd "$(dirname "$0")/.." && pwd)
out="$here/bench/target/two-nodes"
jar="$here/app/target/greenplan.jar"
port_a=${PORT_A:-18081}
port_b=${PORT_B:-18082}
log() { echo "two-nodes: $*" >&2; }
[ -f "$jar" ] || (cd "$here" && ./mvnw -q -o -B -DskipTests package -pl app -am) >&2
mkdir -p "$out"
if [ ! -f "$out/pristine/summary.json" ]; then
  rm -rf "$out/pristine"; mkdir -p "$out/pristine"
  GREENPLAN_DATABASE_EMBEDDED_DATA_DIR="$out/pristine/pg" java -jar "$jar" demo-data --cities 1 --years 1 \
    --reporters-csv "$out/pristine/reporters.csv" > "$out/pristine/summary.json"
fi
rm -rf "$out/run"; cp -a "$out/pristine" "$out/run"
password=$(python3 -c 'import json,sys; print(json.load(open(sys.argv[1]))["password"])' "$out/pristine/summary.json")

pids=()
cleanup() {
  for ((i = ${#pids[@]} - 1; i >= 0; i--)); do
    kill "${pids[$i]}" 2>/dev/null && wait "${pids[$i]}" 2>/dev/null || true
  done
}
trap cleanup EXIT
wait_ready() {
  for _ in $(seq 1 600); do
    curl -fs -o /dev/null "http://127.0.0.1:$1/login" && return 0
    kill -0 "$2" 2>/dev/null || { log "node on port $1 died"; exit 1; }
    sleep 0.2
  done
  log "node on port $1 not ready"; exit 1
}

GREENPLAN_DATABASE_EMBEDDED_DATA_DIR="$out/run/pg" java -Xmx512m -jar "$jar" serve --server.port="$port_a" \
  --server.address=127.0.0.1 > "$out/node-a.log" 2>&1 &
pids+=($!); wait_ready "$port_a" "${pids[0]}"
dbport=$(sed -n 4p "$out/run/pg/postmaster.pid")
creds="$out/run/pg/greenplan-credentials.properties"
SPRING_DATASOURCE_URL="jdbc:postgresql://127.0.0.1:$dbport/postgres" SPRING_DATASOURCE_USERNAME=greenplan_app \
SPRING_DATASOURCE_PASSWORD=$(sed -n 's/^app.password=//p' "$creds") \
SPRING_FLYWAY_USER=postgres SPRING_FLYWAY_PASSWORD=$(sed -n 's/^superuser.password=//p' "$creds") \
  java -Xmx512m -jar "$jar" serve --server.port="$port_b" --server.address=127.0.0.1 > "$out/node-b.log" 2>&1 &
pids+=($!); wait_ready "$port_b" "${pids[1]}"
log "node A :$port_a (embedded PostgreSQL :$dbport), node B :$port_b"

jar_cookies="$out/cookies.txt"; rm -f "$jar_cookies"
csrf_of() { sed -n 's/.*name="_csrf" value="\([^"]*\)".*/\1/p' | head -1; }
user=$(sed -n 2p "$out/run/reporters.csv" | cut -d, -f1)
keys=($(awk -F, -v u="$user" 'NR > 1 && $1 == u {print $2 "/tasks/" $3}' "$out/run/reporters.csv" | head -2))
token=$(curl -fs -c "$jar_cookies" -b "$jar_cookies" "http://127.0.0.1:$port_a/login" | csrf_of)
landing=$(curl -s -o /dev/null -w '%{redirect_url}' -c "$jar_cookies" -b "$jar_cookies" \
  --data-urlencode "username=$user" --data-urlencode "password=$password" --data-urlencode "_csrf=$token" \
  "http://127.0.0.1:$port_a/login")
failures=0
check() { if [ "$2" = "$3" ]; then echo "ok    $1"; else echo "FAIL  $1: expected $3, got $2"; failures=$((failures + 1)); fi; }
check "sign-in on A as $user lands on the workspace" "$landing" "http://127.0.0.1:$port_a/my"
status_b=$(curl -s -o "$out/b-my.html" -w '%{http_code}' -b "$jar_cookies" "http://127.0.0.1:$port_b/my")
check "A's session cookie opens /my on B" "$status_b" 200

submit() {
  local port=$1 key=$2 page token version
  page=$(curl -fs -b "$jar_cookies" -c "$jar_cookies" "http://127.0.0.1:$port/my/reports/periods/$key")
  token=$(echo "$page" | csrf_of)
  version=$(echo "$page" | sed -n 's/.*name="rowVersion" value="\([^"]*\)".*/\1/p' | head -1)
  curl -fs -b "$jar_cookies" -c "$jar_cookies" --data-urlencode "_csrf=$token" --data-urlencode "rowVersion=$version" \
    --data-urlencode "progress=two-node check via port $port" --data-urlencode "completion=50" \
    "http://127.0.0.1:$port/my/reports/periods/$key/submission" | grep -c 'gp-notice' || true
}
check "submit ${keys[0]} through A" "$(submit "$port_a" "${keys[0]}")" 1
check "submit ${keys[1]} through B (form read on B, CSRF token from the shared session)" \
  "$(submit "$port_b" "${keys[1]}")" 1
count=$(PGPASSWORD=$(sed -n 's/^app.password=//p' "$creds") psql -h 127.0.0.1 -p "$dbport" -U greenplan_app \
  -d postgres -At -c "select count(*) from progress_report where state = 'SUBMITTED' and progress like 'two-node check%'")
check "the database holds both submissions" "$count" 2
sessions=$(PGPASSWORD=$(sed -n 's/^app.password=//p' "$creds") psql -h 127.0.0.1 -p "$dbport" -U greenplan_app \
  -d postgres -At -c "select count(*) from spring_session where principal_name = '$user'")
check "one shared session row for $user in spring_session" "$sessions" 1
[ "$failures" = 0 ] && echo "two nodes: all checks passed" || { echo "two nodes: $failures checks failed"; exit 1; }
