#!/usr/bin/env bash
# Starts MariaDB and RabbitMQ (installing them if needed), builds the CRM and runs it on
# http://localhost:8080. Without CRM_BOOTSTRAP_API_KEY set, the local key is "dev-api-key"; without a
# Google client, marketers sign in through the app's local sign-in page.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/services.sh
./mvnw -B -ntp -q package -DskipTests
export CRM_BOOTSTRAP_API_KEY=${CRM_BOOTSTRAP_API_KEY:-dev-api-key}
if [ -n "${CRM_GOOGLE_CLIENT_ID:-}" ]; then
  signin="sign in with Google"
else
  domain=${CRM_ALLOWED_EMAIL_DOMAINS:-example.com}
  signin="local sign-in: any name and an address like asha@${domain%%,*}"
fi
echo "Mini CRM: http://localhost:${CRM_HTTP_PORT:-8080} ($signin)"
echo "API: http://localhost:${CRM_HTTP_PORT:-8080}/q/swagger-ui (API key: $CRM_BOOTSTRAP_API_KEY). Ctrl+C stops it."
exec java -jar bootstrap/target/quarkus-app/quarkus-run.jar
