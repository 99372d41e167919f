#!/usr/bin/env bash
# Two app nodes on one PostgreSQL (issue 11, step 4), loopback only: node A runs the embedded database,
# node B connects to it as an external one (SPRING_DATASOURCE_*). A reporter signs in on A, and the same
# session cookie is used on B (sessions are in PostgreSQL, Spring Session JDBC); the reporter submits one
# report through A and one through B, and the database must hold both. Then both nodes reach the daily
# reminder time (09:00 office time) at the same instant: the open period's due date is moved to that day, and
# exactly one node may send each unit's reminder once (ShedLock and the reminder table's unique key), checked
# against what a local SMTP server and webhook stub received (bench/sinks.py). Prints a short report; exit 0
# only when every check passed. Data: ./greenplan demo-data --cities 1 --years 1 in bench/target/two-nodes.
#
# Needs faketime (Debian package faketime): both nodes run on a fake clock that starts LEAD_SECONDS (240)
# before 09:00 office time of the next working day, B's clock set to A's, so the scheduled job fires on both
# within the run instead of at the real 09:00.
set -euo pipefail
here=$(cd "$(dirname "$0")/.." && pwd)
out="$here/bench/target/two-nodes"
jar="$here/app/target/greenplan.jar"
port_a=${PORT_A:-18081}
port_b=${PORT_B:-18082}
log() { echo "two-nodes: $*" >&2; }
command -v faketime > /dev/null || { log "faketime is needed (apt-get install faketime)"; exit 2; }
lead=${LEAD_SECONDS:-240}
smtp_port=${SMTP_PORT:-18025}
hook_port=${HOOK_PORT:-18026}
[ -f "$jar" ] || (cd "$here" && ./mvnw -q -o -B -DskipTests package -pl app -am) >&2
mkdir -p "$out"
if [ ! -f "$out/pristine/summary.json" ]; then
  rm -rf "$out/pristine"; mkdir -p "$out/pristine"
  GREENPLAN_DATABASE_EMBEDDED_DATA_DIR="$out/pristine/pg" java -jar "$jar" demo-data --cities 1 --years 1 \
    --reporters-csv "$out/pristine/reporters.csv" > "$out/pristine/summary.json"
