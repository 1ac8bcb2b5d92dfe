#!/usr/bin/env bash
# Skillfund start-up, memory and throughput benchmark on Payara Server 6.
#
# One run: unpacks a fresh Payara into bench/target, creates its own domain "bench" with
# --portbase 18000 (so it never touches the default ports or domain1, which the integration
# tests use), then measures
#   BARE  start time and idle RSS of the empty domain,
#   APP   start + deploy time and RSS with the Skillfund EAR on a fresh H2 database,
#   TPUT  wrk throughput of /api/v1/ping (no DB) and the catalogue search (DB query),
# and prints a summary table, also written to bench/target/results.txt.
# See bench/README.md for how to read the figures.
set -euo pipefail

BENCH_DIR="$(cd "$(dirname "$0")" && pwd)"
PROJECT_DIR="$(dirname "$BENCH_DIR")"
WORK="$BENCH_DIR/target"                  # everything the run creates lives here
LOGS="$WORK/logs"
PAYARA_ZIP="${PAYARA_ZIP:-$HOME/.m2/repository/fish/payara/distributions/payara/6.2025.9/payara-6.2025.9.zip}"
EAR="$PROJECT_DIR/ear/target/skillfund.ear"
DOMAIN=bench
PORTBASE=18000
WAIT_LIMIT=300                            # seconds a server may take to answer before we give up
WARM_REQUESTS=1000                        # requests sent before reading the RSS
WRK_WARMUP=30s                            # the search path needs longer than ping for the JIT to settle
WRK_DURATION=20s

# ---------------------------------------------------------------------------------------------
# Helpers
# ---------------------------------------------------------------------------------------------
log() { printf '[%s] %s\n' "$(date +%H:%M:%S)" "$*"; }
die() { printf 'ERROR: %s\n' "$*" >&2; exit 1; }

# Arithmetic: bc when installed, awk otherwise (both are fine for a handful of divisions).
if command -v bc >/dev/null 2>&1; then
  calc() { printf 'scale=6; %s\n' "$1" | bc -l; }
else
  calc() { awk "BEGIN { printf \"%.6f\n\", $1 }"; }
fi
# One decimal place; printf rounds and copes with bc's ".5" style output.
# Comparisons always through awk: its exit status is the answer, whatever calc printed.
is_true() { awk "BEGIN { exit !($1) }"; }
r1() { LC_ALL=C printf '%.1f' "$1"; }
r2() { LC_ALL=C printf '%.2f' "$1"; }
now() { date +%s.%N; }

# wrk is Debian's load generator; install it like the test script installs Chromium.
if ! command -v wrk >/dev/null 2>&1; then
  log "Installing Debian's wrk"
  sudo_cmd=""
  [ "$(id -u)" -ne 0 ] && sudo_cmd="sudo"
  $sudo_cmd apt-get update -q >/dev/null && DEBIAN_FRONTEND=noninteractive $sudo_cmd apt-get install -y -q wrk >/dev/null
fi
for tool in unzip curl wrk java awk; do
  command -v "$tool" >/dev/null 2>&1 || die "$tool is not installed"
done
[ -f "$PAYARA_ZIP" ] || die "Payara zip not found: $PAYARA_ZIP"
[ -f "$EAR" ] || die "EAR not found: $EAR (build it: mvn -B -q -DskipTests -pl ear -am install)"

# ---------------------------------------------------------------------------------------------
# 1. Fresh Payara and domain
# ---------------------------------------------------------------------------------------------
# Delete the previous run first so every run starts from the same state (no old DB, no
# deployed app, no OSGi cache from an earlier start).
log "Unpacking Payara into $WORK"
rm -rf "$WORK"
mkdir -p "$LOGS"
unzip -q "$PAYARA_ZIP" -d "$WORK"
PAYARA_HOME="$WORK/payara6"
ASADMIN="$PAYARA_HOME/bin/asadmin"
DOMAIN_DIR="$PAYARA_HOME/glassfish/domains/$DOMAIN"
PID_FILE="$DOMAIN_DIR/config/pid"

