#!/usr/bin/env bash
# Runs the Postman collection with newman against the packaged CRM, started here on its own
# port, database and RabbitMQ vhost: every documented operation with its documented example.
# Needs a built app (./mvnw package or verify) and the services (scripts/services.sh).
# SMOKE_APP_LOG keeps the app's log in that file (scripts/test.sh checks it for secrets).
set -euo pipefail
cd "$(dirname "$0")/.."
port=${SMOKE_PORT:-28090}
vhost=crm-smoke
# Fresh random values each run: no key or secret in the repository opens any running app.
key=$(head -c 24 /dev/urandom | od -An -tx1 | tr -d ' \n')
secret=$(head -c 32 /dev/urandom | od -An -tx1 | tr -d ' \n')
mkdir -p target && printf '%s\n%s\n' "$key" "$secret" > target/api-smoke.secrets

as_root() { if [ "$(id -u)" -eq 0 ]; then "$@"; else sudo "$@"; fi; }
as_root rabbitmqctl -q add_vhost "$vhost" 2>/dev/null || true
as_root rabbitmqctl -q set_permissions -p "$vhost" "${CRM_RABBITMQ_USER:-guest}" '.*' '.*' '.*'
mysql -u"${CRM_DB_USER:-crm}" -p"${CRM_DB_PASSWORD:-crm}" -h127.0.0.1 \
  -e "DROP DATABASE IF EXISTS minicrm_smoke; CREATE DATABASE minicrm_smoke CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci"

log=${SMOKE_APP_LOG:-$(mktemp)}
CRM_HTTP_PORT=$port CRM_DB_URL=jdbc:mariadb://127.0.0.1:3306/minicrm_smoke RABBITMQ_VIRTUAL_HOST=$vhost \
  CRM_BOOTSTRAP_API_KEY=$key CRM_BOOTSTRAP_API_KEY_SCOPES=ingest,read,manage CRM_VENDOR_RECEIPT_SECRET=$secret \
  java -jar bootstrap/target/quarkus-app/quarkus-run.jar >"$log" 2>&1 &
app=$!
# The trap runs under set -e: the killed app's status (143) must not become this script's.
trap 'kill $app 2>/dev/null || true; wait $app 2>/dev/null || true; [ -n "${SMOKE_APP_LOG:-}" ] || rm -f "$log"' EXIT
for _ in $(seq 1 90); do
  curl -fs "http://127.0.0.1:$port/q/health/ready" >/dev/null && break
  kill -0 $app 2>/dev/null || { cat "$log"; echo "api-smoke: the app did not start"; exit 1; }
  sleep 1
done

# Demo customers and orders first, so the requests that read the data (lookalike, send time,
# insights) meet a populated database rather than racing the collection's own demo-data load.
base="http://127.0.0.1:$port"
curl -fsS -o /dev/null -X POST "$base/api/v1/demo-data" -H "Authorization: Bearer $key" \
  -H 'Content-Type: application/json' -d '{"customers": 2000}'
for _ in $(seq 1 120); do
  progress=$(curl -fsS "$base/api/v1/demo-data" -H "Authorization: Bearer $key")
  grep -q '"state":"DONE"' <<<"$progress" && break
  sleep 1
done
planned=$(sed -n 's/.*"ordersPlanned":\([0-9]*\).*/\1/p' <<<"$progress")
for _ in $(seq 1 60); do  # until the consumers have stored every order sent
  [ "$(mysql -N -u"${CRM_DB_USER:-crm}" -p"${CRM_DB_PASSWORD:-crm}" -h127.0.0.1 minicrm_smoke \
    -e "SELECT COUNT(*) FROM customer_order" 2>/dev/null)" = "$planned" ] && break
  sleep 1
done

[ -x postman/node_modules/.bin/newman ] || npm ci --prefix postman --no-audit --no-fund --silent
postman/node_modules/.bin/newman run postman/mini-crm.postman_collection.json \
  -e postman/local.postman_environment.json \
  --env-var "baseUrl=http://127.0.0.1:$port" --env-var "apiKey=$key" --env-var "receiptSecret=$secret" \
  --reporters cli --color off
