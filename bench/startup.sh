#!/usr/bin/env bash
# Start-up to ready of the embedded server on a warm data directory (issue 11): a copy of bench/load.sh's
# province data is started once (migrations, first extraction of the PostgreSQL binaries, the launcher's
# class-data archive when CDS=1), stopped, then started RUNS times. Each start prints the seconds from the
# process start to the log line "Started GreenPlanApplication" and to the first 200 of the sign-in page.
#
#   bench/startup.sh                      java -jar app/target/greenplan.jar serve
#   LAUNCHER=1 bench/startup.sh           ./greenplan serve (extracted jar, CDS as the launcher decides)
#
# Environment: RUNS (3), PORT (18090), JAR (app/target/greenplan.jar), JAVA_OPTS (extra JVM options, e.g.
# -Xlog:class+load:file=... or -XX:StartFlightRecording=...), LAUNCHER (0|1).
set -euo pipefail
here=$(cd "$(dirname "$0")/.." && pwd)
out="$here/bench/target/load"
port=${PORT:-18090}
jar=${JAR:-$here/app/target/greenplan.jar}
pristine=${PRISTINE:-$out/pristine}
[ -f "$pristine/summary.json" ] || { echo "run bench/load.sh first (demo data)" >&2; exit 2; }
mkdir -p "$out"; rm -rf "$out/startup-run"; cp -a "$pristine" "$out/startup-run"
export GREENPLAN_DATABASE_EMBEDDED_DATA_DIR="$out/startup-run/pg"

pid=
stop() { if [ -n "$pid" ]; then kill "$pid" 2>/dev/null || true; wait "$pid" 2>/dev/null || true; pid=; fi; }
trap stop EXIT

# the JVM's process id (the launcher execs java, so it is $pid either way)
jvm_pid() { echo "$pid"; }

# one start; prints "<seconds to Started> <seconds to 200>"
start_once() {
  local log=$1 t0 started='' ok=''
  t0=$(date +%s.%N)
  if [ "${LAUNCHER:-0}" = 1 ]; then
    # shellcheck disable=SC2086
    GREENPLAN_JAVA_OPTS="${JAVA_OPTS:-}" "$here/greenplan" serve --server.port="$port" --server.address=127.0.0.1 > "$log" 2>&1 &
  else
    # shellcheck disable=SC2086
    java ${JAVA_OPTS:-} -jar "$jar" serve --server.port="$port" --server.address=127.0.0.1 > "$log" 2>&1 &
  fi
  pid=$!
  for _ in $(seq 1 3000); do
    [ -z "$started" ] && grep -q "Started GreenPlanApplication" "$log" && started=$(echo "$(date +%s.%N) - $t0" | bc)
    if curl -fs -o /dev/null "http://127.0.0.1:$port/login"; then ok=$(echo "$(date +%s.%N) - $t0" | bc); break; fi
    kill -0 "$pid" 2>/dev/null || { echo "server exited, see $log" >&2; exit 1; }
    sleep 0.05
  done
  [ -z "$started" ] && grep -q "Started GreenPlanApplication" "$log" && started=$ok
  # CPU seconds the JVM spent until ready (user + system; the PostgreSQL processes not included): less
  # dependent on the machine's other load than the wall time
  local cpu
  cpu=$(awk -v hz="$(getconf CLK_TCK)" '{printf "%.1f", ($14 + $15) / hz}' "/proc/$(jvm_pid)/stat")
  stop
  echo "$started $ok $cpu"
}

echo "first start (not measured): $(start_once "$out/startup-0.log")" >&2
for i in $(seq 1 "${RUNS:-3}"); do
  load=$(cut -d' ' -f1 /proc/loadavg)
  read -r started ok cpu < <(start_once "$out/startup-$i.log")
  printf 'start %d: Started %.2f s, sign-in page 200 %.2f s, JVM CPU %s s (load average before %s)\n' \
    "$i" "$started" "$ok" "$cpu" "$load"
done
