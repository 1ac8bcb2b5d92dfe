#!/usr/bin/env bash
# A two-instance Payara Micro cluster of skillfund-micro.war on PostgreSQL, behind HAProxy.
#
#   micro/cluster.sh start          build if needed, start both instances and HAProxy, print the URL
#   micro/cluster.sh stop           stop what start started (by the pids it wrote)
#   micro/cluster.sh status         which parts answer
#   micro/cluster.sh kill N         kill -9 instance N (1 or 2), for failover tests
#   micro/cluster.sh start-instance N   start instance N again and wait until it serves
#   micro/cluster.sh stop-instance N    stop instance N (SIGTERM, as stop does), e.g. to measure one
#
# Load balancer http://127.0.0.1:28080/skillfund/ (HAProxy: round-robin per request, a client
# that keeps the SFNODE cookie (a browser) sticks to its instance; health-checked on
# /skillfund/api/v1/ping, redispatches when an instance is gone, answers problem+json when none
# can; per-server statistics as CSV on http://127.0.0.1:28088/stats;csv); instances on 28081 and
# 28082, each with its own PostgreSQL application_name (skillfund-micro-N), so faults can target
# their connections only.
# Hazelcast: cluster name skillfund-micro, bound to 127.0.0.1, members found over TCP on 28901
# and 28902 only (no multicast), so it never meets another Payara's data grid.
# Database: PostgreSQL 127.0.0.1:5432, database test, schema skillfund_micro (created when
# missing; MICRO_FRESH=1 drops it first). Everything else lives in micro/target/cluster/.
set -euo pipefail
cd "$(dirname "$0")"
MICRO_DIR=$PWD
REPO=$(cd .. && pwd)
RUN=$MICRO_DIR/target/cluster
LB_PORT=${MICRO_LB_PORT:-28080}
STATS_PORT=${MICRO_STATS_PORT:-28088}
PORTS=(28081 28082)
HZ_PORTS=(28901 28902)
SCHEMA=${MICRO_SCHEMA:-skillfund_micro}
PG_HOST=127.0.0.1
PG_PORT=5432
PG_DB=test
PG_USER=postgres
WAR=$MICRO_DIR/target/skillfund-micro.war
JAR=$MICRO_DIR/target/payara-micro.jar
APP_URL="http://127.0.0.1:$LB_PORT/skillfund/"

log() { echo "[cluster] $*"; }

alive() { [ -f "$1" ] && kill -0 "$(cat "$1")" 2>/dev/null; }

psql_test() { psql -X -q -v ON_ERROR_STOP=1 -h "$PG_HOST" -p "$PG_PORT" -U "$PG_USER" -d "$PG_DB" "$@"; }

ensure_built() {
  if [ ! -f "$WAR" ] || [ ! -f "$JAR" ]; then
    log "building skillfund-micro.war"
    (cd "$REPO" && mvn -B -q -DskipTests -Dspotless.check.skip=true -pl micro -am install)
  fi
}

ensure_postgres() {
  if ! pg_isready -q -h "$PG_HOST" -p "$PG_PORT"; then
    log "PostgreSQL is down; starting the local cluster"
    pg_ctlcluster --skip-systemctl-redirect "$(ls /etc/postgresql | head -n 1)" main start
    for _ in $(seq 1 30); do pg_isready -q -h "$PG_HOST" -p "$PG_PORT" && break; sleep 1; done
  fi
  if [ "${MICRO_FRESH:-0}" = 1 ]; then
    log "dropping schema $SCHEMA"
    psql_test -c "DROP SCHEMA IF EXISTS $SCHEMA CASCADE"
  fi
  psql_test -c "CREATE SCHEMA IF NOT EXISTS $SCHEMA"
}

ensure_haproxy() {
  if ! command -v haproxy >/dev/null; then
    log "installing haproxy from Debian"
    DEBIAN_FRONTEND=noninteractive apt-get install -y -q haproxy >/dev/null ||
      { apt-get update -q >/dev/null && DEBIAN_FRONTEND=noninteractive apt-get install -y -q haproxy >/dev/null; }
  fi
}

