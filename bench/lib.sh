#!/usr/bin/env bash
# Shared by the benchmark scripts (sourced, not run): helpers, a fresh Payara with its own domain
# on its own --portbase, start/stop of that domain, and HTTP helpers. The sourcing script sets
# WORK, LOGS, PAYARA_ZIP, EAR, DOMAIN, PORTBASE, WAIT_LIMIT, API_MAX_TIME and DEMO_PASSWORD first.
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
for tool in unzip curl wrk java awk sed; do
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
CHECKS_URL="$BASE_URL/skillfund/api/v1/eligibility/checks"
SYNTHETIC_URL="$BASE_URL/skillfund/api/v1/admin/synthetic-checks"
RULE_SETS_URL="$BASE_URL/skillfund/api/v1/rule-sets"

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

# wrk run into $LOGS/wrk-NAME.txt: wrk_run NAME CONNECTIONS DURATION URL [more wrk arguments].
# Non-2xx answers (wrk counts every status >= 400 there) or socket errors make the figures
# meaningless, so they fail the run.
wrk_run() {
  local name=$1 connections=$2 duration=$3 url=$4 out="$LOGS/wrk-$1.txt"
  shift 4
  wrk -t2 -c"$connections" -d"$duration" --latency "$@" "$url" >"$out" 2>&1 \
    || { cat "$out" >&2; die "wrk failed on $url"; }
  if grep -q -E 'Non-2xx|Socket errors' "$out"; then
    cat "$out" >&2
    die "wrk saw errors on $url (see $out)"
  fi
}

# Requests/sec of a finished wrk run, by name.
wrk_rps_of() {
  local out="$LOGS/wrk-$1.txt" rps
  rps=$(awk '/^Requests\/sec:/ { print $2 }' "$out")
  [ -n "$rps" ] || { cat "$out" >&2; die "no Requests/sec line in $out"; }
  echo "$rps"
}

# 99th percentile of a finished wrk --latency run in ms. wrk prints "99%  1.43ms" with the unit
# it finds readable: us, ms, s, m or h.
wrk_p99_ms_of() {
  local out="$LOGS/wrk-$1.txt" ms
  ms=$(awk '$1 == "99%" {
          v = $2; n = v; sub(/[a-z]+$/, "", n); u = substr(v, length(n) + 1)
          f = (u == "us") ? 0.001 : (u == "ms") ? 1 : (u == "s") ? 1000 : (u == "m") ? 60000 : (u == "h") ? 3600000 : -1
          if (n ~ /^[0-9]+(\.[0-9]+)?$/ && f > 0) printf "%.3f\n", n * f
          exit
        }' "$out")
  [ -n "$ms" ] || { cat "$out" >&2; die "no readable 99% latency line in $out"; }
  echo "$ms"
}

# The old one-call form for TPUT: 16 connections, prints Requests/sec.
wrk_rps() {
  wrk_run "$1" 16 "$3" "$2"
  wrk_rps_of "$1"
}

# One JSON call with curl: api_call METHOD URL USER BODY OUT prints "STATUS SECONDS" (curl's
# %{http_code} and %{time_total}, on one line for read; status 000 when curl got no answer) and
# leaves the answer body in OUT. USER is a demo user for HTTP Basic, or "" for none; BODY may be "".
api_call() {
  local method=$1 url=$2 user=$3 body=$4 out=$5
  local args=(-s -o "$out" -w '%{http_code} %{time_total}\n' --max-time "$API_MAX_TIME" -X "$method"
    -H 'Accept: application/json')
  [ -n "$user" ] && args+=(-u "$user:$DEMO_PASSWORD")
  [ -n "$body" ] && args+=(-H 'Content-Type: application/json' --data-binary "$body")
  curl "${args[@]}" "$url" || true
}

# Fail with the answer body unless the status is the expected one.
expect_status() {
  local what=$1 expected=$2 status=$3 out=$4
  [ "$status" = "$expected" ] && return 0
  printf '%s answered HTTP %s, expected %s. Body:\n' "$what" "$status" "$expected" >&2
  cat "$out" >&2 2>/dev/null || true
  echo >&2
  die "$what failed (HTTP $status)"
}

# A top-level field of a JSON object in FILE: python3 when installed (a list or object prints its
# size), sed otherwise (numbers and booleans only). Prints nothing when the field is missing.
if command -v python3 >/dev/null 2>&1; then
  json_field() {
    python3 -c 'import json, sys
v = json.load(open(sys.argv[1])).get(sys.argv[2])
if v is not None:
    print(len(v) if isinstance(v, (list, dict)) else str(v).lower() if isinstance(v, bool) else v)' "$1" "$2" 2>/dev/null || true
  }
else
  json_field() {
    tr -d '\n' <"$1" | sed -n 's/.*"'"$2"'"[[:space:]]*:[[:space:]]*\(-\{0,1\}[0-9][0-9.]*\|true\|false\)[^0-9.].*/\1/p'
  }
fi
