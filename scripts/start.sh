#!/usr/bin/env bash
# Starts MariaDB and RabbitMQ (installing them if needed), builds the CRM and runs it in dev
# mode on http://localhost:8080 with the API key "dev-api-key".
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/services.sh
./mvnw -B -ntp -q install -DskipTests
exec ./mvnw -B -ntp -f bootstrap/pom.xml quarkus:dev "$@"