log "Creating domain $DOMAIN with --portbase $PORTBASE"
"$ASADMIN" create-domain --nopassword --portbase "$PORTBASE" "$DOMAIN" >"$LOGS/create-domain.log" 2>&1 \
  || { cat "$LOGS/create-domain.log" >&2; die "create-domain failed"; }
# Take the ports from what asadmin says it assigned, rather than assuming portbase arithmetic.
ADMIN_PORT=$(sed -n 's/^Using port \([0-9]*\) for Admin.*/\1/p' "$LOGS/create-domain.log")
HTTP_PORT=$(sed -n 's/^Using port \([0-9]*\) for HTTP Instance.*/\1/p' "$LOGS/create-domain.log")
[ -n "$ADMIN_PORT" ] && [ -n "$HTTP_PORT" ] \
  || { cat "$LOGS/create-domain.log" >&2; die "could not read the assigned ports from create-domain"; }
log "Domain $DOMAIN: admin port $ADMIN_PORT, http port $HTTP_PORT"
BASE_URL="http://localhost:$HTTP_PORT"
PING_URL="$BASE_URL/skillfund/api/v1/ping"
SEARCH_URL="$BASE_URL/skillfund/api/v1/catalog/products?q=certificate&size=20"

# --portbase also moves the Hazelcast data grid (DAS 4900 -> portbase+49), so our domain cannot
# join the data grid of the integration-test server on the default ports. Check, to be sure.
HZ_PORT=$(sed -n 's/^Using port \([0-9]*\) for Hazelcast DAS.*/\1/p' "$LOGS/create-domain.log")
[ -n "$HZ_PORT" ] && [ "$HZ_PORT" != 4900 ] || die "Hazelcast DAS port not moved by --portbase (${HZ_PORT:-?})"

asadmin() { "$ASADMIN" --port "$ADMIN_PORT" "$@"; }

# PID of our domain's JVM, from its pid file, checked against the command line so we can never
# report on (or kill) another server's process.
domain_pid() {
  local pid
  [ -f "$PID_FILE" ] || return 1
  pid=$(tr -dc '0-9' <"$PID_FILE")
  [ -n "$pid" ] && [ -r "/proc/$pid/cmdline" ] || return 1
  tr '\0' ' ' <"/proc/$pid/cmdline" | grep -q -- "$DOMAIN_DIR" || return 1
  echo "$pid"
}

rss_mb() {
  local pid kb
  pid=$(domain_pid) || die "domain $DOMAIN is not running, cannot read RSS"
  kb=$(awk '/^VmRSS:/ { print $2 }' "/proc/$pid/status")
  r1 "$(calc "$kb / 1024")"
}

stop_domain() {
  local pid
  pid=$(domain_pid) || return 0
  log "Stopping domain $DOMAIN (pid $pid)"
  timeout 120 "$ASADMIN" --port "$ADMIN_PORT" stop-domain "$DOMAIN" >>"$LOGS/stop-domain.log" 2>&1 || true
  # If stop-domain did not manage, end our own JVM (by its pid only).
  if kill -0 "$pid" 2>/dev/null; then
    log "stop-domain did not stop pid $pid; sending TERM/KILL"
    kill "$pid" 2>/dev/null || true
    sleep 5
    kill -9 "$pid" 2>/dev/null || true
  fi
}
# Always stop the domain, also after an error or Ctrl-C, so no server is left running.
trap stop_domain EXIT
trap 'exit 130' INT TERM

start_domain() {
  # Runs in the foreground: asadmin returns once the DAS is up. Extra arguments are environment
  # assignments handed to the server JVM (env passes them on to asadmin, which forks the server).
  env "$@" timeout "$WAIT_LIMIT" "$ASADMIN" --port "$ADMIN_PORT" start-domain "$DOMAIN" \
    >>"$LOGS/start-domain.log" 2>&1 \
    || { tail -n 30 "$LOGS/start-domain.log" >&2; die "start-domain failed or took over ${WAIT_LIMIT}s"; }
}

