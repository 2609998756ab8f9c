#!/usr/bin/env bash
# The whole test suite against real MariaDB and RabbitMQ (started, or installed, first), then the
# Postman collection run with newman against the packaged app; last, a check that no API key or
# receipt secret appears anywhere in the output of the run (target/test-run.log).
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/services.sh
mkdir -p target
./mvnw -B -ntp verify "$@" 2>&1 | tee target/test-run.log
SMOKE_APP_LOG=target/api-smoke-app.log bash scripts/api-smoke.sh 2>&1 | tee -a target/test-run.log
bash scripts/check-secrets.sh target/test-run.log target/api-smoke-app.log
