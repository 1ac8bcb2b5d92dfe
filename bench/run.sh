#!/usr/bin/env bash
# Skillfund start-up, memory and throughput benchmark on Payara Server 6.
#
# One run: unpacks a fresh Payara into bench/target, creates its own domain "bench" with
# --portbase 18000 (so it never touches the default ports or domain1, which the integration
# tests use), then measures
#   BARE  start time and idle RSS of the empty domain,
#   APP   start + deploy time and RSS with the Skillfund EAR on a fresh H2 database,
#   TPUT  wrk throughput of /api/v1/ping (no DB) and the catalogue search (DB query),
#   ELIG  wrk throughput and p99 latency of eligibility checks (POST, decided and stored)
#         against ping, both at 32 connections,
#   WHATIF  100,000 synthetic stored checks, then a what-if of a changed draft rule set over
#         all of them (skipped when the EAR has no synthetic-checks endpoint yet),
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
ELIG_CONNECTIONS=32                       # ELIG: ping and eligibility checks both at this many
PING32_WARMUP=10s                         # ping is already warm from TPUT, only the new concurrency
ELIG_WARMUP=30s                           # the check path (rules, JPA insert) needs the JIT as search does
WHATIF_CHECKS=100000                      # synthetic stored checks the what-if runs over
WHATIF_RUNS=3                             # timed what-if runs, after one warm-up run
API_MAX_TIME=600                          # curl limit for one generator or what-if call (s)
DEMO_PASSWORD=demo-pass-2026              # the demo users' password (skillfund.demo-data=true)

source "$BENCH_DIR/lib.sh"

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
# skillfund.synthetic-data.enabled opens the WHATIF phase's generator; the other phases don't use it.
start_domain SKILLFUND_DB_URL="$DB_URL" SKILLFUND_DB_DATASOURCE=org.h2.jdbcx.JdbcDataSource \
  SKILLFUND_SYNTHETIC_DATA_ENABLED=true
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
# 5. ELIG: eligibility checks against ping, same server, 32 connections
# ---------------------------------------------------------------------------------------------
# A check is decided by the rules of the version in force and stored with its trace, so this is
# the write path of the application. wrk rotates through a few learners (states, courses, ages,
# residency, employment; eligible and not), each thread from its own place in the list.
# The courses are real codes from ejb/src/main/resources/catalog/training-products.csv.
ELIG_BODIES=(
  '{"programCode":"JOBTRAINER","state":"VIC","courseCode":"CHC33021","courseStartDate":"2021-03-01","learner":{"dateOfBirth":"2000-05-01","residency":"CITIZEN","employmentStatus":"UNEMPLOYED","schoolStudent":false,"highestAqfLevelHeld":2}}'
  '{"programCode":"JOBTRAINER","state":"NSW","courseCode":"ICT30120","courseStartDate":"2021-11-15","learner":{"dateOfBirth":"1980-02-10","residency":"PERMANENT_RESIDENT","employmentStatus":"EMPLOYED","schoolStudent":false,"highestAqfLevelHeld":4}}'
  '{"programCode":"JOBTRAINER","state":"QLD","courseCode":"CHC43015","courseStartDate":"2022-02-01","learner":{"dateOfBirth":"2005-06-30","residency":"CITIZEN","employmentStatus":"EMPLOYED","schoolStudent":false}}'
  '{"programCode":"JOBTRAINER","state":"WA","courseCode":"BSB30120","courseStartDate":"2021-06-01","learner":{"dateOfBirth":"1994-12-01","residency":"CITIZEN","employmentStatus":"EMPLOYED","schoolStudent":false,"highestAqfLevelHeld":3}}'
  '{"programCode":"JOBTRAINER","state":"TAS","courseCode":"HLT33115","courseStartDate":"2021-04-12","learner":{"dateOfBirth":"1975-09-09","residency":"CITIZEN","employmentStatus":"UNDEREMPLOYED","schoolStudent":false,"highestAqfLevelHeld":2}}'
  '{"programCode":"JOBTRAINER","state":"NT","courseCode":"BSB30120","courseStartDate":"2021-08-02","learner":{"dateOfBirth":"2001-01-20","residency":"CITIZEN","employmentStatus":"UNEMPLOYED","schoolStudent":false}}'
  '{"programCode":"JOBTRAINER","state":"SA","courseCode":"SIT40521","courseStartDate":"2021-03-01","learner":{"dateOfBirth":"1999-07-14","residency":"TEMPORARY_VISA","employmentStatus":"EMPLOYED","schoolStudent":false,"highestAqfLevelHeld":1}}'
  '{"programCode":"JOBTRAINER","state":"ACT","courseCode":"CHC33021","courseStartDate":"2022-06-01","learner":{"dateOfBirth":"1990-03-03","residency":"NZ_CITIZEN","employmentStatus":"INCOME_SUPPORT","schoolStudent":false,"highestAqfLevelHeld":3}}'
)

