#!/usr/bin/env bash
# Issue 7 benchmark: bulk enrolment import of a 10,000-row CSV file over REST on PostgreSQL
# (127.0.0.1:5432, database test, its own schema), end to end (the one POST, from the first byte
# sent to the last byte of the report), against psql's \copy of the same file into a staging table
# of the same shape in the same run. Goals: >= 10,000 rows/s and >= 0.2 x the COPY rows/s. Then
# checks in SQL that places_used = enrolments = ledger starts = accepted rows, one confirmation link,
# one outbox mail and one audit event per accepted row; and, as a second baseline, times COPY of
# the very rows the import wrote into the same tables (see below).
#
# Runs its own Payara domain (--portbase 23000), so it never touches the test suite's ports.
# Usage: bench/import.sh  (builds nothing: build the EAR first, see bench/README.md)
#   ROWS=10000 rows in the timed file; WARMUP_ROWS=10000 rows imported first, not timed;
#   DB_URL_EXTRA='&reWriteBatchedInserts=true' adds parameters to the JDBC URL;
#   PARALLEL_CHUNKS=2 chunks written side by side (skillfund.import.parallel-chunks; 1: one after another).
set -euo pipefail

BENCH_DIR="$(cd "$(dirname "$0")" && pwd)"
PROJECT_DIR="$(dirname "$BENCH_DIR")"
WORK="$BENCH_DIR/target-import"
LOGS="$WORK/logs"
PAYARA_ZIP="${PAYARA_ZIP:-$HOME/.m2/repository/fish/payara/distributions/payara/6.2025.9/payara-6.2025.9.zip}"
EAR="$PROJECT_DIR/ear/target/skillfund.ear"
DOMAIN=benchimport
PORTBASE=23000
WAIT_LIMIT=300
API_MAX_TIME=600
DEMO_PASSWORD=demo-pass-2026
ROWS="${ROWS:-10000}"
WARMUP_ROWS="${WARMUP_ROWS:-10000}"
DB_URL_EXTRA="${DB_URL_EXTRA:-}"
PARALLEL_CHUNKS="${PARALLEL_CHUNKS:-2}"
PG_SCHEMA=skillfund_import
PSQL=(psql -X -q -v ON_ERROR_STOP=1 -h 127.0.0.1 -U postgres -d test)

source "$BENCH_DIR/lib.sh"
command -v python3 >/dev/null || die "python3 is not installed"
command -v psql >/dev/null || die "psql is not installed (Debian: postgresql-client)"

log "Fresh schema $PG_SCHEMA"
"${PSQL[@]}" -c "DROP SCHEMA IF EXISTS $PG_SCHEMA CASCADE; CREATE SCHEMA $PG_SCHEMA;"

log "Starting domain $DOMAIN on PostgreSQL and deploying $(basename "$EAR")"
start_domain SKILLFUND_DB_URL="jdbc:postgresql://127.0.0.1:5432/test?currentSchema=$PG_SCHEMA$DB_URL_EXTRA" \
  SKILLFUND_DB_DATASOURCE=org.postgresql.ds.PGSimpleDataSource \
  SKILLFUND_DB_USER=postgres SKILLFUND_DB_PASSWORD=postgres SKILLFUND_MAIL_ENABLED=false \
  SKILLFUND_IMPORT_PARALLEL_CHUNKS="$PARALLEL_CHUNKS"
timeout "$WAIT_LIMIT" "$ASADMIN" --port "$ADMIN_PORT" deploy --name skillfund "$EAR" >"$LOGS/deploy.log" 2>&1 \
  || { cat "$LOGS/deploy.log" >&2; die "deploy failed"; }
wait_for_200 "$PING_URL"
# one line per chunk with the time of each phase, copied to $LOGS/chunks.txt after the run
asadmin set-log-levels org.skillfund.placement.EnrolmentImportChunk=FINE:org.skillfund.placement.EnrolmentImport=FINE \
  >"$LOGS/log-levels.log" 2>&1 || { cat "$LOGS/log-levels.log" >&2; die "set-log-levels failed"; }

