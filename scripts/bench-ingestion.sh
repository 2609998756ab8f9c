#!/usr/bin/env bash
# Ingestion benchmark: the batch API end to end against raw JDBC upserts, then single-item
# POSTs under wrk. Prints medians and ratios. Takes a few minutes.
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/bench/app.sh
bash scripts/services.sh >/dev/null
command -v wrk >/dev/null || apt-get install -y -q wrk >/dev/null
ensure_vhost
export BENCH_KEY=${BENCH_KEY:-bench-$RANDOM$RANDOM$RANDOM}
PORT=${BENCH_PORT:-8089}
mkdir -p target

./mvnw -B -ntp -q -Pbench install -DskipTests
trap stop_app EXIT
start_app minicrm_bench_ingest "$PORT" target/bench-ingestion-app.log

BENCH_API="http://127.0.0.1:$PORT" ./mvnw -B -ntp -q -Pbench -pl benchmarks exec:java -Dexec.mainClass=com.minicrm.bench.IngestionBenchmark

echo
echo "Single-item POST /api/v1/customers under wrk (2 threads, ${WRK_CONNECTIONS:-64} connections, 20 s, after a 5 s warm-up):"
wrk -t2 -c"${WRK_CONNECTIONS:-64}" -d5s -s scripts/bench/post-customer.lua "http://127.0.0.1:$PORT" >/dev/null
wrk -t2 -c"${WRK_CONNECTIONS:-64}" -d20s --latency -s scripts/bench/post-customer.lua "http://127.0.0.1:$PORT" | grep -E "wrk:|Latency|99%"