# Poll every 0.2 s until the URL answers 200; fail after WAIT_LIMIT seconds.
wait_for_200() {
  local url=$1 deadline code
  deadline=$(calc "$(now) + $WAIT_LIMIT")
  while :; do
    code=$(curl -s -o /dev/null -w '%{http_code}' --max-time 5 "$url" || true)
    [ "$code" = 200 ] && return 0
    if is_true "$(now) > $deadline"; then
      die "$url did not answer 200 within ${WAIT_LIMIT}s (last status: $code); see $DOMAIN_DIR/logs/server.log"
    fi
    sleep 0.2
  done
}

# Send N requests with one curl process (a config file with N url/output pairs), so the figure
# is about the server and not about forking 1,000 curls. Fails if any answer is not 200.
send_requests() {
  local url=$1 n=$2 cfg="$LOGS/requests.curl" bad
  : >"$cfg"
  for _ in $(seq "$n"); do printf 'url = "%s"\noutput = "/dev/null"\n' "$url" >>"$cfg"; done
  bad=$(curl -s --max-time 600 -K "$cfg" -w '%{http_code}\n' | grep -vc '^200$' || true)
  [ "$bad" = 0 ] || die "$bad of $n requests to $url did not answer 200"
}

# wrk run; prints Requests/sec. Non-2xx answers or socket errors make the figure meaningless.
wrk_rps() {
  local name=$1 url=$2 duration=$3 out="$LOGS/wrk-$1.txt"
  wrk -t2 -c16 -d"$duration" --latency "$url" >"$out" 2>&1 || { cat "$out" >&2; die "wrk failed on $url"; }
  if grep -q -E 'Non-2xx|Socket errors' "$out"; then
    cat "$out" >&2
    die "wrk saw errors on $url (see $out)"
  fi
  awk '/^Requests\/sec:/ { print $2 }' "$out"
}

# ---------------------------------------------------------------------------------------------
# 2. BARE: empty domain
# ---------------------------------------------------------------------------------------------
log "BARE: starting domain $DOMAIN"
t0=$(now)
start_domain
BARE_DAS=$(r1 "$(calc "$(now) - $t0")")   # split: asadmin start-domain alone
wait_for_200 "$BASE_URL/"
t1=$(now)
BARE_START=$(r1 "$(calc "$t1 - $t0")")
log "BARE: http://localhost:$HTTP_PORT/ answered 200 after ${BARE_START}s"

log "BARE: $WARM_REQUESTS requests to /"
send_requests "$BASE_URL/" "$WARM_REQUESTS"
BARE_RSS=$(rss_mb)
log "BARE: RSS ${BARE_RSS} MB"
stop_domain

# ---------------------------------------------------------------------------------------------
# 3. APP: same domain, Skillfund deployed on a fresh H2 database
# ---------------------------------------------------------------------------------------------
# The DB lives under bench/target, so it is empty at every run: the time includes Flyway
# migrations and the catalogue import, as on a first start in production.
DB_URL="jdbc:h2:$WORK/db/skillfund;AUTO_SERVER=TRUE"
log "APP: starting domain $DOMAIN and deploying $(basename "$EAR")"
t0=$(now)
start_domain SKILLFUND_DB_URL="$DB_URL" SKILLFUND_DB_DATASOURCE=org.h2.jdbcx.JdbcDataSource
t_das=$(now)
APP_DAS=$(r1 "$(calc "$t_das - $t0")")
timeout "$WAIT_LIMIT" "$ASADMIN" --port "$ADMIN_PORT" deploy --name skillfund "$EAR" >"$LOGS/deploy.log" 2>&1 \
  || { cat "$LOGS/deploy.log" >&2; die "deploy failed or took over ${WAIT_LIMIT}s"; }
APP_DEPLOY=$(r1 "$(calc "$(now) - $t_das")")  # split: asadmin deploy (Flyway + import included)
wait_for_200 "$PING_URL"
t1=$(now)
APP_START=$(r1 "$(calc "$t1 - $t0")")
log "APP: $PING_URL answered 200 after ${APP_START}s"

code=$(curl -s -o /dev/null -w '%{http_code}' --max-time 30 "$SEARCH_URL" || true)
[ "$code" = 200 ] || die "catalogue search answered $code, not 200: $SEARCH_URL"