log "Warm-up: a $WARMUP_ROWS-row file into an allocation of its own (not timed)"
python3 "$BENCH_DIR/import.py" --base "$BASE_URL/skillfund" --rows "$WARMUP_ROWS" \
  --file "$WORK/warmup.csv" --seed 1 >"$LOGS/warmup.json"
cat "$LOGS/warmup.json"

LOAD_BEFORE=$(cut -d' ' -f1 /proc/loadavg)
log "IMPORT: $ROWS rows, one POST, load average $LOAD_BEFORE"
python3 "$BENCH_DIR/import.py" --base "$BASE_URL/skillfund" --rows "$ROWS" \
  --file "$WORK/import.csv" --seed 2 >"$LOGS/import.json"
cat "$LOGS/import.json"
grep -ho 'bulk enrolment .* ms' "$DOMAIN_DIR"/logs/server.log* | tail -n $((ROWS / 2000 + 1)) >"$LOGS/chunks.txt" || true
cat "$LOGS/chunks.txt"
IMPORT_PER_S=$(json_field "$LOGS/import.json" rowsPerSecond)
IMPORT_SECONDS=$(json_field "$LOGS/import.json" seconds)
ACCEPTED=$(json_field "$LOGS/import.json" accepted)
ALLOCATION=$(json_field "$LOGS/import.json" allocation)
[ "$ACCEPTED" = "$ROWS" ] || die "only $ACCEPTED of $ROWS rows were accepted although all fit (see $LOGS/import.json)"

log "COPY: the same $ROWS rows with psql \\copy into a staging table of the same shape"
"${PSQL[@]}" -c "SET search_path = $PG_SCHEMA;
  CREATE TABLE import_copy (
    usi VARCHAR(10) NOT NULL, given_name VARCHAR(100) NOT NULL, family_name VARCHAR(100) NOT NULL,
    date_of_birth DATE NOT NULL, email VARCHAR(254) NOT NULL, course_code VARCHAR(12) NOT NULL,
    start_date DATE NOT NULL, state VARCHAR(3) NOT NULL, funding_program VARCHAR(30) NOT NULL,
    residency VARCHAR(20) NOT NULL, employment_status VARCHAR(25) NOT NULL,
    school_student BOOLEAN NOT NULL, highest_aqf_level INTEGER);"
# Three runs into an emptied table; the best one counts (the figure to compare with is COPY's
# speed, not the machine's worst moment).
COPY_MS=""
for run in 1 2 3; do
  ms=$("${PSQL[@]}" -c "TRUNCATE $PG_SCHEMA.import_copy" -c '\timing on' \
    -c "\\copy $PG_SCHEMA.import_copy FROM '$WORK/import.csv' WITH (FORMAT csv, HEADER true)" \
    | sed -n 's/^Time: \([0-9.]*\) ms.*/\1/p' | tail -1)
  [ -n "$ms" ] || die "no time from psql \\copy"
  log "COPY run $run: $ms ms"
  if [ -z "$COPY_MS" ] || is_true "$ms < $COPY_MS"; then COPY_MS=$ms; fi
done
COPIED=$("${PSQL[@]}" -At -c "SELECT COUNT(*) FROM $PG_SCHEMA.import_copy")
[ "$COPIED" = "$ROWS" ] || die "COPY loaded $COPIED rows, expected $ROWS"
COPY_PER_S=$(r1 "$(calc "$ROWS / ($COPY_MS / 1000)")")
RATIO=$(LC_ALL=C printf %.3f "$(calc "$IMPORT_PER_S / $COPY_PER_S")")

