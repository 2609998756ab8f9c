#!/usr/bin/env bash
# Campaign delivery benchmark: one campaign of 100,000 customers end to end, plus the raw
# communication_log update floor. Needs MariaDB and RabbitMQ (scripts/services.sh).
# Extra app settings go in BENCH_APP_OPTIONS, e.g. "-Dcrm.delivery.concurrent-jobs=16".
# A warm-up campaign of BENCH_WARMUP_CUSTOMERS (default 30,000) runs first on the fresh app; its
# rate is printed as the cold figure.
# BENCH_RUNS (default 3) repeats the whole run, each on a fresh database and app, and prints the medians.
set -euo pipefail
cd "$(dirname "$0")/.."
./mvnw -q ${MVN_OFFLINE:-} -Pbench -pl bootstrap,benchmarks -am package -DskipTests
source scripts/bench/app.sh
BENCH_VHOST=${BENCH_VHOST:-camp} ensure_vhost
mkdir -p target
# A separate assignment, so that set -e stops here if Maven cannot build the class path.
classpath=$(./mvnw -q ${MVN_OFFLINE:-} -Pbench -pl benchmarks dependency:build-classpath -Dmdep.outputFile=/dev/stdout)
exec java -cp "benchmarks/target/classes:$classpath" \
  -Dbench.runs="${BENCH_RUNS:-3}" \
  -Dbench.customers="${BENCH_CUSTOMERS:-100000}" \
  -Dbench.warmup-customers="${BENCH_WARMUP_CUSTOMERS:-30000}" \
  -Dbench.port="${BENCH_PORT:-8095}" \
  -Dbench.db="${BENCH_DB:-minicrm_camp_bench}" \
  -Dbench.vhost="${BENCH_VHOST:-camp}" \
  -Dbench.app-options="${BENCH_APP_OPTIONS:-}" \
  com.minicrm.bench.CampaignDeliveryBenchmark
