#!/usr/bin/env bash
# Regenerates the Postman collection from a running CRM's OpenAPI document.
# Usage: scripts/postman.sh   (env CRM_URL, default http://localhost:8080)
set -euo pipefail
cd "$(dirname "$0")/.."
url=${CRM_URL:-http://localhost:8080}
spec=$(mktemp)
trap 'rm -f "$spec"' EXIT
curl -fsS "$url/q/openapi?format=json" -o "$spec"
node postman/generate.mjs "$spec" > postman/mini-crm.postman_collection.json
echo "postman: wrote postman/mini-crm.postman_collection.json from $url/q/openapi"
