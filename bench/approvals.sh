#!/usr/bin/env bash
# Issues 6 and 7 benchmark: place-application approvals per second on ONE hot budget at 32 clients, on
# PostgreSQL (127.0.0.1:5432, database test, its own schema), against raw pgbench of the same kind
# of capped conditional update (UPDATE ... SET remaining = remaining - n WHERE remaining >= n
# RETURNING) on the same machine in the same run. Goal: approvals/s >= 0.5 x pgbench tps, and zero
# over-commitment (checked in SQL after a run whose budget fits only half of the decisions).
#
# Runs its own Payara domain (--portbase 21000), so it never touches the test suite's ports.
# Usage: bench/approvals.sh  (builds nothing: build the EAR first, see bench/README.md)
set -euo pipefail

BENCH_DIR="$(cd "$(dirname "$0")" && pwd)"
PROJECT_DIR="$(dirname "$BENCH_DIR")"
WORK="$BENCH_DIR/target-approvals"
LOGS="$WORK/logs"
PAYARA_ZIP="${PAYARA_ZIP:-$HOME/.m2/repository/fish/payara/distributions/payara/6.2025.9/payara-6.2025.9.zip}"
EAR="$PROJECT_DIR/ear/target/skillfund.ear"
DOMAIN=benchpg
PORTBASE=21000
WAIT_LIMIT=300
API_MAX_TIME=600
DEMO_PASSWORD=demo-pass-2026
APPLICATIONS="${APPLICATIONS:-1000}"      # decisions timed in the throughput run
CLIENTS=32
ENROL_PLACES="${ENROL_PLACES:-500}"      # places of the hot allocation
ENROL_SENT="${ENROL_SENT:-600}"          # distinct learners sent to it (more than fit)
PG_SCHEMA=skillfund_bench
PGBENCH_SECONDS=20
PSQL=(psql -X -q -v ON_ERROR_STOP=1 -h 127.0.0.1 -U postgres -d test)

source "$BENCH_DIR/lib.sh"
command -v pgbench >/dev/null || die "pgbench is not installed (Debian: postgresql-client)"
command -v python3 >/dev/null || die "python3 is not installed"

log "Fresh schema $PG_SCHEMA"
"${PSQL[@]}" -c "DROP SCHEMA IF EXISTS $PG_SCHEMA CASCADE; CREATE SCHEMA $PG_SCHEMA;"

log "Starting domain $DOMAIN on PostgreSQL and deploying $(basename "$EAR")"
start_domain SKILLFUND_DB_URL="jdbc:postgresql://127.0.0.1:5432/test?currentSchema=$PG_SCHEMA" \
  SKILLFUND_DB_DATASOURCE=org.postgresql.ds.PGSimpleDataSource \
  SKILLFUND_DB_USER=postgres SKILLFUND_DB_PASSWORD=postgres SKILLFUND_MAIL_ENABLED=false
timeout "$WAIT_LIMIT" "$ASADMIN" --port "$ADMIN_PORT" deploy --name skillfund "$EAR" >"$LOGS/deploy.log" 2>&1 \
  || { cat "$LOGS/deploy.log" >&2; die "deploy failed"; }
wait_for_200 "$PING_URL"

log "Warm-up: 200 decisions (not timed)"
python3 "$BENCH_DIR/approvals.py" --base "$BASE_URL/skillfund" --applications 200 --clients "$CLIENTS" \
  >"$LOGS/warmup.json"

log "APPROVALS: $APPLICATIONS decisions on one hot budget at $CLIENTS clients (all fit)"
python3 "$BENCH_DIR/approvals.py" --base "$BASE_URL/skillfund" --applications "$APPLICATIONS" \
  --clients "$CLIENTS" >"$LOGS/approvals.json"
cat "$LOGS/approvals.json"
APPROVALS_PER_S=$(json_field "$LOGS/approvals.json" approvalsPerSecond)
P99=$(json_field "$LOGS/approvals.json" p99ms)
APPROVED=$(json_field "$LOGS/approvals.json" approved)
[ "$APPROVED" = "$APPLICATIONS" ] || die "only $APPROVED of $APPLICATIONS approvals succeeded although all fit"

log "OVERCOMMIT: 400 decisions at $CLIENTS clients against a budget that fits 150"
python3 "$BENCH_DIR/approvals.py" --base "$BASE_URL/skillfund" --applications 400 --fit 150 \
  --clients "$CLIENTS" >"$LOGS/overcommit.json"
