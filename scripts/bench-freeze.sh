#!/usr/bin/env bash
# Freeze benchmark (issue 20): the audience freeze of BENCH_CUSTOMERS (default 100,000) members with the
# consent checks (subscriptions, frequency cap) and without them, side by side in one app and database,
# alternating, BENCH_ROUNDS (default 3) rounds after one warm-up pair, plus a raw INSERT ... SELECT floor
# per round; prints every figure with the load average, the medians and the ratio.
# It runs as a @QuarkusTest (bootstrap's FreezeBenchmark), so that the freeze goes through the app's own
# CommunicationLog.freezeNextChunk with the consent step swapped for a test-only switchable one; the app
# itself has no switch. Needs MariaDB and RabbitMQ (scripts/services.sh). The database BENCH_DB (default
# minicrm_freeze_bench) is wiped by the run.
set -euo pipefail
cd "$(dirname "$0")/.."
db=${BENCH_DB:-minicrm_freeze_bench}
export BENCH_VHOST=${BENCH_VHOST:-freeze-bench}
source scripts/bench/app.sh
ensure_vhost
mysql -ucrm -pcrm -h127.0.0.1 -e "CREATE DATABASE IF NOT EXISTS \`$db\` CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci"
export QUARKUS_DATASOURCE_JDBC_URL="jdbc:mariadb://127.0.0.1:3306/$db" RABBITMQ_VIRTUAL_HOST="$BENCH_VHOST" \
  QUARKUS_HTTP_TEST_PORT=${BENCH_PORT:-8096}
mkdir -p target
# -Dtest names the one class; the suite's patterns never pick it up on their own.
status=0
./mvnw -B -ntp ${MVN_OFFLINE:-} test -pl bootstrap -am -Dtest=FreezeBenchmark -Dsurefire.failIfNoSpecifiedTests=false \
  -Dbench.customers="${BENCH_CUSTOMERS:-100000}" -Dbench.rounds="${BENCH_ROUNDS:-3}" >target/bench-freeze.log 2>&1 || status=$?
grep -E '^(\||freeze benchmark|seeded|warm-up|speed with|\[(ERROR|INFO)\] (Tests run|BUILD))' target/bench-freeze.log || true
[ "$status" -eq 0 ] || echo "the run failed ($status); see target/bench-freeze.log"
exit "$status"
