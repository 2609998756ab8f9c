#!/usr/bin/env bash
# Helpers for the benchmark scripts: start the built CRM jar against a benchmark database and
# stop it again. Source this file; it defines start_app and stop_app.
set -euo pipefail

start_app() { # database, port, log file
  local db=$1 port=$2 log=$3
  mysql -ucrm -pcrm -h127.0.0.1 -e "CREATE DATABASE IF NOT EXISTS \`$db\` CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci"
  CRM_DB_URL="jdbc:mariadb://127.0.0.1:3306/$db" CRM_HTTP_PORT=$port CRM_BOOTSTRAP_API_KEY=${BENCH_KEY:?set BENCH_KEY} \
    CRM_BOOTSTRAP_API_KEY_SCOPES=ingest,read,manage \
    RABBITMQ_VIRTUAL_HOST=${BENCH_VHOST:-crm-bench} java ${BENCH_APP_JVM_OPTS:-} -jar bootstrap/target/quarkus-app/quarkus-run.jar >"$log" 2>&1 &
  APP_PID=$!
  for _ in $(seq 1 120); do
    if curl -fsS "http://127.0.0.1:$port/q/health/ready" >/dev/null 2>&1; then return 0; fi
    if ! kill -0 "$APP_PID" 2>/dev/null; then echo "the app died; see $log"; tail -30 "$log"; return 1; fi
    sleep 1
  done
  echo "the app did not become ready; see $log"; return 1
}

stop_app() {
  if [ -n "${APP_PID:-}" ] && kill -0 "$APP_PID" 2>/dev/null; then kill "$APP_PID"; wait "$APP_PID" 2>/dev/null || true; fi
}

ensure_vhost() {
  local vhost=${BENCH_VHOST:-crm-bench}
  rabbitmqctl -q add_vhost "$vhost" 2>/dev/null || true
  rabbitmqctl -q set_permissions -p "$vhost" guest ".*" ".*" ".*"
}
