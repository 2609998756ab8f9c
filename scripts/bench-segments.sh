#!/usr/bin/env bash
# Builds the app and the benchmark, starts the app against minicrm_bench, loads 1,000,000
# customers if they are not there yet, times segment previews against hand-written COUNT(*)
# queries, and stops the app. Needs MariaDB and RabbitMQ (scripts/services.sh).
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/bench/app.sh
bash scripts/services.sh >/dev/null
ensure_vhost
export BENCH_KEY=${BENCH_KEY:-bench-$RANDOM$RANDOM}
PORT=${BENCH_PORT:-8093}
DB=${BENCH_DB:-minicrm_bench}
mkdir -p bench-results

./mvnw -B -ntp -q -Pbench -DskipTests package

# Counting a million rows is only fast from memory; MariaDB's default 128 MiB pool is too small.
POOL=$(mysql -h127.0.0.1 -u"${BENCH_DB_USER:-crm}" -p"${BENCH_DB_PASSWORD:-crm}" -Nse 'SELECT @@innodb_buffer_pool_size')
if [ "$POOL" -lt 1073741824 ]; then
  echo "innodb_buffer_pool_size is $((POOL / 1048576)) MiB; raising it to 2 GiB (needs root on the database)"
  mysql -uroot -e 'SET GLOBAL innodb_buffer_pool_size = 2147483648' || echo "could not raise it; figures will be slower"
fi

trap stop_app EXIT
start_app "$DB" "$PORT" bench-results/segments-app.log

BENCH_API=http://127.0.0.1:$PORT BENCH_API_KEY=$BENCH_KEY BENCH_DB_URL=jdbc:mariadb://127.0.0.1:3306/$DB \
  ./mvnw -B -ntp -q -Pbench -pl benchmarks exec:java -Dexec.mainClass=com.minicrm.bench.SegmentPreviewBenchmark \
  | tee bench-results/segments.txt
