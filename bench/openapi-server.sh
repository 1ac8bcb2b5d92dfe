#!/usr/bin/env bash
# The complete OpenAPI document of the built EAR, as Payara Server generates it, for R4 of
# bench/reliability.sh. Payara Micro 6.2025.10's generator fails on the first GET /openapi (a
# NullPointerException in ApplicationProcessor.addSchemaParameter, under visitNotBlank, while it
# walks a default request body) and serves the part built before the failure from then on; Payara
# Server 6.2025.9 builds the whole document from the same classes.
#
#   bench/openapi-server.sh [OUT]      (default bench/target/openapi-server.json)
#
# Its own domain (--portbase 22000) on a fresh H2 database in bench/target-openapi/, stopped at the
# end; needs the EAR (mvn -B -q -DskipTests install) and the Payara zip (see bench/README.md).
set -euo pipefail

BENCH_DIR="$(cd "$(dirname "$0")" && pwd)"
PROJECT_DIR="$(dirname "$BENCH_DIR")"
OUT_FILE="${1:-$BENCH_DIR/target/openapi-server.json}"
WORK="$BENCH_DIR/target-openapi"
LOGS="$WORK/logs"
PAYARA_ZIP="${PAYARA_ZIP:-$HOME/.m2/repository/fish/payara/distributions/payara/6.2025.9/payara-6.2025.9.zip}"
EAR="$PROJECT_DIR/ear/target/skillfund.ear"
DOMAIN=openapi
PORTBASE=22000
WAIT_LIMIT=600
API_MAX_TIME=300
DEMO_PASSWORD=demo-pass-2026

source "$BENCH_DIR/lib.sh"

log "Starting domain $DOMAIN (H2 in $WORK/db) and deploying $(basename "$EAR")"
start_domain SKILLFUND_DB_URL="jdbc:h2:$WORK/db/skillfund" SKILLFUND_DB_DATASOURCE=org.h2.jdbcx.JdbcDataSource \
  SKILLFUND_MAIL_ENABLED=false
timeout "$WAIT_LIMIT" "$ASADMIN" --port "$ADMIN_PORT" deploy --name skillfund "$EAR" >"$LOGS/deploy.log" 2>&1 \
  || { cat "$LOGS/deploy.log" >&2; die "deploy failed"; }
wait_for_200 "$PING_URL"

mkdir -p "$(dirname "$OUT_FILE")"
read -r code _ < <(api_call GET "$BASE_URL/openapi" "" "" "$OUT_FILE")
expect_status "GET /openapi" 200 "$code" "$OUT_FILE"
python3 -c 'import json, sys
d = json.load(open(sys.argv[1]))
paths = d["paths"]
ops = sum(1 for p in paths.values() for m in p if m in ("get", "put", "post", "delete", "patch"))
print(f"{len(paths)} paths, {ops} operations")' "$OUT_FILE" | while read -r line; do log "OpenAPI document: $line -> $OUT_FILE"; done
