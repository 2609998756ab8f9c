#!/usr/bin/env bash
# Fails if a secret the test run used shows up in its log output: the configured API keys, every
# issued API key (crm_ followed by 43 characters), and the receipt HMAC secrets. Reads the test
# profile's values from application.properties; the newman run's are random per run, and
# scripts/api-smoke.sh leaves them in target/api-smoke.secrets for this check.
set -euo pipefail
cd "$(dirname "$0")/.."
[ $# -ge 1 ] || { echo "usage: $0 LOG_FILE..." >&2; exit 2; }
props=bootstrap/src/main/resources/application.properties
secrets=(
  "$(sed -n 's/^%test\.crm\.api-keys\.bootstrap-key=//p' "$props")"
  "$(sed -n 's/^%test\.crm\.receipts\.secret=//p' "$props")"
)
if [ -s target/api-smoke.secrets ]; then
  while IFS= read -r line; do secrets+=("$line"); done < target/api-smoke.secrets
fi
logs=$(cat "$@")
# A log without test results would pass vacuously.
grep -q "Tests run:" <<<"$logs" || { echo "check-secrets: no test results in $*" >&2; exit 2; }
leaks=0
for secret in "${secrets[@]}"; do
  [ -n "$secret" ] || { echo "check-secrets: a secret could not be read from its file" >&2; exit 2; }
  count=$(grep -cF -- "$secret" <<<"$logs" || true)
  if [ "$count" -gt 0 ]; then echo "check-secrets: '$secret' appears on $count log line(s)"; leaks=1; fi
done
count=$(grep -cE -- 'crm_[A-Za-z0-9_-]{43}' <<<"$logs" || true)
if [ "$count" -gt 0 ]; then echo "check-secrets: an issued API key appears on $count log line(s)"; leaks=1; fi
[ "$leaks" -eq 0 ] && echo "check-secrets: no API key or receipt secret in $(wc -l <<<"$logs") log lines"
exit "$leaks"
