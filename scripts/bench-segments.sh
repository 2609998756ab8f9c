#!/usr/bin/env bash
# Builds the app and the benchmark, starts the app against minicrm_bench on a free port, loads
# 1,000,000 customers if they are not there yet, times segment previews against hand-written
# COUNT(*) queries, and stops the app. Needs MariaDB and RabbitMQ (scripts/services.sh).
set -euo pipefail
cd "$(dirname "$0")/.."

DB_URL=${BENCH_DB_URL:-jdbc:mariadb://127.0.0.1:3306/minicrm_bench}
PORT=${BENCH_PORT:-$(python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')}
KEY=bench-$RANDOM$RANDOM
mkdir -p bench-results

./mvnw -q -Pbench -DskipTests package

# Counting a million rows is only fast from memory; MariaDB's default 128 MiB pool is too small.
POOL=$(mysql -h127.0.0.1 -u"${BENCH_DB_USER:-crm}" -p"${BENCH_DB_PASSWORD:-crm}" -Nse 'SELECT @@innodb_buffer_pool_size')
if [ "$POOL" -lt 1073741824 ]; then
  echo "innodb_buffer_pool_size is $((POOL / 1048576)) MiB; raising it to 2 GiB (needs root on the database)"
  mysql -uroot -e 'SET GLOBAL innodb_buffer_pool_size = 2147483648' || echo "could not raise it; figures will be slower"
fi

CRM_DB_URL=$DB_URL CRM_HTTP_PORT=$PORT CRM_BOOTSTRAP_API_KEY=$KEY \
  java -jar bootstrap/target/quarkus-app/quarkus-run.jar > bench-results/segments-app.log 2>&1 &
APP=$!
trap 'kill "$APP" 2>/dev/null; wait "$APP" 2>/dev/null || true' EXIT

for _ in $(seq 1 120); do
  curl -fs "http://127.0.0.1:$PORT/q/health/ready" > /dev/null && break
  kill -0 "$APP" 2>/dev/null || { echo "the app did not start; see bench-results/segments-app.log"; exit 1; }
  sleep 1
done

BENCH_API=http://127.0.0.1:$PORT BENCH_API_KEY=$KEY BENCH_DB_URL=$DB_URL \
  ./mvnw -q -Pbench -pl benchmarks exec:java -Dexec.mainClass=com.minicrm.bench.SegmentPreviewBenchmark \
  | tee bench-results/segments.txt