# Waits until instance $1 serves the application and reports ready; prints the seconds it took.
wait_ready() {
  local n=$1 port=${PORTS[$(($1 - 1))]} start=$2
  for _ in $(seq 1 240); do
    if ! alive "$RUN/micro-$n.pid"; then
      log "instance $n died; see $RUN/micro-$n.log" >&2
      tail -n 30 "$RUN/micro-$n.log" >&2
      return 1
    fi
    if [ "$(curl -s -o /dev/null -w '%{http_code}' "http://127.0.0.1:$port/skillfund/api/v1/ping")" = 200 ] &&
      [ "$(curl -s -o /dev/null -w '%{http_code}' "http://127.0.0.1:$port/health/ready")" = 200 ]; then
      echo $(($(date +%s) - start))
      return 0
    fi
    sleep 1
  done
  log "instance $n not ready after 240 s; see $RUN/micro-$n.log" >&2
  return 1
}

start_instance() {
  local n=$1 port=${PORTS[$(($1 - 1))]} hz=${HZ_PORTS[$(($1 - 1))]}
  if alive "$RUN/micro-$n.pid"; then
    log "instance $n already runs (pid $(cat "$RUN/micro-$n.pid"))"
    return 0
  fi
  rm -rf "$RUN/micro-$n"
  mkdir -p "$RUN/micro-$n"
  local members
  members=$(printf '127.0.0.1:%s,' "${HZ_PORTS[@]}")
  local start
  start=$(date +%s)
  SKILLFUND_DB_URL="jdbc:postgresql://$PG_HOST:$PG_PORT/$PG_DB?currentSchema=$SCHEMA&ApplicationName=skillfund-micro-$n" \
    SKILLFUND_DB_USER=$PG_USER \
    SKILLFUND_DB_DATASOURCE=org.postgresql.ds.PGSimpleDataSource \
    SKILLFUND_MAIL_ENABLED=${SKILLFUND_MAIL_ENABLED:-false} \
    SKILLFUND_PUBLIC_URL=$APP_URL \
    nohup java -Xmx${MICRO_HEAP:-512m} -jar "$JAR" \
    --deploy "$WAR" --contextroot skillfund \
    --port "$port" --name "micro-$n" \
    --clustername skillfund-micro \
    --clustermode "tcpip:${members%,}" \
    --interfaces 127.0.0.1 --startport "$hz" \
    --rootdir "$RUN/micro-$n" \
    --prebootcommandfile "$MICRO_DIR/src/main/payara-micro/preboot.asadmin" \
    >"$RUN/micro-$n.log" 2>&1 &
  echo $! >"$RUN/micro-$n.pid"
  log "instance $n starting on port $port (pid $!, Hazelcast 127.0.0.1:$hz)"
  local took
  took=$(wait_ready "$n" "$start")
  log "instance $n ready after ${took} s"
}

write_haproxy_cfg() {
  # what the load balancer answers when no instance can: problem+json, as the application would
  local body='{"type":"about:blank","title":"Service Unavailable","status":503,"detail":"No Skillfund instance can answer just now; try again in a few seconds."}'
  printf 'HTTP/1.1 503 Service Unavailable\r\nContent-Type: application/problem+json;charset=UTF-8\r\nRetry-After: 5\r\nCache-Control: no-cache\r\nConnection: close\r\nContent-Length: %s\r\n\r\n%s' \
    "${#body}" "$body" >"$RUN/problem-503.http"
  cat >"$RUN/haproxy.cfg" <<EOF
global
    maxconn 2000
    pidfile $RUN/haproxy.pid

defaults
    mode http
    timeout connect 2s
    timeout client 60s
    timeout server 60s
    retries 3
    # a request whose instance is gone goes to the other one: connection failures always,
    # a dropped answer only for requests that may be repeated
    option redispatch 1
    retry-on conn-failure empty-response response-timeout

# per-server counters (requests, status classes, state) for the benchmarks: GET /stats;csv
listen stats
    bind 127.0.0.1:$STATS_PORT
    stats enable
    stats uri /stats
    stats refresh 0

frontend skillfund
    bind 127.0.0.1:$LB_PORT
    default_backend micro

backend micro
    balance roundrobin
    http-request disable-l7-retry unless METH_GET || METH_HEAD
    errorfile 502 $RUN/problem-503.http
    errorfile 503 $RUN/problem-503.http
    errorfile 504 $RUN/problem-503.http
    # Requests without the cookie (every REST client: the API is stateless) are balanced one by
    # one, round-robin, over keep-alive connections too. A browser session gets the cookie and
    # stays on its instance while that lives: its JSF views and flash are read and written there
    # without a data-grid round trip, and two ajax requests of one page never update the same
    # session on two instances at once. The session is replicated (Hazelcast), so it moves with
    # its state when its instance goes (bench/reliability.sh failover).
    cookie SFNODE insert indirect nocache httponly
    # in rotation while the application answers; not taken out when the shared database is
    # down, so clients get the application's 503 problem+json rather than none at all
    option httpchk GET /skillfund/api/v1/ping
    http-check expect status 200
    default-server inter 1s fall 2 rise 2
    server micro-1 127.0.0.1:${PORTS[0]} check cookie m1
    server micro-2 127.0.0.1:${PORTS[1]} check cookie m2
EOF
}

start_haproxy() {
  if alive "$RUN/haproxy.pid"; then
    log "haproxy already runs (pid $(cat "$RUN/haproxy.pid"))"
    return 0
  fi
  write_haproxy_cfg
  haproxy -c -q -f "$RUN/haproxy.cfg" || haproxy -c -f "$RUN/haproxy.cfg"
  haproxy -D -f "$RUN/haproxy.cfg"
  for _ in $(seq 1 20); do [ -s "$RUN/haproxy.pid" ] && break; sleep 0.2; done
  log "haproxy on 127.0.0.1:$LB_PORT (pid $(cat "$RUN/haproxy.pid"))"
}

stop_pid() {
  local file=$1
  if alive "$file"; then
    local pid
    pid=$(cat "$file")
    kill "$pid" 2>/dev/null || true
    for _ in $(seq 1 30); do kill -0 "$pid" 2>/dev/null || break; sleep 1; done
    kill -9 "$pid" 2>/dev/null || true
    log "stopped $(basename "$file" .pid) (pid $pid)"
  fi
  rm -f "$file"
}

check_n() {
  case "${1:-}" in 1 | 2) ;; *) echo "instance number 1 or 2" >&2; exit 2 ;; esac
}

