#!/usr/bin/env bash
# Builds Skillfund, starts Payara Server 6 with the EAR deployed and prints the address.
# Ctrl-C stops Payara; `./run.sh stop` stops a server that was left running.
#
# Database: the embedded H2 file database in ~/.skillfund unless SKILLFUND_DB_URL is set, e.g.
#   SKILLFUND_DB_URL=jdbc:postgresql://127.0.0.1:5432/test SKILLFUND_DB_USER=postgres ./run.sh
set -euo pipefail
cd "$(dirname "$0")"

if [ "${1:-}" = "stop" ]; then
  exec mvn -B -q -pl ear cargo:stop
fi

if [ -n "${SKILLFUND_DB_URL:-}" ] && [ -z "${SKILLFUND_DB_DATASOURCE:-}" ]; then
  case "$SKILLFUND_DB_URL" in
    jdbc:postgresql:*) export SKILLFUND_DB_DATASOURCE=org.postgresql.ds.PGSimpleDataSource ;;
    jdbc:h2:*) export SKILLFUND_DB_DATASOURCE=org.h2.jdbcx.JdbcDataSource ;;
    *) echo "SKILLFUND_DB_URL must start with jdbc:postgresql: or jdbc:h2:" >&2; exit 2 ;;
  esac
fi

stop() {
  echo
  echo "Stopping Payara ..."
  mvn -B -q -pl ear cargo:stop || true
  exit 0
}

# cargo unpacks Payara into ear/target/cargo, starts the domain, deploys the EAR and waits until
# /skillfund/api/v1/ping answers; the domain keeps running after Maven returns.
mvn -B -DskipTests -Dspotless.check.skip=true -pl ear -am install cargo:start
trap stop INT TERM

log=$(ls ear/target/cargo/configurations/payara/*/logs/server.log 2>/dev/null | head -n 1 || true)
echo
echo "Skillfund is running: http://localhost:8080/skillfund/"
echo "  sign in with a demo user (password demo-pass-2026): officer, auditor, provider-a, ..."
echo "  server log: ${log:-ear/target/cargo/configurations/payara/...}"
echo "Press Ctrl-C to stop."
while true; do sleep 3600 & wait $!; done
