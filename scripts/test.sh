#!/usr/bin/env bash
# The whole test suite against real MariaDB and RabbitMQ (started, or installed, first), then the
# Postman collection run with newman against the packaged app.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/services.sh
./mvnw -B -ntp verify "$@"
bash scripts/api-smoke.sh