fi
rm -rf "$out/run"; cp -a "$out/pristine" "$out/run"
# the first working day from today on (weekends and the holiday calendar's 调休), in office time
day=$(python3 - "$here/app/src/main/resources/calendar/cn-holidays.csv" <<'PY'
import csv, datetime, sys, zoneinfo
kinds = {r["date"]: r["kind"] for r in csv.DictReader(open(sys.argv[1], encoding="utf-8"))}
day = datetime.datetime.now(zoneinfo.ZoneInfo("Asia/Shanghai")).date()
while kinds.get(day.isoformat()) == "holiday" or (day.weekday() >= 5 and kinds.get(day.isoformat()) != "workday"):
    day += datetime.timedelta(days=1)
print(day.isoformat())
PY
)
# 09:00 in Asia/Shanghai is 01:00 UTC; each node's fake clock starts so that both read the same time
nine=$(date -u -d "$day 01:00:00 UTC" +%s)
t0=$(date +%s)
fake_at() { date -u -d "@$((nine - lead + $(date +%s) - t0))" '+%Y-%m-%d %H:%M:%S'; }
# libfaketime preloaded into the node itself (and its PostgreSQL): exec keeps the node's pid the one recorded,
# so the clean-up stops it (the faketime wrapper and a function's subshell would leave it running)
libfaketime=
for candidate in /usr/lib/*/faketime/libfaketimeMT.so.1 /usr/lib/faketime/libfaketimeMT.so.1; do
  [ -f "$candidate" ] && { libfaketime=$candidate; break; }
done
[ -n "$libfaketime" ] || { log "libfaketime not found (apt-get install faketime)"; exit 2; }
on_fake_clock() {
  TZ=UTC FAKETIME_DONT_FAKE_MONOTONIC=1 FAKETIME="@$(fake_at)" LD_PRELOAD="$libfaketime" exec "$@"
}
rm -f "$out/mail.log" "$out/webhook.log"
python3 "$here/bench/sinks.py" "$out" "$smtp_port" "$hook_port" 2> "$out/sinks.log" &
sinks_pid=$!
channels=(--spring.mail.host=127.0.0.1 --spring.mail.port="$smtp_port"
  "--greenplan.notifications.webhooks[0].kind=WECOM"
  "--greenplan.notifications.webhooks[0].url=http://127.0.0.1:$hook_port/cgi-bin/webhook/send?key=bench")
password=$(python3 -c 'import json,sys; print(json.load(open(sys.argv[1]))["password"])' "$out/pristine/summary.json")

pids=()
cleanup() {
  for ((i = ${#pids[@]} - 1; i >= 0; i--)); do
    kill "${pids[$i]}" 2>/dev/null && wait "${pids[$i]}" 2>/dev/null || true
  done
}
trap 'cleanup; kill $sinks_pid 2>/dev/null || true' EXIT
wait_ready() {
  for _ in $(seq 1 600); do
    curl -fs -o /dev/null "http://127.0.0.1:$1/login" && return 0
    kill -0 "$2" 2>/dev/null || { log "node on port $1 died"; exit 1; }
    sleep 0.2
  done
  log "node on port $1 not ready"; exit 1
}

GREENPLAN_DATABASE_EMBEDDED_DATA_DIR="$out/run/pg" on_fake_clock java -Xmx512m -jar "$jar" serve \
  --server.port="$port_a" --server.address=127.0.0.1 "${channels[@]}" > "$out/node-a.log" 2>&1 &
pids+=($!); wait_ready "$port_a" "${pids[0]}"
dbport=$(sed -n 4p "$out/run/pg/postmaster.pid")
creds="$out/run/pg/greenplan-credentials.properties"
SPRING_DATASOURCE_URL="jdbc:postgresql://127.0.0.1:$dbport/postgres" SPRING_DATASOURCE_USERNAME=greenplan_app \
SPRING_DATASOURCE_PASSWORD=$(sed -n 's/^app.password=//p' "$creds") \
SPRING_FLYWAY_USER=postgres SPRING_FLYWAY_PASSWORD=$(sed -n 's/^superuser.password=//p' "$creds") \
  on_fake_clock java -Xmx512m -jar "$jar" serve --server.port="$port_b" --server.address=127.0.0.1 "${channels[@]}" \
  > "$out/node-b.log" 2>&1 &
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
  # a plain post is answered by a redirect to the form, which shows the notice once (from the shared session)
  curl -fsL -b "$jar_cookies" -c "$jar_cookies" --data-urlencode "_csrf=$token" --data-urlencode "rowVersion=$version" \
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

# Reminders: the open period falls due on the fake day, so every unit still missing a report is reminded
# (DUE_SOON) when 09:00 comes, by exactly one of the two nodes.
sql() {
  PGPASSWORD=$(sed -n 's/^app.password=//p' "$creds") psql -h 127.0.0.1 -p "$dbport" -U greenplan_app -d postgres -At -c "$1"
}
sql "update reporting_period set due_on = '$day', co_unit_due_on = '$day' where state = 'OPEN'" > /dev/null
left=$((nine - (nine - lead + $(date +%s) - t0)))
[ "$left" -gt 5 ] || { log "the nodes took longer than LEAD_SECONDS=$lead to start; raise it"; exit 1; }
log "waiting ${left}s for 09:00 office time on both nodes' clocks"
sleep $((left + 20))
for _ in $(seq 1 30); do
  digests=$(sql "select count(distinct (plan_id, period_id)) from reminder where day = '$day'")
  [ "$(sql "select count(*) from notification_delivery where channel = 'WEBHOOK' and status = 'SENT'")" -ge "$digests" ] && break
  sleep 1
done
reminders=$(sql "select count(*) from reminder where day = '$day'")
runs=$(grep -h "Reminders of $day:" "$out/node-a.log" "$out/node-b.log" | grep -vc ': 0 sent' || true)
check "the reminder job sent on exactly one node" "$runs" 1
[ "$reminders" -gt 0 ] && echo "ok    $reminders reminders recorded for $day" || { echo "FAIL  no reminder recorded for $day"; failures=$((failures + 1)); }
check "each reminder has its own message" "$(sql "select count(distinct message_id) from reminder where day = '$day'")" "$reminders"
lines() { if [ -f "$1" ]; then wc -l < "$1" | tr -d ' '; else echo 0; fi; }
delivered() { sql "select count(*) from notification_delivery where channel = '$1' and status = 'SENT'"; }
# the group robot gets one digest per plan and period naming every unit reminded, not one post per reminder
check "one digest per plan and period posted to the group robot" "$(delivered WEBHOOK)" \
  "$(sql "select count(distinct (plan_id, period_id)) from reminder where day = '$day'")"
check "no delivery recorded twice" "$(sql "select count(*) from (select 1 from notification_delivery group by message_id, channel, recipient having count(*) > 1) twice")" 0
check "the webhook stub received each recorded post once" "$(lines "$out/webhook.log")" "$(delivered WEBHOOK)"
check "the SMTP server received each recorded e-mail once" "$(lines "$out/mail.log")" "$(delivered EMAIL)"
echo "      reminder e-mails: $(sql "select count(*) from notification_delivery d join reminder r on r.message_id = d.message_id where r.day = '$day' and d.channel = 'EMAIL' and d.status = 'SENT'") to the units' contacts"
[ "$failures" = 0 ] && echo "two nodes: all checks passed" || { echo "two nodes: $failures checks failed"; exit 1; }
