#!/usr/bin/env bash
# Loads realistic demo customers and orders into a running CRM through its public ingestion API,
# showing a progress bar. Usage: scripts/demo-data.sh [customers]   (default 5000)
# Env: CRM_URL (default http://localhost:8080), CRM_API_KEY (default: the key scripts/start.sh keeps in
# .crm-local/api-key; it needs the manage and read scopes).
set -euo pipefail
customers=${1:-5000}
url=${CRM_URL:-http://localhost:8080}
key=${CRM_API_KEY:-$(cat "$(dirname "$0")/../.crm-local/api-key" 2>/dev/null || true)}
[ -n "$key" ] || { echo "demo-data: set CRM_API_KEY (or start the CRM with scripts/start.sh)" >&2; exit 1; }

call() { curl -sS -H "Authorization: Bearer $key" -H 'Content-Type: application/json' "$@"; }
field() { sed -n "s/.*\"$1\":\"\{0,1\}\([^,\"}]*\).*/\1/p"; }

answer=$(call -w '\n%{http_code}' -X POST "$url/api/v1/demo-data" -d "{\"customers\": $customers}")
[ "$(tail -n1 <<<"$answer")" = 202 ] || { echo "demo-data: the CRM refused: $answer" >&2; exit 1; }

while :; do
  progress=$(call "$url/api/v1/demo-data")
  state=$(field state <<<"$progress"); percent=$(field percent <<<"$progress")
  bar=$(printf '%*s' $((percent / 2)) '' | tr ' ' '#')
  printf '\r[%-50s] %3s%%  customers %s/%s  orders %s/%s ' "$bar" "$percent" \
    "$(field customersSent <<<"$progress")" "$(field customersPlanned <<<"$progress")" \
    "$(field ordersSent <<<"$progress")" "$(field ordersPlanned <<<"$progress")"
  case $state in
    DONE) echo; echo "demo-data: done; the consumers store the last batches within seconds."; exit 0 ;;
    FAILED) echo; echo "demo-data: failed: $(field error <<<"$progress")" >&2; exit 1 ;;
  esac
  sleep 1
done
