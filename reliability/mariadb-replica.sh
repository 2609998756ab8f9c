#!/usr/bin/env bash
# A MariaDB primary and a read replica on this machine, replicating with GTID (docs/scaling.md,
# docs/reliability.md): two private `mariadbd --no-defaults` servers with their own ports and data
# folders; the machine's own MariaDB is never touched. The account crm/crm (as scripts/services.sh
# makes on the machine's server) exists on both, created on the primary and replicated.
#
#   reliability/mariadb-replica.sh start          install (first time), start both, replicate (idempotent)
#   reliability/mariadb-replica.sh stop           stop both (idempotent)
#   reliability/mariadb-replica.sh status         both servers, the replica's threads, lag and GTID position
#   reliability/mariadb-replica.sh urls           CRM_DB_URL and CRM_DB_READ_URL for a database (argument, default minicrm)
#   reliability/mariadb-replica.sh stop-replica / start-replica   the replica alone (the primary goes on)
#   reliability/mariadb-replica.sh sql primary|replica "SQL"      a statement as root, e.g. to inject lag
#   reliability/mariadb-replica.sh wipe           stop, then delete both servers' data
#
# Settings: CRM_REPLICA_DIR (reliability/target/mariadb-replica), CRM_REPLICA_PRIMARY_PORT (13401),
# CRM_REPLICA_PORT (13402). The replication account's password is random, kept in the folder.
set -euo pipefail
cd "$(dirname "$0")/.."
DIR=$(realpath -m "${CRM_REPLICA_DIR:-reliability/target/mariadb-replica}")
PRIMARY_PORT=${CRM_REPLICA_PRIMARY_PORT:-13401}
REPLICA_PORT=${CRM_REPLICA_PORT:-13402}
AS_ROOT=()
[ "$(id -u)" -eq 0 ] && AS_ROOT=(--user=root)

port_of() { if [ "$1" = primary ]; then echo "$PRIMARY_PORT"; else echo "$REPLICA_PORT"; fi; }
sql() { mariadb --no-defaults --protocol=tcp -h127.0.0.1 -P"$(port_of "$1")" -uroot -N -B -e "$2"; }
up() { mariadb-admin --no-defaults --protocol=tcp -h127.0.0.1 -P"$(port_of "$1")" -uroot ping >/dev/null 2>&1; }

start_server() {
  local name=$1 id=$2 d="$DIR/$1"
  if up "$name"; then return; fi
  mkdir -p "$d"
  if [ ! -d "$d/data/mysql" ]; then
    mariadb-install-db --no-defaults --datadir="$d/data" --auth-root-authentication-method=normal --skip-test-db \
      "${AS_ROOT[@]}" >"$d/install.log" 2>&1
  fi
  echo "mariadb-replica: starting the $name on port $(port_of "$name")"
  # Small buffers: both servers share 2 cores and the memory with the app and the broker.
  nohup mariadbd --no-defaults --datadir="$d/data" --port="$(port_of "$name")" --bind-address=127.0.0.1 \
    --socket="$d/mysqld.sock" --pid-file="$d/mysqld.pid" --server-id="$id" --log-bin=mariadb-bin --binlog-format=ROW \
    --relay-log=relay-bin --innodb-buffer-pool-size=128M --max-connections=200 --character-set-server=utf8mb4 \
    --collation-server=utf8mb4_unicode_ci "${AS_ROOT[@]}" >>"$d/mysqld.log" 2>&1 </dev/null &
  for _ in $(seq 1 120); do
    if up "$name"; then return; fi
    sleep 0.5
  done
  echo "mariadb-replica: the $name did not start; see $d/mysqld.log" >&2
  exit 1
}

stop_server() {
  local name=$1
  if up "$name"; then
    echo "mariadb-replica: stopping the $name"
    mariadb-admin --no-defaults --protocol=tcp -h127.0.0.1 -P"$(port_of "$name")" -uroot shutdown
  fi
}

case "${1:-status}" in
  start)
    start_server primary 1
    if [ ! -s "$DIR/repl.secret" ]; then
      head -c 24 /dev/urandom | od -An -tx1 | tr -d ' \n' >"$DIR/repl.secret"
      chmod 600 "$DIR/repl.secret"
    fi
    secret=$(cat "$DIR/repl.secret")
    # Logged in the binary log, so the replica gets the same accounts by replaying it.
    sql primary "CREATE USER IF NOT EXISTS 'crm'@'%' IDENTIFIED BY 'crm'; GRANT ALL PRIVILEGES ON *.* TO 'crm'@'%';
      CREATE USER IF NOT EXISTS 'repl'@'%' IDENTIFIED BY '$secret'; ALTER USER 'repl'@'%' IDENTIFIED BY '$secret';
      GRANT REPLICATION SLAVE ON *.* TO 'repl'@'%';"
    start_server replica 2
    if [ -z "$(sql replica "SHOW SLAVE STATUS")" ]; then
      echo "mariadb-replica: replicating from the primary (GTID, slave_pos)"
      sql replica "CHANGE MASTER TO MASTER_HOST='127.0.0.1', MASTER_PORT=$PRIMARY_PORT, MASTER_USER='repl',
        MASTER_PASSWORD='$secret', MASTER_USE_GTID=slave_pos, MASTER_CONNECT_RETRY=1; START SLAVE;"
    else
      sql replica "START SLAVE"
    fi
    "$0" status
    ;;
  stop)
    stop_server replica
    stop_server primary
    ;;
  stop-replica) stop_server replica ;;
  start-replica) start_server replica 2; sql replica "START SLAVE" ;;
  status)
    for name in primary replica; do
      if up "$name"; then echo "$name: running on 127.0.0.1:$(port_of "$name")"; else echo "$name: down"; fi
    done
    if up replica; then
      mariadb --no-defaults --protocol=tcp -h127.0.0.1 -P"$REPLICA_PORT" -uroot -e "SHOW SLAVE STATUS\G" | grep -E "Slave_IO_Running|Slave_SQL_Running:|Seconds_Behind_Master|Gtid_IO_Pos|SQL_Delay|Last_.*Error:" || true
    fi
    ;;
  urls)
    db=${2:-minicrm}
    echo "CRM_DB_URL=jdbc:mariadb://127.0.0.1:$PRIMARY_PORT/$db"
    echo "CRM_DB_READ_URL=jdbc:mariadb://127.0.0.1:$REPLICA_PORT/$db"
    ;;
  sql) sql "$2" "$3" ;;
  wipe)
    "$0" stop
    rm -rf "$DIR"
    ;;
  *) sed -n '2,18p' "$0"; exit 2 ;;
esac
