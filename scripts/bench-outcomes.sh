#!/usr/bin/env bash
# Outcome benchmark (issue 19): a 100,000-customer A/B campaign with a 10% holdout, then 300,000
# orders ingested after delivery. Prints the time from the last order's 202 until the outcomes are
# final beside a hand-written SQL attribution over the same tables, and ingestion throughput with
# attribution on and off. Needs MariaDB and RabbitMQ (scripts/services.sh).
set -euo pipefail
cd "$(dirname "$0")/.."
./mvnw -q ${MVN_OFFLINE:-} -Pbench -pl bootstrap,benchmarks -am package -DskipTests
source scripts/bench/app.sh
BENCH_VHOST=${BENCH_VHOST:-camp} ensure_vhost
mkdir -p target
classpath=$(./mvnw -q ${MVN_OFFLINE:-} -Pbench -pl benchmarks dependency:build-classpath -Dmdep.outputFile=/dev/stdout)
exec java -cp "benchmarks/target/classes:$classpath" \
  -Dbench.customers="${BENCH_CUSTOMERS:-100000}" \
  -Dbench.orders="${BENCH_ORDERS:-300000}" \
  -Dbench.port="${BENCH_PORT:-8096}" \
  -Dbench.db="${BENCH_DB:-minicrm_outcome_bench}" \
  -Dbench.vhost="${BENCH_VHOST:-camp}" \
  com.minicrm.bench.OutcomeBenchmark