case "${1:-}" in
  start)
    mkdir -p "$RUN"
    ensure_built
    ensure_postgres
    ensure_haproxy
    # one after the other: the first migrates the empty schema and seeds it, the second finds
    # it done and joins the first's data grid
    start_instance 1
    start_instance 2
    start_haproxy
    log "Hazelcast data grid skillfund-micro: $(grep -o 'DG Size: [0-9]*' "$RUN/micro-2.log" | tail -n 1 | sed 's/DG Size: //') members"
    echo
    echo "Skillfund on two Payara Micro instances: $APP_URL"
    echo "  instances http://127.0.0.1:${PORTS[0]}/skillfund/ and http://127.0.0.1:${PORTS[1]}/skillfund/"
    echo "  logs in $RUN; stop with micro/cluster.sh stop"
    ;;
  stop)
    stop_pid "$RUN/haproxy.pid"
    stop_pid "$RUN/micro-1.pid"
    stop_pid "$RUN/micro-2.pid"
    ;;
  status)
    for n in 1 2; do
      port=${PORTS[$((n - 1))]}
      printf 'micro-%s  pid %-8s ready %s\n' "$n" "$(cat "$RUN/micro-$n.pid" 2>/dev/null || echo -)" \
        "$(curl -s -o /dev/null -w '%{http_code}' "http://127.0.0.1:$port/health/ready")"
    done
    printf 'haproxy  pid %-8s ping  %s\n' "$(cat "$RUN/haproxy.pid" 2>/dev/null || echo -)" \
      "$(curl -s -o /dev/null -w '%{http_code}' "${APP_URL}api/v1/ping")"
    ;;
  kill)
    check_n "${2:-}"
    if alive "$RUN/micro-$2.pid"; then
      kill -9 "$(cat "$RUN/micro-$2.pid")"
      log "killed instance $2 (kill -9 $(cat "$RUN/micro-$2.pid"))"
    fi
    rm -f "$RUN/micro-$2.pid"
    ;;
  start-instance)
    check_n "${2:-}"
    start_instance "$2"
    ;;
  stop-instance)
    check_n "${2:-}"
    stop_pid "$RUN/micro-$2.pid"
    ;;
  *)
    sed -n '2,20p' "$MICRO_DIR/cluster.sh" | sed 's/^# \{0,1\}//'
    exit 2
    ;;
esac
