#!/usr/bin/env bash
# Reliability of the Payara Micro cluster (micro/cluster.sh), outside the unit-test run.
#
#   bench/reliability.sh [throughput] [failover] [r1] [r2] [r3] [r4] [r5] [pg-restart]  (none: all)
#
# throughput  the same run measures both instances behind HAProxy, then one (the other stopped):
#             wrk at TP_CLIENTS (32) connections for TP_SECONDS (20) on the anonymous eligibility
#             check and on enrolments of fresh learners into one hot allocation as provider-a
#             (set up by bench/approvals.py --mode allocation), after a warm-up of each; then
#             pgbench's capped UPDATE ... WHERE remaining >= n at the same concurrency. Prints
#             req/s, p99, the two/one ratios and enrolments / pgbench; the SQL of the allocation
#             (places_used = enrolment rows = ledger starts) must agree
#
# failover    a page session signed in through the load balancer keeps working after its
#             instance is killed (kill -9); the instance restarts and rejoins the data grid
# r1          bench/reliability_money.py: 50 clients through the load balancer approve one-place
#             applications against one program budget that fits only some, and enrol distinct
#             learners into one allocation with fewer places than learners → SQL proves
#             sum(allocation) = committed (budget and provider) <= budget, enrolments = places_used
#             <= places, the ledger (funded_start) agrees, and nothing is half-written
# r2          the same load (bigger) with kill -9 of one instance (R2_KILL, default 1) when 30 %
#             of the requests have started → the other keeps serving; every acknowledged write is
#             in the database; the instance restarts and rejoins; the audit chain verifies
# r3          load through the load balancer; pg_terminate_backend on every connection of the
#             application (application_name skillfund-micro-N, nobody else's) → the failed
#             requests are 503 application/problem+json without a stack trace and the pools
#             recover by themselves within 5 s
# r4          bench/reliability_fuzz.py walks the OpenAPI document and sends malformed and hostile
#             input to every operation, anonymously and as provider-a → zero 5xx,
#             every refusal 4xx problem+json; table row counts before and after are compared
# r5          bench/reliability_access.py: every operation (the OpenAPI document's plus those it
#             loses) anonymously and as every demo user with provider B's ids → the allow table
#             equals the expected one kept in the script (zero unexpected allows), provider A never
#             gets a 409 on or sees B's ids
# pg-restart  the same load with one PostgreSQL restart in the middle. PostgreSQL is shared with
#             everyone's integration tests on this machine, so this part waits for and holds
#             the shared lock /tmp/skillfund-it.lock while it runs
#
# Starts its own cluster on a fresh schema skillfund_micro and stops it at the end. Results in
# bench/target/reliability/ (summary.txt, one request log per phase). Needs python3, psql, curl.
set -euo pipefail
cd "$(dirname "$0")/.."
REPO=$PWD
OUT=$REPO/bench/target/reliability
CLUSTER=$REPO/micro/cluster.sh
LB=http://127.0.0.1:28080/skillfund
PHASES=("$@")
[ ${#PHASES[@]} -gt 0 ] || PHASES=(throughput failover r1 r2 r3 r4 r5 pg-restart)
RECOVERY_GOAL=5

rm -rf "$OUT"
mkdir -p "$OUT"
SUMMARY=$OUT/summary.txt
: >"$SUMMARY"
FAILED=0

result() { # name value goal pass
  printf '%-44s %-14s %-12s %s\n' "$1" "$2" "$3" "$4" | tee -a "$SUMMARY"
  [ "$4" != FAIL ] || FAILED=1
}

now() { date +%s.%N; }
since() { awk -v a="$1" -v b="$(now)" 'BEGIN { printf "%.2f", b - a }'; }

stop_cluster() { "$CLUSTER" stop || true; }
trap stop_cluster EXIT

"$CLUSTER" stop
MICRO_FRESH=1 "$CLUSTER" start | tee "$OUT/cluster-start.txt"
grep -o 'instance [12] ready after [0-9]* s' "$OUT/cluster-start.txt" | while read -r _ n _ _ s _; do
  result "cluster start: instance $n ready" "$s s" "" ""
done

# ---------------------------------------------------------------------------------------------
# throughput: one instance vs two, same run
# ---------------------------------------------------------------------------------------------
TP_CLIENTS=${TP_CLIENTS:-32}
TP_SECONDS=${TP_SECONDS:-20}
TP_WARMUP=${TP_WARMUP:-20}
PSQL_MICRO=(psql -X -q -At -v ON_ERROR_STOP=1 -h 127.0.0.1 -U postgres -d test)

# requests answered by each server so far, from HAProxy's statistics: "micro-1=N micro-2=M"
lb_requests() {
  curl -s 'http://127.0.0.1:28088/stats;csv' | awk -F, '$1 == "micro" && $2 ~ /^micro-/ { printf "%s=%s ", $2, $8 }'
}

# CPU time each instance's JVM has used so far (user + system, clock ticks): "micro-1=N micro-2=M"
cpu_ticks() {
  local n pid
  for n in 1 2; do
    pid=$(cat "$REPO/micro/target/cluster/micro-$n.pid" 2>/dev/null) || continue
    [ -r "/proc/$pid/stat" ] && printf 'micro-%s=%s ' "$n" "$(awk '{ print $14 + $15 }' "/proc/$pid/stat")"
  done
}

# tp_wrk label mode run-character seconds: one wrk run through HAProxy; prints "req/s p99-ms bad"
tp_wrk() {
  local label=$1 mode=$2 run=$3 seconds=$4 path out
  path=$([ "$mode" = eligibility ] && echo api/v1/eligibility/checks || echo api/v1/enrolments)
  out=$OUT/throughput-$label-$mode.txt
  echo "before: $(lb_requests)" >"$out"
  echo "cpu before: $(cpu_ticks)" >>"$out"
  TP_MODE=$mode TP_RUN=$run wrk -t2 -c"$TP_CLIENTS" -d"${seconds}s" --timeout 30s --latency \
    -s "$REPO/bench/throughput.lua" "$LB/$path" >>"$out" 2>&1
  echo "cpu after: $(cpu_ticks)" >>"$out"
  echo "after: $(lb_requests)" >>"$out"
  local rps p99 bad errors
  rps=$(sed -n 's/^Requests\/sec: *\([0-9.]*\).*/\1/p' "$out")
  p99=$(sed -n 's/^p99 us: *\([0-9]*\).*/\1/p' "$out")
  bad=$(sed -n 's/^Unexpected responses: *\([0-9]*\).*/\1/p' "$out")
  errors=$(awk '/Socket errors:/ { gsub(/[^0-9 ]/, ""); print $1 + $2 + $3 + $4 }' "$out")
  echo "${rps:-0} $(awk -v u="${p99:-0}" 'BEGIN { printf "%.1f", u / 1000 }') $((${bad:-1} + ${errors:-0}))"
}

# "micro-1 +N (C ms CPU each) ...": what each server answered during one wrk run and the CPU its
# JVM used per answer (everything the JVM did, JIT and GC included), from the run's file
tp_split() {
  awk -v hz="$(getconf CLK_TCK)" '
    function pairs(prefix, into,   i, kv) { for (i = prefix; i <= NF; i++) { split($i, kv, "="); into[kv[1]] = kv[2] } }
    /^before:/ { pairs(2, b) } /^after:/ { pairs(2, a) } /^cpu before:/ { pairs(3, cb) } /^cpu after:/ { pairs(3, ca) }
    END { for (s in a) { n = a[s] - b[s]; printf "%s +%d", s, n
            if (n > 0 && (s in ca) && (s in cb)) printf " (%.1f ms CPU each)", (ca[s] - cb[s]) * 1000 / hz / n
            printf "  " } }' "$1"
}

throughput() {
  echo "== Throughput: two instances, then one, behind HAProxy (load generator on the same $(nproc) cores)"
  local alloc=$OUT/throughput-allocation.json
  # one allocation for every enrolment of the phase: 100,000 places (the most one application
  # line may ask for) at 10 cents each, so that many fit within delegate-2's delegation limit
  python3 "$REPO/bench/approvals.py" --base "$LB" --mode allocation --places 100000 --price-cents 10 >"$alloc"
  local field
  field() { python3 -c "import json,sys; print(json.load(open(sys.argv[2]))[sys.argv[1]])" "$1" "$alloc"; }
  export TP_ALLOCATION TP_START TP_DOB TP_AUTH
  TP_ALLOCATION=$(field allocation)
  TP_START=$(field startDate)
  TP_DOB=$(field dateOfBirth)
  TP_AUTH=$(printf 'provider-a:demo-pass-2026' | base64)
  declare -A rps p99 bad
  local key
  measure() { # label run-character-eligibility run-character-enrolment
    for mode in eligibility enrolment; do
      read -r "rps[$1-$mode]" "p99[$1-$mode]" "bad[$1-$mode]" < <(tp_wrk "$1" "$mode" "$([ $mode = eligibility ] && echo "$2" || echo "$3")" "$TP_SECONDS")
      key=$1-$mode
      result "throughput: $1, $mode req/s (p99)" "${rps[$key]} (${p99[$key]} ms)" "" ""
      result "throughput: $1, $mode answered by" "$(tp_split "$OUT/throughput-$1-$mode.txt")" "" ""
      result "throughput: $1, $mode not 201 or timed out" "${bad[$key]}" "0" "$([ "${bad[$key]}" = 0 ] && echo PASS || echo FAIL)"
    done
  }
  warm() { # run characters
    tp_wrk warmup-$1 eligibility "$1" "$TP_WARMUP" >/dev/null
    tp_wrk warmup-$2 enrolment "$2" "$TP_WARMUP" >/dev/null
  }
  # both first, then one: the instances are equally fresh when both are measured, and the one
  # measured alone is the warmer for it. (Measuring one first and then restarting the other
  # compared a JIT-warm instance with a cold one.)
  warm A B
  result "throughput: load average before two" "$(cut -d' ' -f1-3 /proc/loadavg)" "" ""
  measure two C D
  "$CLUSTER" stop-instance 2
  sleep 4 # HAProxy's health check (inter 1s, fall 2) takes micro-2 out of rotation
  result "throughput: load average before one" "$(cut -d' ' -f1-3 /proc/loadavg)" "" ""
  measure one E F
  # the bare database figure, same run, before micro-2 starts again: pgbench's capped
  # conditional update on one hot row
  "${PSQL_MICRO[@]}" -c "DROP TABLE IF EXISTS skillfund_micro.bench_budget;
    CREATE TABLE skillfund_micro.bench_budget (id INTEGER PRIMARY KEY, remaining BIGINT NOT NULL);
    INSERT INTO skillfund_micro.bench_budget VALUES (1, 1000000000000000);"
  echo 'UPDATE skillfund_micro.bench_budget SET remaining = remaining - 500000 WHERE id = 1 AND remaining >= 500000 RETURNING remaining;' >"$OUT/capped-update.sql"
  pgbench -n -h 127.0.0.1 -U postgres -c "$TP_CLIENTS" -j 2 -T "$TP_SECONDS" -f "$OUT/capped-update.sql" test >"$OUT/throughput-pgbench.txt" 2>&1
  "${PSQL_MICRO[@]}" -c "DROP TABLE skillfund_micro.bench_budget"
  local tps
  tps=$(sed -n 's/^tps = \([0-9.]*\).*/\1/p' "$OUT/throughput-pgbench.txt" | head -n 1)
  result "throughput: pgbench capped update tps" "${tps:-?}" "" ""
  local t0
  t0=$(now)
  "$CLUSTER" start-instance 2 # the next phases want both
  result "throughput: micro-2 restarted and ready" "$(since "$t0") s" "" ""
  sleep 3 # back in rotation (rise 2)

  local ratio
  ratio() { awk -v a="$1" -v b="$2" 'BEGIN { printf "%.2f", (b > 0) ? a / b : 0 }'; }
  local r
  r=$(ratio "${rps[two-eligibility]}" "${rps[one-eligibility]}")
  result "throughput: eligibility two / one" "$r" ">= 1.6" "$(awk -v r="$r" 'BEGIN { print (r >= 1.6) ? "PASS" : "FAIL" }')"
  result "throughput: enrolments two / one" "$(ratio "${rps[two-enrolment]}" "${rps[one-enrolment]}")" "" ""
  result "throughput: enrolments one / pgbench" "$(ratio "${rps[one-enrolment]}" "${tps:-0}")" "" ""
  r=$(ratio "${rps[two-enrolment]}" "${tps:-0}")
  result "throughput: enrolments two / pgbench" "$r" ">= 0.5" "$(awk -v r="$r" 'BEGIN { print (r >= 0.5) ? "PASS" : "FAIL" }')"
  local used rows ledger
  read -r used rows ledger < <("${PSQL_MICRO[@]}" -F ' ' -c "SET search_path = skillfund_micro;
    SELECT (SELECT places_used FROM allocation WHERE id = '$TP_ALLOCATION'),
           (SELECT COUNT(*) FROM enrolment WHERE allocation_id = '$TP_ALLOCATION' AND status <> 'WITHDRAWN'),
           (SELECT COUNT(*) FROM enrolment e JOIN funded_start f ON f.id = e.ledger_entry_id
             WHERE e.allocation_id = '$TP_ALLOCATION')")
  result "throughput: places_used = enrolments = ledger" "$used = $rows = $ledger" "equal" "$([ "$used" = "$rows" ] && [ "$rows" = "$ledger" ] && echo PASS || echo FAIL)"
}

sign_in() { # jar user password continue
  local page vs nonce
  page=$(curl -s -c "$1" -b "$1" "$LB/login?continue=$4")
  vs=$(echo "$page" | grep -o 'name="jakarta.faces.ViewState"[^>]*value="[^"]*"' | head -n 1 | sed 's/.*value="//;s/"$//')
  nonce=$(echo "$page" | grep -o "PrimeFaces.csp.init('[^']*')" | head -n 1 | sed "s/.*init('//;s/')//")
  curl -s -o /dev/null -w '%{http_code}' -c "$1" -b "$1" --data-urlencode "primefaces.nonce=$nonce" \
    --data-urlencode "login=login" --data-urlencode "login:username=$2" \
    --data-urlencode "login:password=$3" --data-urlencode "login:submit=Sign in" \
    --data-urlencode "jakarta.faces.ViewState=$vs" "$LB/login?continue=$4"
}

page_heading() { # jar path -> "status heading"
  local body status
  body=$(curl -s -w '\n%{http_code}' -b "$1" -c "$1" "$LB$2")
  status=$(echo "$body" | tail -n 1)
  echo "$status $(echo "$body" | grep -o '<h1>[^<]*</h1>' | head -n 1 | sed 's/<[^>]*>//g')"
}

verify_postback() { # jar view-state csp-nonce -> 0 when "verify the chain" answered on that view
  curl -s -b "$1" -c "$1" -H 'Faces-Request: partial/ajax' --data-urlencode "primefaces.nonce=$3" \
    --data-urlencode 'jakarta.faces.partial.ajax=true' --data-urlencode 'jakarta.faces.source=audit:verify' \
    --data-urlencode 'jakarta.faces.partial.execute=audit:verify' \
    --data-urlencode 'jakarta.faces.partial.render=audit:verification' \
    --data-urlencode 'audit:verify=audit:verify' --data-urlencode 'audit=audit' \
    --data-urlencode "jakarta.faces.ViewState=$2" "$LB/audit" >"$OUT/postback.xml"
  grep -q 'notice ok' "$OUT/postback.xml" && ! grep -q '<error>' "$OUT/postback.xml"
}

failover() {
  echo "== session failover"
  local jar=$OUT/failover.cookies node n t0 answer took
  rm -f "$jar"
  [ "$(sign_in "$jar" auditor demo-pass-2026 /audit)" = 302 ] || { result "failover: sign-in" "refused" "302" FAIL; return; }
  answer=$(page_heading "$jar" /audit)
  local html view nonce
  html=$(curl -s -b "$jar" -c "$jar" "$LB/audit")
  view=$(echo "$html" | grep -o 'name="jakarta.faces.ViewState"[^>]*value="[^"]*"' | head -n 1 | sed 's/.*value="//;s/"$//')
  nonce=$(echo "$html" | grep -o "PrimeFaces.csp.init('[^']*')" | head -n 1 | sed "s/.*init('//;s/')//")
  node=$(awk '$6 == "SFNODE" { print $7 }' "$jar")
  n=${node#m}
  result "failover: signed in, /audit before the kill" "$answer" "200 Audit trail" "$([ "$answer" = "200 Audit trail" ] && echo PASS || echo FAIL)"
  t0=$(now)
  "$CLUSTER" kill "$n"
  answer=$(page_heading "$jar" /audit)
  took=$(since "$t0")
  result "failover: /audit after kill -9 of micro-$n" "$answer" "200 Audit trail" "$([ "$answer" = "200 Audit trail" ] && echo PASS || echo FAIL)"
  result "failover: first answer after the kill" "$took s" "" ""
  if verify_postback "$jar" "$view" "$nonce"; then
    result "failover: ajax postback on the view opened before" "chain valid" "answered" PASS
  else
    result "failover: ajax postback on the view opened before" "$(head -c 120 "$OUT/postback.xml")" "answered" FAIL
  fi
  answer=$(page_heading "$jar" /providers)
  result "failover: another page (/providers), same session" "${answer%% *}" "200" "$([ "${answer%% *}" = 200 ] && echo PASS || echo FAIL)"
  result "failover: now served by" "$(awk '$6 == "SFNODE" { print $7 }' "$jar")" "not $node" "$([ "$(awk '$6 == "SFNODE" { print $7 }' "$jar")" != "$node" ] && echo PASS || echo FAIL)"
  t0=$(now)
  "$CLUSTER" start-instance "$n"
  took=$(since "$t0")
  local size
  size=$(grep -o 'DG Size: [0-9]*' "$REPO/micro/target/cluster/micro-$n.log" | tail -n 1 | sed 's/DG Size: //')
  result "failover: micro-$n restarted and ready" "$took s" "" ""
  result "failover: data grid size after rejoin" "$size" "2" "$([ "$size" = 2 ] && echo PASS || echo FAIL)"
}

load_with_fault() { # name fault-command
  local name=$1 fault=$2 summary
  summary=$(python3 "$REPO/bench/reliability_load.py" --url "$LB/" --clients 8 --duration 30 \
    --fault-at 10 --fault "$fault" --log "$OUT/$name-requests.log")
  echo "$summary" >"$OUT/$name.json"
  echo "$summary"
  local get
  get() { python3 -c "import json,sys; print(json.load(sys.stdin)[sys.argv[1]])" "$1" <<<"$summary"; }
  result "$name: requests (ok / failed)" "$(get ok) / $(get failures)" "" ""
  result "$name: failures by status" "$(get failures_by_status | tr -d ' ')" "" ""
  result "$name: failures not 503 problem+json" "$(get failures_not_503_problem_json)" "0" "$([ "$(get failures_not_503_problem_json)" = 0 ] && echo PASS || echo FAIL)"
  local recovery
  recovery=$(get recovery_s)
  result "$name: recovery (last failure after fault)" "$recovery s" "<= $RECOVERY_GOAL s" "$(awk -v r="$recovery" -v g="$RECOVERY_GOAL" 'BEGIN { print (r <= g) ? "PASS" : "FAIL" }')"
  result "$name: longest stall (no answer) after fault" "$(get longest_stall_after_fault_s) s" "" ""
  result "$name: slowest answer" "$(get slowest_answer_s) s" "" ""
  result "$name: throughput before / after fault" "$(get throughput_before_rps) / $(get throughput_after_rps)" "req/s" ""
  for port in 28081 28082; do
    local ready
    ready=$(curl -s -o /dev/null -w '%{http_code}' "http://127.0.0.1:$port/health/ready")
    result "$name: instance $port /health/ready after" "$ready" "200" "$([ "$ready" = 200 ] && echo PASS || echo FAIL)"
  done
}

terminate_backends() {
  # only the cluster's own connections: application_name skillfund-micro-1 / -2
  echo "psql -X -At -h 127.0.0.1 -U postgres -d test -c \"SELECT count(pg_terminate_backend(pid)) FROM pg_stat_activity WHERE application_name LIKE 'skillfund-micro-%'\""
}

r3() {
  echo "== R3: pg_terminate_backend on the application's connections during load"
  local before
  before=$(psql -X -At -h 127.0.0.1 -U postgres -d test -c "SELECT count(*) FROM pg_stat_activity WHERE application_name LIKE 'skillfund-micro-%'")
  result "r3: application connections before" "$before" "" ""
  load_with_fault r3 "$(terminate_backends)"
  result "r3: connections terminated" "$(python3 -c "import json; print(json.load(open('$OUT/r3.json'))['fault_output'])")" "" ""
}

row_counts() {
  psql -X -At -h 127.0.0.1 -U postgres -d test -c "SELECT table_name || ' ' || (xpath('/row/c/text()', query_to_xml(format('SELECT count(*) AS c FROM %I.%I', table_schema, table_name), false, true, '')))[1]::text FROM information_schema.tables WHERE table_schema = 'skillfund_micro' AND table_type = 'BASE TABLE' ORDER BY 1"
}

operations() { # OpenAPI document -> number of operations
  python3 -c 'import json, sys
print(sum(1 for p in json.load(open(sys.argv[1]))["paths"].values() for m in p if m in ("get", "put", "post", "delete", "patch")))' "$1" 2>/dev/null || echo 0
}

r4() {
  echo "== R4: malformed and hostile input to every OpenAPI operation"
  # each instance's first /openapi after its start answers 500 (Payara Micro's OpenAPI walker),
  # later ones a partial document: ask until the answer is JSON. R4_OPENAPI names a complete
  # document (bench/openapi-server.sh: the same EAR on Payara Server) to fuzz instead.
  local try doc=$OUT/openapi.json
  for try in 1 2 3 4 5 6; do
    python3 -c "import json; json.load(open('$OUT/openapi.json'))" 2>/dev/null && break
    curl -s -H 'Accept: application/json' http://127.0.0.1:28080/openapi -o "$OUT/openapi.json"
  done
  if [ -n "${R4_OPENAPI:-}" ]; then
    cp "$R4_OPENAPI" "$OUT/openapi-r4.json"
    doc=$OUT/openapi-r4.json
  fi
  result "r4: operations fuzzed (Micro's own document)" "$(operations "$doc") ($(operations "$OUT/openapi.json"))" "" ""
  row_counts >"$OUT/r4-rows-before.txt"
  local t0 summary
  t0=$(now)
  summary=$(python3 "$REPO/bench/reliability_fuzz.py" --url "$LB/" --openapi "$doc" \
    --users ",provider-a" --log "$OUT/r4-requests.log")
  echo "$summary" >"$OUT/r4.json"
  row_counts >"$OUT/r4-rows-after.txt"
  local get
  get() { python3 -c "import json,sys; print(json.load(sys.stdin)[sys.argv[1]])" "$1" <<<"$summary"; }
  result "r4: requests (time)" "$(get requests) ($(since "$t0") s)" "" ""
  result "r4: answers by status" "$(get by_status | tr -d ' ')" "" ""
  result "r4: 5xx or no answer" "$(get server_errors)" "0" "$([ "$(get server_errors)" = 0 ] && echo PASS || echo FAIL)"
  result "r4: 4xx not problem+json (application)" "$(get wrong)" "0" "$([ "$(get wrong)" = 0 ] && echo PASS || echo FAIL)"
  result "r4: refused by the container (%2F, %00)" "$(get refused_by_container)" "" ""
  local accepted changed
  accepted=$(get accepted_writes)
  result "r4: accepted writes (2xx)" "$accepted" "" ""
  [ "$accepted" = 0 ] || python3 -c "import json,sys; [print('   ', w) for w in json.load(sys.stdin)['accepted_write_examples']]" <<<"$summary" | tee -a "$SUMMARY"
  changed=$(diff "$OUT/r4-rows-before.txt" "$OUT/r4-rows-after.txt" | grep '^>' | sed 's/^> //' | tr '\n' ',' || true)
  # refused requests must leave the database as it was: a table may change only through an
  # accepted write (listed above)
  result "r4: tables whose row count changed" "${changed:-none}" "none" \
    "$([ -z "$changed" ] && echo PASS || { [ "$accepted" != 0 ] && echo "see accepted" || echo FAIL; })"
}

# R1/R2: bench/reliability_money.py (setup, load, acknowledged-write log, SQL checks)
money_load() { # name extra-args...
  local name=$1 summary
  shift
  summary=$(python3 "$REPO/bench/reliability_money.py" --url "$LB/" --clients 50 --log "$OUT/$name-requests.log" "$@")
  echo "$summary" >"$OUT/$name.json"
  echo "$summary"
  local get
  get() { python3 -c "import json,sys; v=json.load(sys.stdin)[sys.argv[1]]; print(json.dumps(v, separators=(',', ':')) if isinstance(v, (dict, list)) else v)" "$1" <<<"$summary"; }
  result "$name: setup / load time" "$(get setup_s) / $(get load_s) s" "" ""
  result "$name: requests, throughput" "$(get requests), $(get throughput_rps) req/s" "" ""
  result "$name: latency p50 / p99" "$(get p50_ms) / $(get p99_ms) ms" "" ""
  result "$name: answers" "$(get answers | tr -d '"{}')" "" ""
  result "$name: approved (DB) / budget fits" "$(get approved_db) / $(get fit)" "equal" "$([ "$(get approved_db)" = "$(get fit)" ] && echo PASS || echo FAIL)"
  result "$name: sum(allocation) = committed = provider" "$(get sum_allocation_cents)=$(get committed_cents)=$(get provider_committed_cents)" "<= $(get budget_cents)" "$(python3 -c "import json,sys; d=json.load(sys.stdin); print('PASS' if d['sum_allocation_cents'] == d['committed_cents'] == d['provider_committed_cents'] <= d['budget_cents'] else 'FAIL')" <<<"$summary")"
  result "$name: enrolments (DB) / places_used / places" "$(get enrolments_db) / $(get places_used) / $(get places)" "e = u <= p" "$(python3 -c "import json,sys; d=json.load(sys.stdin); print('PASS' if d['enrolments_db'] == d['places_used'] <= d['places'] else 'FAIL')" <<<"$summary")"
  result "$name: ledger rows (enrolments / learners tried)" "$(get ledger_rows) / $(get ledger_rows_of_learners_tried)" "= places_used" "$([ "$(get ledger_rows)" = "$(get places_used)" ] && [ "$(get ledger_rows_of_learners_tried)" = "$(get places_used)" ] && echo PASS || echo FAIL)"
  result "$name: acked approvals / enrolments" "$(get acked_approvals) / $(get acked_enrolments)" "all in DB" ""
  result "$name: in DB but not acked (approvals / enrolments)" "$(get unacked_but_approved) / $(get unacked_but_enrolled)" "" ""
  local failed
  failed=$(get checks_failed)
  result "$name: SQL checks failed" "$failed" "[]" "$([ "$failed" = "[]" ] && echo PASS || echo FAIL)"
}

r1() {
  echo "== R1: 50 clients approve against one budget and enrol into one allocation"
  money_load r1 --applications 80 --fit 30 --places 40 --enrolments 100
  local unexpected
  unexpected=$(python3 -c "import json; print(json.load(open('$OUT/r1.json'))['unexpected_answers'])")
  result "r1: answers other than 200/201/409" "$unexpected" "0" "$([ "$unexpected" = 0 ] && echo PASS || echo FAIL)"
}

r2() {
  local n=${R2_KILL:-1}
  echo "== R2: the same load, kill -9 of micro-$n in the middle"
  money_load r2 --applications 200 --fit 80 --places 150 --enrolments 400 --kill-after 0.3 \
    --kill "$CLUSTER kill $n"
  local get
  get() { python3 -c "import json,sys; print(json.load(open(sys.argv[2]))[sys.argv[1]])" "$1" "$OUT/r2.json"; }
  result "r2: killed micro-$n at" "$(python3 -c "import json; print(round(json.load(open('$OUT/r2.json'))['kill']['at'], 2))") s" "" ""
  result "r2: first 2xx started after the kill, answered at" "+$(get first_2xx_after_kill_s) s" "" ""
  result "r2: failed answers after the kill" "$(get failed_after_kill)" "" ""
  result "r2: recovery (last failure after the kill)" "$(get recovery_s) s" "<= $RECOVERY_GOAL s" "$(awk -v r="$(get recovery_s)" -v g="$RECOVERY_GOAL" 'BEGIN { print (r <= g) ? "PASS" : "FAIL" }')"
  result "r2: 2xx answers after the kill" "$(get ok_after_kill)" "> 0" "$([ "$(get ok_after_kill)" -gt 0 ] && echo PASS || echo FAIL)"
  local other=$((3 - n)) ready
  ready=$(curl -s -o /dev/null -w '%{http_code}' "http://127.0.0.1:$((28080 + other))/health/ready")
  result "r2: micro-$other /health/ready after the load" "$ready" "200" "$([ "$ready" = 200 ] && echo PASS || echo FAIL)"
  local t0 took size
  t0=$(now)
  "$CLUSTER" start-instance "$n"
  took=$(since "$t0")
  size=$(grep -o 'DG Size: [0-9]*' "$REPO/micro/target/cluster/micro-$n.log" | tail -n 1 | sed 's/DG Size: //')
  result "r2: micro-$n restarted and ready" "$took s" "" ""
  result "r2: data grid size after rejoin" "$size" "2" "$([ "$size" = 2 ] && echo PASS || echo FAIL)"
  local verify
  verify=$(curl -s -u auditor:demo-pass-2026 -H 'Accept: application/json' "$LB/api/v1/audit/verify")
  result "r2: audit chain (GET /api/v1/audit/verify)" "$(echo "$verify" | tr -d ' ' | head -c 60)" "valid" "$(echo "$verify" | grep -q '"valid":true' && echo PASS || echo FAIL)"
}

r5() {
  echo "== R5: access matrix, every operation anonymously and as every demo user, provider B's ids"
  # each instance's first /openapi after its start answers 500 (Payara's OpenAPI walker), later
  # ones a partial document: ask until the answer is JSON
  local try
  for try in 1 2 3 4 5 6; do
    python3 -c "import json; json.load(open('$OUT/openapi.json'))" 2>/dev/null && break
    curl -s -H 'Accept: application/json' http://127.0.0.1:28080/openapi -o "$OUT/openapi.json"
  done
  local summary
  summary=$(python3 "$REPO/bench/reliability_access.py" --url "$LB/" --openapi "$OUT/openapi.json" \
    --table "$OUT/r5-table.txt" --log "$OUT/r5-requests.log")
  echo "$summary" >"$OUT/r5.json"
  local get
  get() { python3 -c "import json,sys; v=json.load(sys.stdin)[sys.argv[1]]; print(len(v) if isinstance(v, list) else v)" "$1" <<<"$summary"; }
  result "r5: operations (documented + lost by OpenAPI)" "$(get operations) ($(get documented) + $(get extra_undocumented))" "" ""
  result "r5: requests / answered 2xx" "$(get requests) / $(get allowed)" "" ""
  result "r5: unexpected allows" "$(get unexpected_allows)" "0" "$([ "$(get unexpected_allows)" = 0 ] && echo PASS || echo FAIL)"
  result "r5: provider A: 409 or B's ids in a list" "$(get provider_a_leaks)" "0" "$([ "$(get provider_a_leaks)" = 0 ] && echo PASS || echo FAIL)"
  result "r5: 5xx or no answer" "$(get server_errors)" "0" "$([ "$(get server_errors)" = 0 ] && echo PASS || echo FAIL)"
  result "r5: expected allows refused 401/403/404" "$(get unexpected_denies)" "" ""
  result "r5: bad input refused before authentication" "$(get anonymous_reached) operations" "" ""
}

pg_restart() {
  echo "== PostgreSQL restart during load (waits for /tmp/skillfund-it.lock)"
  local version
  version=$(ls /etc/postgresql | head -n 1)
  exec 9>/tmp/skillfund-it.lock
  local t0
  t0=$(now)
  flock -w 1800 9 || { result "pg-restart: shared lock" "not within 30 min" "" FAIL; return; }
  result "pg-restart: waited for the shared lock" "$(since "$t0") s" "" ""
  load_with_fault pg-restart "pg_ctlcluster --skip-systemctl-redirect $version main restart"
  pg_isready -q -h 127.0.0.1 -p 5432 || pg_ctlcluster --skip-systemctl-redirect "$version" main start
  flock -u 9
  exec 9>&-
}

for phase in "${PHASES[@]}"; do
  case "$phase" in
    throughput) throughput ;;
    failover) failover ;;
    r1) r1 ;;
    r2) r2 ;;
    r5) r5 ;;
    r3) r3 ;;
    r4) r4 ;;
    pg-restart) pg_restart ;;
    *) echo "unknown phase $phase (throughput, failover, r1, r2, r3, r4, r5, pg-restart)" >&2; exit 2 ;;
  esac
done

echo
echo "Summary (also in $SUMMARY):"
cat "$SUMMARY"
exit $FAILED