read -r PLACES_USED ENROLMENTS LEDGER LINKS MAILS AUDITS < <("${PSQL[@]}" -At -F ' ' -c "
  SET search_path = $PG_SCHEMA;
  SELECT (SELECT places_used FROM allocation WHERE id = '$ALLOCATION'),
         (SELECT COUNT(*) FROM enrolment WHERE allocation_id = '$ALLOCATION'),
         (SELECT COUNT(*) FROM enrolment e JOIN funded_start f ON f.id = e.ledger_entry_id
           WHERE e.allocation_id = '$ALLOCATION'),
         (SELECT COUNT(*) FROM enrolment e JOIN enrolment_link k ON k.enrolment_id = e.id
           WHERE e.allocation_id = '$ALLOCATION'),
         (SELECT COUNT(*) FROM enrolment e JOIN mail_outbox m ON m.recipient = e.email
           WHERE e.allocation_id = '$ALLOCATION'),
         (SELECT COUNT(*) FROM enrolment e JOIN audit_event a ON a.entity_id = e.id
           AND a.action = 'ENROLMENT_CREATED' WHERE e.allocation_id = '$ALLOCATION');")
log "SQL: places_used $PLACES_USED, enrolments $ENROLMENTS, ledger $LEDGER, links $LINKS, mails $MAILS, audit events $AUDITS (accepted $ACCEPTED)"
CONSISTENT=yes
for n in "$PLACES_USED" "$ENROLMENTS" "$LEDGER" "$LINKS" "$MAILS" "$AUDITS"; do
  [ "$n" = "$ACCEPTED" ] || CONSISTENT=NO
done

# The second baseline: COPY of the very rows the import wrote (its learners, checks and their
# traces, funded starts, enrolments, links, mails and audit events, 7 tables with all their
# indexes, keys and foreign keys), exported, deleted and loaded back in one transaction, best of 3.
# What the database alone needs to store one file's enrolments, whatever the application does.
log "COPY of the rows the import wrote: export, delete, load back in one transaction (3 runs)"
ROWS_DIR="$WORK/written"
rm -rf "$ROWS_DIR" && mkdir -p "$ROWS_DIR"
# table, then the query of its rows belonging to the timed allocation's enrolments (alias e)
WRITTEN=(
  "learner|SELECT l.* FROM learner l JOIN enrolment e ON e.usi = l.usi"
  "eligibility_check|SELECT c.* FROM eligibility_check c JOIN enrolment e ON e.eligibility_check_id = c.id"
  "funded_start|SELECT f.* FROM funded_start f JOIN enrolment e ON e.ledger_entry_id = f.id"
  "enrolment|SELECT e.* FROM enrolment e"
  "enrolment_link|SELECT k.* FROM enrolment_link k JOIN enrolment e ON e.id = k.enrolment_id"
  "mail_outbox|SELECT m.* FROM mail_outbox m JOIN enrolment e ON e.email = m.recipient"
  "audit_event|SELECT a.* FROM audit_event a JOIN enrolment e ON e.id = a.entity_id AND a.action = 'ENROLMENT_CREATED'"
)
{
  echo "SET search_path = $PG_SCHEMA;"
  for w in "${WRITTEN[@]}"; do
    echo "\\copy (${w#*|} WHERE e.allocation_id = '$ALLOCATION') TO '$ROWS_DIR/${w%%|*}.csv' (FORMAT csv)"
  done
} >"$ROWS_DIR/export.sql"
{
  echo "SET search_path = $PG_SCHEMA;"
  echo "BEGIN;"
  echo "CREATE TEMP TABLE gone AS SELECT id, eligibility_check_id, ledger_entry_id, email, usi FROM enrolment WHERE allocation_id = '$ALLOCATION';"
  echo "DELETE FROM audit_event a USING gone g WHERE a.entity_id = g.id AND a.action = 'ENROLMENT_CREATED';"
  echo "DELETE FROM mail_outbox m USING gone g WHERE m.recipient = g.email;"
  echo "DELETE FROM enrolment_link k USING gone g WHERE k.enrolment_id = g.id;"
  echo "DELETE FROM enrolment e USING gone g WHERE e.id = g.id;"
  echo "DELETE FROM funded_start f USING gone g WHERE f.id = g.ledger_entry_id;"
  echo "DELETE FROM eligibility_check c USING gone g WHERE c.id = g.eligibility_check_id;"
  echo "DELETE FROM learner l USING gone g WHERE l.usi = g.usi;"
  echo "COMMIT;"
  echo "VACUUM ANALYZE;"
} >"$ROWS_DIR/delete.sql"
{
  echo "SET search_path = $PG_SCHEMA;"
  echo "\\timing on"
  echo "BEGIN;"
  for w in "${WRITTEN[@]}"; do
    echo "\\copy ${w%%|*} FROM '$ROWS_DIR/${w%%|*}.csv' (FORMAT csv)"
  done
  echo "COMMIT;"
} >"$ROWS_DIR/load.sql"
"${PSQL[@]}" -f "$ROWS_DIR/export.sql"
WRITTEN_ROWS=0
for w in "${WRITTEN[@]}"; do
  n=$("${PSQL[@]}" -At -c "SET search_path = $PG_SCHEMA; SELECT COUNT(*) FROM (${w#*|} WHERE e.allocation_id = '$ALLOCATION') x")
  WRITTEN_ROWS=$((WRITTEN_ROWS + n))
done
WRITTEN_BYTES=$(cat "$ROWS_DIR"/*.csv | wc -c)
WRITTEN_MS=""
for run in 1 2 3; do
  "${PSQL[@]}" -f "$ROWS_DIR/delete.sql"
  ms=$("${PSQL[@]}" -f "$ROWS_DIR/load.sql" | awk '/^Time:/ { s += $2 } END { printf "%.1f", s }')
  log "COPY of the written rows, run $run: $ms ms"
  if [ -z "$WRITTEN_MS" ] || is_true "$ms < $WRITTEN_MS"; then WRITTEN_MS=$ms; fi
done
WRITTEN_PER_S=$(r1 "$(calc "$ACCEPTED / ($WRITTEN_MS / 1000)")")
WRITTEN_RATIO=$(LC_ALL=C printf %.3f "$(calc "$IMPORT_PER_S / $WRITTEN_PER_S")")
AGAIN=$("${PSQL[@]}" -At -c "SELECT COUNT(*) FROM $PG_SCHEMA.enrolment e JOIN $PG_SCHEMA.funded_start f
  ON f.id = e.ledger_entry_id WHERE e.allocation_id = '$ALLOCATION'")
[ "$AGAIN" = "$ACCEPTED" ] || die "the written rows loaded back give $AGAIN enrolments, expected $ACCEPTED"
LOAD_AFTER=$(cut -d' ' -f1 /proc/loadavg)

{
  echo "Issue 7 bulk import benchmark, $(date -u +%Y-%m-%dT%H:%MZ), $(nproc) cores, load average $LOAD_BEFORE before / $LOAD_AFTER after, $PARALLEL_CHUNKS chunks side by side"
  printf '%-44s %s  (%s rows in %s s; goal >= 10000: %s)\n' "import rows/s, one POST, end to end" \
    "$IMPORT_PER_S" "$ROWS" "$IMPORT_SECONDS" "$(is_true "$IMPORT_PER_S >= 10000" && echo PASS || echo FAIL)"
  printf '%-44s %s  (best of 3: %s ms)\n' "psql \\copy rows/s, same file" "$COPY_PER_S" "$COPY_MS"
  printf '%-44s %s  (goal >= 0.2: %s)\n' "import / COPY" "$RATIO" "$(is_true "$RATIO >= 0.2" && echo PASS || echo FAIL)"
  printf '%-44s %s  (best of 3: %s ms for %s rows, %s bytes of CSV, in 7 tables)\n' \
    "COPY of the rows the import wrote, file rows/s" "$WRITTEN_PER_S" "$WRITTEN_MS" "$WRITTEN_ROWS" "$WRITTEN_BYTES"
  printf '%-44s %s\n' "import / COPY of the rows it wrote" "$WRITTEN_RATIO"
  printf '%-44s %s  (places_used %s, enrolments %s, ledger %s, links %s, mails %s, audit %s; accepted %s)\n' \
    "places = rows = ledger = accepted" "$CONSISTENT" "$PLACES_USED" "$ENROLMENTS" "$LEDGER" "$LINKS" "$MAILS" "$AUDITS" "$ACCEPTED"
} | tee "$WORK/results.txt"
[ "$CONSISTENT" = yes ] || die "places, enrolments, ledger, links, mails or audit events disagree with the accepted rows"
