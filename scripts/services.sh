#!/usr/bin/env bash
# On a Debian machine: installs (when missing) MariaDB, RabbitMQ, headless Chromium and npm, starts
# the two services, and creates the crm user and databases. Idempotent: safe to run on every start and in CI.
set -euo pipefail

DB_USER=${CRM_DB_USER:-crm}
DB_PASSWORD=${CRM_DB_PASSWORD:-crm}

as_root() { if [ "$(id -u)" -eq 0 ]; then "$@"; else sudo "$@"; fi; }

missing=()
[ -x /usr/sbin/mariadbd ] || missing+=(mariadb-server mariadb-client)
command -v rabbitmq-server >/dev/null 2>&1 || [ -x /usr/sbin/rabbitmq-server ] || missing+=(rabbitmq-server)
# The browser tests drive Debian's headless Chromium through its own ChromeDriver.
[ -x /usr/bin/chromium ] && [ -x /usr/bin/chromedriver ] || missing+=(chromium chromium-driver)
# newman runs the Postman collection (scripts/api-smoke.sh).
command -v npm >/dev/null 2>&1 || missing+=(nodejs npm)
if [ ${#missing[@]} -gt 0 ]; then
  echo "services: installing ${missing[*]}"
  as_root apt-get update -q
  # apt may fail to start the daemons where no init system runs; they are started below.
  DEBIAN_FRONTEND=noninteractive as_root apt-get install -y -q "${missing[@]}" || true
  [ -x /usr/sbin/mariadbd ] && command -v rabbitmq-server >/dev/null 2>&1 && [ -x /usr/bin/chromedriver ] \
    || { echo "services: install failed"; exit 1; }
fi

if ! mysqladmin ping --silent >/dev/null 2>&1 && ! mysqladmin -h127.0.0.1 ping --silent >/dev/null 2>&1; then
  echo "services: starting MariaDB"
  as_root mkdir -p /run/mysqld
  as_root chown mysql:root /run/mysqld
  as_root start-stop-daemon --start --oknodo --background --exec /usr/sbin/mariadbd -- --user=mysql
fi
mysqladmin --wait=30 ping >/dev/null 2>&1 || mysqladmin -h127.0.0.1 --wait=30 ping >/dev/null

# A fresh Debian install lets root in only through unix_socket, so use the socket as root.
root_sql() { as_root mysql -uroot "$@" 2>/dev/null || mysql -uroot -h127.0.0.1 "$@"; }
root_sql <<SQL
CREATE DATABASE IF NOT EXISTS minicrm CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci;
CREATE DATABASE IF NOT EXISTS minicrm_test CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci;
CREATE DATABASE IF NOT EXISTS minicrm_bench CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci;
CREATE USER IF NOT EXISTS '${DB_USER}'@'localhost' IDENTIFIED BY '${DB_PASSWORD}';
CREATE USER IF NOT EXISTS '${DB_USER}'@'127.0.0.1' IDENTIFIED BY '${DB_PASSWORD}';
CREATE USER IF NOT EXISTS '${DB_USER}'@'%' IDENTIFIED BY '${DB_PASSWORD}';
GRANT ALL PRIVILEGES ON \`minicrm%\`.* TO '${DB_USER}'@'localhost';
GRANT ALL PRIVILEGES ON \`minicrm%\`.* TO '${DB_USER}'@'127.0.0.1';
GRANT ALL PRIVILEGES ON \`minicrm%\`.* TO '${DB_USER}'@'%';
FLUSH PRIVILEGES;
SQL

if ! as_root rabbitmqctl -q status >/dev/null 2>&1; then
  echo "services: starting RabbitMQ"
  as_root rabbitmq-server -detached
fi
if ! as_root rabbitmqctl -q await_startup --timeout 60 >/dev/null 2>&1; then
  # A node that was still shutting down keeps the name busy; the first start then fails.
  echo "services: RabbitMQ did not come up; starting it again"
  sleep 5
  as_root rabbitmq-server -detached || true
  as_root rabbitmqctl -q await_startup --timeout 120
fi
echo "services: MariaDB and RabbitMQ are up"