log "APP: $WARM_REQUESTS catalogue searches"
send_requests "$SEARCH_URL" "$WARM_REQUESTS"
APP_RSS=$(rss_mb)
log "APP: RSS ${APP_RSS} MB"

# ---------------------------------------------------------------------------------------------
# 4. THROUGHPUT: same server, app deployed
# ---------------------------------------------------------------------------------------------
log "TPUT: warming up ping and search, $WRK_WARMUP each"
wrk_rps warmup-ping "$PING_URL" "$WRK_WARMUP" >/dev/null
wrk_rps warmup-search "$SEARCH_URL" "$WRK_WARMUP" >/dev/null
log "TPUT: wrk -t2 -c16 -d$WRK_DURATION on ping"
PING_RPS=$(wrk_rps ping "$PING_URL" "$WRK_DURATION")
log "TPUT: wrk -t2 -c16 -d$WRK_DURATION on search"
SEARCH_RPS=$(wrk_rps search "$SEARCH_URL" "$WRK_DURATION")

# ---------------------------------------------------------------------------------------------
# 5. Stop and summarise
# ---------------------------------------------------------------------------------------------
stop_domain

RSS_DELTA=$(r1 "$(calc "$APP_RSS - $BARE_RSS")")
TIME_RATIO=$(r2 "$(calc "$APP_START / $BARE_START")")
TPUT_RATIO=$(r2 "$(calc "$SEARCH_RPS / $PING_RPS")")
verdict() { if is_true "$1"; then echo PASS; else echo FAIL; fi; }

{
  echo "Skillfund benchmark  $(date '+%Y-%m-%d %H:%M:%S')  ($(nproc) cores, Payara $(basename "$PAYARA_ZIP" .zip | sed 's/payara-//'), $(java -version 2>&1 | head -n 1))"
  # Load from other processes skews every figure on a small machine: print it with the results.
  echo "Load average at the end (1/5/15 min): $(cut -d' ' -f1-3 /proc/loadavg)"
  printf '%-34s %12s  %-10s %s\n' "Measure" "Value" "Goal" "Result"
  printf '%-34s %12s  %-10s %s\n' "----------------------------------" "------------" "----------" "------"
  printf '%-34s %10s s  %-10s\n' "BARE start (until / = 200)" "$BARE_START" ""
  printf '%-34s %10s s  %-10s\n' "  of which start-domain" "$BARE_DAS" ""
  printf '%-34s %9s MB  %-10s\n' "BARE RSS after $WARM_REQUESTS requests" "$BARE_RSS" ""
  printf '%-34s %10s s  %-10s\n' "APP start+deploy (until ping=200)" "$APP_START" ""
  printf '%-34s %10s s  %-10s\n' "  of which start-domain" "$APP_DAS" ""
  printf '%-34s %10s s  %-10s\n' "  of which deploy" "$APP_DEPLOY" ""
  printf '%-34s %9s MB  %-10s\n' "APP RSS after $WARM_REQUESTS searches" "$APP_RSS" ""
  printf '%-34s %9s MB  %-10s %s\n' "RSS delta app - bare" "$RSS_DELTA" "<= 200 MB" "$(verdict "$RSS_DELTA <= 200")"
  printf '%-34s %12s  %-10s %s\n' "Start time ratio app / bare" "$TIME_RATIO" "<= 1.5" "$(verdict "$TIME_RATIO <= 1.5")"
  printf '%-34s %8s rps  %-10s\n' "Throughput ping" "$(r1 "$PING_RPS")" ""
  printf '%-34s %8s rps  %-10s\n' "Throughput catalogue search" "$(r1 "$SEARCH_RPS")" ""
  printf '%-34s %12s  %-10s %s\n' "Throughput ratio search / ping" "$TPUT_RATIO" ">= 0.5" "$(verdict "$TPUT_RATIO >= 0.5")"
} | tee "$WORK/results.txt"
log "Results: $WORK/results.txt, wrk output and asadmin logs: $LOGS"