cat "$LOGS/overcommit.json"
PROGRAM=$(json_field "$LOGS/overcommit.json" program)
OC_APPROVED=$(json_field "$LOGS/overcommit.json" approved)
read -r ALLOCATED COMMITTED BUDGET PROVIDER < <("${PSQL[@]}" -At -F ' ' -c "
  SET search_path = $PG_SCHEMA;
  SELECT (SELECT COALESCE(SUM(amount_cents), 0) FROM allocation WHERE program_code = '$PROGRAM'),
         (SELECT committed_cents FROM program_budget WHERE program_code = '$PROGRAM'),
         (SELECT budget_cents FROM program_budget WHERE program_code = '$PROGRAM'),
         (SELECT committed_cents FROM provider_commitment WHERE program_code = '$PROGRAM');")
log "SQL: allocated $ALLOCATED, committed $COMMITTED, budget $BUDGET, provider $PROVIDER (cents)"
OVER="no"
if [ "$OC_APPROVED" != 150 ] || [ "$ALLOCATED" != "$COMMITTED" ] || [ "$COMMITTED" -gt "$BUDGET" ] \
  || [ "$PROVIDER" != "$COMMITTED" ]; then
  OVER="YES"
fi

log "ENROL: $ENROL_SENT enrolments of distinct learners at $CLIENTS clients into one allocation of $ENROL_PLACES places"
python3 "$BENCH_DIR/approvals.py" --base "$BASE_URL/skillfund" --mode enrolments --places "$ENROL_PLACES" \
  --enrolments "$ENROL_SENT" --clients "$CLIENTS" >"$LOGS/enrolments.json"
cat "$LOGS/enrolments.json"
ENROL_PER_S=$(json_field "$LOGS/enrolments.json" enrolmentsPerSecond)
ENROL_P99=$(json_field "$LOGS/enrolments.json" p99ms)
ENROL_CREATED=$(json_field "$LOGS/enrolments.json" created)
ALLOCATION=$(json_field "$LOGS/enrolments.json" allocation)
read -r USED ROWS LEDGER < <("${PSQL[@]}" -At -F ' ' -c "
  SET search_path = $PG_SCHEMA;
  SELECT (SELECT places_used FROM allocation WHERE id = '$ALLOCATION'),
         (SELECT COUNT(*) FROM enrolment WHERE allocation_id = '$ALLOCATION' AND status <> 'WITHDRAWN'),
         (SELECT COUNT(*) FROM enrolment e JOIN funded_start f ON f.id = e.ledger_entry_id
           WHERE e.allocation_id = '$ALLOCATION');")
log "SQL: places_used $USED, enrolments $ROWS, ledger starts $LEDGER (places $ENROL_PLACES)"
ENROL_OVER="no"
if [ "$ENROL_CREATED" != "$ENROL_PLACES" ] || [ "$USED" != "$ENROL_PLACES" ] || [ "$ROWS" != "$USED" ] \
  || [ "$LEDGER" != "$USED" ]; then
  ENROL_OVER="YES"
fi

log "PGBENCH: the capped conditional update on one row, $CLIENTS clients, ${PGBENCH_SECONDS}s"
"${PSQL[@]}" -c "SET search_path = $PG_SCHEMA;
  CREATE TABLE bench_budget (id INTEGER PRIMARY KEY, remaining BIGINT NOT NULL);
  INSERT INTO bench_budget VALUES (1, 1000000000000000);"
cat >"$LOGS/capped-update.sql" <<SQL
UPDATE $PG_SCHEMA.bench_budget SET remaining = remaining - 500000 WHERE id = 1 AND remaining >= 500000 RETURNING remaining;
SQL
pgbench -n -h 127.0.0.1 -U postgres -c "$CLIENTS" -j 2 -T "$PGBENCH_SECONDS" -f "$LOGS/capped-update.sql" test \
  >"$LOGS/pgbench.txt" 2>&1 || { cat "$LOGS/pgbench.txt" >&2; die "pgbench failed"; }
PGBENCH_TPS=$(sed -n 's/^tps = \([0-9.]*\).*/\1/p' "$LOGS/pgbench.txt" | head -1)
[ -n "$PGBENCH_TPS" ] || { cat "$LOGS/pgbench.txt" >&2; die "no tps in pgbench output"; }
RATIO=$(r2 "$(calc "$APPROVALS_PER_S / $PGBENCH_TPS")")
VERDICT=$(is_true "$RATIO >= 0.5" && echo PASS || echo FAIL)

{
  echo "Issue 6 approvals benchmark, $(date -u +%Y-%m-%dT%H:%MZ), load average $(cut -d' ' -f1 /proc/loadavg)"
  printf '%-52s %s\n' "approvals/s, one hot budget, $CLIENTS clients" "$APPROVALS_PER_S (p99 ${P99} ms)"
  printf '%-52s %s\n' "pgbench capped update tps, $CLIENTS clients" "$PGBENCH_TPS"
  printf '%-52s %s  (goal >= 0.5: %s)\n' "approvals / pgbench" "$RATIO" "$VERDICT"
  printf '%-52s %s  (approved %s of 400, budget fits 150)\n' "over-commitment" "$OVER" "$OC_APPROVED"
  ENROL_RATIO=$(r2 "$(calc "$ENROL_PER_S / $PGBENCH_TPS")")
  printf '%-52s %s (p99 %s ms)\n' "enrolments/s, one hot allocation, $CLIENTS clients" "$ENROL_PER_S" "$ENROL_P99"
  printf '%-52s %s  (goal >= 0.5: %s)\n' "enrolments / pgbench" "$ENROL_RATIO" \
    "$(is_true "$ENROL_RATIO >= 0.5" && echo PASS || echo FAIL)"
  printf '%-52s %s  (%s created for %s places; places_used %s, rows %s, ledger %s)\n' \
    "place over-consumption" "$ENROL_OVER" "$ENROL_CREATED" "$ENROL_PLACES" "$USED" "$ROWS" "$LEDGER"
} | tee "$WORK/results.txt"
[ "$OVER" = no ] || die "over-commitment detected"
[ "$ENROL_OVER" = no ] || die "places or ledger disagree with the enrolments"