# Each body once with curl first: it must answer 201, so a bad body fails here with the server's
# answer rather than as a wrk error count. Also tells how many of the learners are eligible.
log "ELIG: checking the ${#ELIG_BODIES[@]} request bodies once"
ELIG_ELIGIBLE=0
for body in "${ELIG_BODIES[@]}"; do
  read -r code _ < <(api_call POST "$CHECKS_URL" "" "$body" "$LOGS/check.json")
  expect_status "eligibility check $body" 201 "$code" "$LOGS/check.json"
  if [ "$(json_field "$LOGS/check.json" eligible)" = true ]; then ELIG_ELIGIBLE=$((ELIG_ELIGIBLE + 1)); fi
done
log "ELIG: $ELIG_ELIGIBLE of ${#ELIG_BODIES[@]} learners eligible"

# The wrk script: POST, the bodies above (JSON has no "]]", so Lua long strings hold them as they
# are), and a count of answers other than 201, which wrk itself would not report (it only counts
# statuses >= 400). The count is printed as "Non-201 responses: N" at the end.
ELIG_LUA="$WORK/eligibility.lua"
{
  echo '-- Written by bench/run.sh: eligibility checks for wrk, rotating through a few learners.'
  echo 'local bodies = {'
  for body in "${ELIG_BODIES[@]}"; do printf '  [[%s]],\n' "$body"; done
  cat <<'LUA'
}
local threads = {}

