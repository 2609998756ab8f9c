#!/usr/bin/env bash
# The fault suite (docs/reliability.md): builds the app, then runs the fault scenarios against a
# private MariaDB (port 13307), a private RabbitMQ node (port 15673), a vendor stand-in (18090) and
# the packaged CRM (18080/18081), all started and killed by the suite itself; the machine's own
# MariaDB and RabbitMQ are never touched. Arguments pick scenarios (s1..s9, s7 being the ten-minute
# soak; c1, c2 on a three-node RabbitMQ cluster; d1, d2 on a MariaDB read replica); without any,
# s1..s9 run. Exit 1 if any fails.
# MVN_OFFLINE=-o builds offline; SKIP_BUILD=1 reuses the app jar built by an earlier package/verify.
# RELIABILITY_OPTS passes -D options to the suite (ports, -Dreliability.app=<jar>).
set -euo pipefail
cd "$(dirname "$0")/.."
if [ -z "${SKIP_BUILD:-}" ]; then
  ./mvnw -q -B -ntp ${MVN_OFFLINE:-} -Preliability -pl bootstrap,reliability -am package -DskipTests
else
  ./mvnw -q -B -ntp ${MVN_OFFLINE:-} -Preliability -pl reliability compile
fi
rm -rf reliability/target/run
# A separate assignment, so that set -e stops here if Maven cannot build the class path.
classpath=$(./mvnw -q -B -ntp ${MVN_OFFLINE:-} -Preliability -pl reliability dependency:build-classpath -Dmdep.outputFile=/dev/stdout)
# The suite is also the load generator: its own GC pauses would count as the app's latency, so they are logged.
mkdir -p reliability/target/run/logs
exec java -Xlog:gc:file=reliability/target/run/logs/load-generator-gc.log ${RELIABILITY_OPTS:-} -cp "reliability/target/classes:$classpath" \
  com.minicrm.reliability.FaultSuite "$@"