function setup(thread)
  thread:set("first", #threads)
  table.insert(threads, thread)
end

function init(args)
  requests = {}
  for i, body in ipairs(bodies) do
    requests[i] = wrk.format("POST", nil, { ["Content-Type"] = "application/json" }, body)
  end
  next_request = first or 0
  non201 = 0
end

function request()
  next_request = next_request + 1
  return requests[next_request % #requests + 1]
end

function response(status, headers, body)
  if status ~= 201 then
    non201 = non201 + 1
  end
end

function done(summary, latency, requests)
  local bad = 0
  for _, thread in ipairs(threads) do
    bad = bad + thread:get("non201")
  end
  io.write(string.format("Non-201 responses: %d\n", bad))
end
LUA
} >"$ELIG_LUA"

# wrk_run plus the check that every answer was 201.
wrk_checks() {
  local name=$1 duration=$2 out="$LOGS/wrk-$1.txt" bad
  wrk_run "$name" "$ELIG_CONNECTIONS" "$duration" "$CHECKS_URL" -s "$ELIG_LUA"
  bad=$(sed -n 's/^Non-201 responses: \([0-9]*\)$/\1/p' "$out")
  [ "$bad" = 0 ] || { cat "$out" >&2; die "wrk got ${bad:-an unknown number of} answers other than 201 from $CHECKS_URL"; }
}

log "ELIG: warming up ping for $PING32_WARMUP and eligibility checks for $ELIG_WARMUP, $ELIG_CONNECTIONS connections"
wrk_run warmup-ping32 "$ELIG_CONNECTIONS" "$PING32_WARMUP" "$PING_URL"
wrk_checks warmup-eligibility "$ELIG_WARMUP"
log "ELIG: wrk -t2 -c$ELIG_CONNECTIONS -d$WRK_DURATION on ping"
wrk_run ping32 "$ELIG_CONNECTIONS" "$WRK_DURATION" "$PING_URL"
PING32_RPS=$(wrk_rps_of ping32)
log "ELIG: wrk -t2 -c$ELIG_CONNECTIONS -d$WRK_DURATION on eligibility checks"
wrk_checks eligibility "$WRK_DURATION"
ELIG_RPS=$(wrk_rps_of eligibility)
ELIG_P99=$(wrk_p99_ms_of eligibility)
log "ELIG: ping ${PING32_RPS} rps, checks ${ELIG_RPS} rps, check p99 ${ELIG_P99} ms"

# ---------------------------------------------------------------------------------------------
# 6. WHATIF: a changed rule set over 100,000 stored checks
# ---------------------------------------------------------------------------------------------
# The admin generator stores synthetic checks (it answers only with
# skillfund.synthetic-data.enabled=true, set at start-domain above). A program manager then makes
# a draft of the JobTrainer rules with one parameter changed and asks what it would change over
# every stored check: the ELIG phase's checks are stored too, so "evaluated" is 100,000 plus those.
# An EAR from before these endpoints answers 404 on the generator: the phase is then skipped.
WHATIF_SKIPPED=""
log "WHATIF: generating $WHATIF_CHECKS synthetic checks"
read -r code secs < <(api_call POST "$SYNTHETIC_URL" admin "{\"count\":$WHATIF_CHECKS,\"seed\":42}" "$LOGS/synthetic.json")
if [ "$code" = 404 ]; then
  # The app's own 404 would mean the endpoint exists but refuses (is the setting reaching the
  # server?); only an EAR whose OpenAPI document does not know the path may skip.
  # (Not curl | grep -q: grep leaving early would fail the pipe under pipefail.)
  openapi=$(curl -s --max-time 30 "$BASE_URL/openapi" || true)
  if grep -q 'admin/synthetic-checks' <<<"$openapi"; then
    expect_status "synthetic checks (listed in /openapi: is skillfund.synthetic-data.enabled set?)" \
      201 "$code" "$LOGS/synthetic.json"
  fi
  grep -q 'eligibility/checks' <<<"$openapi" \
    || log "WHATIF: warning, $BASE_URL/openapi does not list the API either, so cannot confirm the endpoint is absent"
  WHATIF_SKIPPED="endpoint not in this EAR"
  log "WHATIF: skipped, $SYNTHETIC_URL answered 404 and /openapi does not list it"
else
  expect_status "synthetic checks" 201 "$code" "$LOGS/synthetic.json"
  created=$(json_field "$LOGS/synthetic.json" created)
  [ "$created" = "$WHATIF_CHECKS" ] \
    || { cat "$LOGS/synthetic.json" >&2; die "synthetic checks: created ${created:-?}, asked for $WHATIF_CHECKS"; }
  WHATIF_GEN=$(r1 "$secs")
  WHATIF_GEN_SERVER=$(r1 "$(calc "$(json_field "$LOGS/synthetic.json" millis) / 1000")")
  log "WHATIF: $created checks in ${WHATIF_GEN}s (server ${WHATIF_GEN_SERVER}s)"

  read -r code _ < <(api_call POST "$RULE_SETS_URL" manager \
    '{"programCode":"JOBTRAINER","basedOn":"JOBTRAINER-2020.1","version":"JOBTRAINER-BENCH.1","effectiveFrom":"2021-01-01","reason":"Benchmark what-if"}' \
    "$LOGS/draft.json")
  expect_status "draft rule set JOBTRAINER-BENCH.1" 201 "$code" "$LOGS/draft.json"
  read -r code _ < <(api_call PUT "$RULE_SETS_URL/JOBTRAINER-BENCH.1/parameters/age.max" manager \
    '{"value":"25","source":"Benchmark","reason":"Benchmark what-if"}' "$LOGS/parameter.json")
  expect_status "age.max of JOBTRAINER-BENCH.1" 200 "$code" "$LOGS/parameter.json"

  # One warm-up run, then the timed ones; client wall time, as a program manager waits for it.
  WHATIF_BEST="" WHATIF_WORST="" WHATIF_WORST_SERVER=""
  for run in $(seq 0 "$WHATIF_RUNS"); do
    out="$LOGS/what-if-$run.json"
    read -r code secs < <(api_call POST "$RULE_SETS_URL/JOBTRAINER-BENCH.1/what-if?scope=all" manager "" "$out")
    expect_status "what-if of JOBTRAINER-BENCH.1" 200 "$code" "$out"
    for field in evaluated millis gained lost; do
      [ -n "$(json_field "$out" "$field")" ] || { cat "$out" >&2; die "what-if answer has no \"$field\""; }
    done
    WHATIF_EVALUATED=$(json_field "$out" evaluated)
    [[ "$WHATIF_EVALUATED" =~ ^[0-9]+$ ]] || { cat "$out" >&2; die "what-if \"evaluated\" is not a count"; }
    WHATIF_GAINED=$(json_field "$out" gained)
    WHATIF_LOST=$(json_field "$out" lost)
    millis=$(json_field "$out" millis)
    if [ "$run" = 0 ]; then
      log "WHATIF: warm-up run ${secs}s (server ${millis} ms), $WHATIF_EVALUATED evaluated"
      continue
    fi
    log "WHATIF: run $run ${secs}s (server ${millis} ms), $WHATIF_EVALUATED evaluated, gained $WHATIF_GAINED, lost $WHATIF_LOST"
    if [ -z "$WHATIF_BEST" ] || is_true "$secs < $WHATIF_BEST"; then WHATIF_BEST=$secs; fi
    if [ -z "$WHATIF_WORST" ] || is_true "$secs > $WHATIF_WORST"; then
      WHATIF_WORST=$secs
      WHATIF_WORST_SERVER=$(r2 "$(calc "$millis / 1000")")
    fi
  done
  WHATIF_BEST=$(r2 "$WHATIF_BEST")
  WHATIF_WORST=$(r2 "$WHATIF_WORST")
fi

# ---------------------------------------------------------------------------------------------
# 7. Stop and summarise
# ---------------------------------------------------------------------------------------------
stop_domain

RSS_DELTA=$(r1 "$(calc "$APP_RSS - $BARE_RSS")")
TIME_RATIO=$(r2 "$(calc "$APP_START / $BARE_START")")
TPUT_RATIO=$(r2 "$(calc "$SEARCH_RPS / $PING_RPS")")
ELIG_RATIO=$(r2 "$(calc "$ELIG_RPS / $PING32_RPS")")
ELIG_P99=$(r1 "$ELIG_P99")
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
  printf '%-34s %8s rps  %-10s\n' "ELIG ping, $ELIG_CONNECTIONS connections" "$(r1 "$PING32_RPS")" ""
  printf '%-34s %8s rps  %-10s\n' "ELIG checks, $ELIG_CONNECTIONS connections" "$(r1 "$ELIG_RPS")" ""
  printf '%-34s %12s  %-10s %s\n' "ELIG ratio checks / ping" "$ELIG_RATIO" ">= 0.5" "$(verdict "$ELIG_RATIO >= 0.5")"
  printf '%-34s %9s ms  %-10s %s\n' "ELIG check p99 latency" "$ELIG_P99" "< 50 ms" "$(verdict "$ELIG_P99 < 50")"
  if [ -n "$WHATIF_SKIPPED" ]; then
    echo "WHATIF  skipped: $WHATIF_SKIPPED"
  else
    printf '%-34s %10s s  %-10s\n' "WHATIF generate $((WHATIF_CHECKS / 1000))k checks" "$WHATIF_GEN" ""
    printf '%-34s %10s s  %-10s\n' "  of which server" "$WHATIF_GEN_SERVER" ""
    printf '%-34s %12s  %-10s %s\n' "WHATIF checks evaluated" "$WHATIF_EVALUATED" ">= $WHATIF_CHECKS" "$(verdict "$WHATIF_EVALUATED >= $WHATIF_CHECKS")"
    printf '%-34s %12s  %-10s\n' "  gained / lost (age.max 24 -> 25)" "$WHATIF_GAINED / $WHATIF_LOST" ""
    printf '%-34s %10s s  %-10s\n' "WHATIF best of $WHATIF_RUNS (client wall)" "$WHATIF_BEST" ""
    printf '%-34s %10s s  %-10s %s\n' "WHATIF worst of $WHATIF_RUNS (client wall)" "$WHATIF_WORST" "<= 5 s" "$(verdict "$WHATIF_WORST <= 5")"
    printf '%-34s %10s s  %-10s\n' "  of which server (worst run)" "$WHATIF_WORST_SERVER" ""
  fi
} | tee "$WORK/results.txt"
log "Results: $WORK/results.txt, wrk output and asadmin logs: $LOGS"
