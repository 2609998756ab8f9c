#!/usr/bin/env bash
# A three-node RabbitMQ cluster on this machine (docs/scaling.md, docs/reliability.md): nodes
# crm-c1..crm-c3@localhost, each with its own AMQP port, distribution port, data, logs and config,
# sharing one Erlang cookie; the machine's own RabbitMQ is never touched.
#
#   reliability/rabbitmq-cluster.sh start     start the three nodes and join 2 and 3 to 1 (idempotent)
#   reliability/rabbitmq-cluster.sh stop      stop every node of the cluster that runs (idempotent)
#   reliability/rabbitmq-cluster.sh status    members, running nodes, and each quorum queue's members
#   reliability/rabbitmq-cluster.sh addresses the CRM_RABBITMQ_ADDRESSES value for this cluster
#   reliability/rabbitmq-cluster.sh kill N    kill -9 node N (a crash, for the fault suite)
#   reliability/rabbitmq-cluster.sh start-node N / stop-node N   one node only (it rejoins by itself)
#   reliability/rabbitmq-cluster.sh ctl N ... rabbitmqctl against node N, e.g. `ctl 1 list_queues -p /`
#   reliability/rabbitmq-cluster.sh wipe      stop, then delete the cluster's data (a fresh cluster next start)
#
# Settings: CRM_CLUSTER_DIR (reliability/target/rabbitmq-cluster), CRM_CLUSTER_AMQP_PORT (5701: nodes use
# 5701..5703), CRM_CLUSTER_DIST_PORT (25701..25703), CRM_CLUSTER_NAME (crm-c: node names crm-c1@localhost…).
# Each node runs one Erlang scheduler (+S 1:1), so that the three share 2 cores with the app.
set -euo pipefail
cd "$(dirname "$0")/.."
DIR=$(realpath -m "${CRM_CLUSTER_DIR:-reliability/target/rabbitmq-cluster}")
AMQP=${CRM_CLUSTER_AMQP_PORT:-5701}
DIST=${CRM_CLUSTER_DIST_PORT:-25701}
NAME=${CRM_CLUSTER_NAME:-crm-c}
BIN=/usr/lib/rabbitmq/bin
[ -x "$BIN/rabbitmq-server" ] || BIN=$(dirname "$(command -v rabbitmq-server)")

node() { echo "$NAME$1@localhost"; }

# The environment of node $1: its own folders and ports; HOME holds the cookie the nodes and the CLI share.
env_of() {
  local n=$1 d="$DIR/node$1"
  echo HOME="$DIR" RABBITMQ_NODENAME="$(node "$n")" RABBITMQ_NODE_PORT=$((AMQP + n - 1)) \
    RABBITMQ_DIST_PORT=$((DIST + n - 1)) RABBITMQ_CONFIG_FILE="$d/rabbitmq.conf" \
    RABBITMQ_CONF_ENV_FILE="$d/rabbitmq-env.conf" RABBITMQ_ENABLED_PLUGINS_FILE="$d/enabled_plugins" \
    RABBITMQ_MNESIA_BASE="$d/mnesia" RABBITMQ_LOG_BASE="$d/log" RABBITMQ_PID_FILE="$d/beam.pid" \
    RABBITMQ_SERVER_ADDITIONAL_ERL_ARGS="'+S 1:1 +A 4 -kernel inet_dist_use_interface {127,0,0,1}'"
}

ctl() {
  local n=$1; shift
  eval env "$(env_of "$n")" "$BIN/rabbitmqctl" -n "$(node "$n")" '"$@"'
}

running() { ctl "$1" -q status >/dev/null 2>&1; }

prepare() {
  mkdir -p "$DIR"
  if [ ! -s "$DIR/.erlang.cookie" ]; then
    head -c 32 /dev/urandom | od -An -tx1 | tr -d ' \n' >"$DIR/.erlang.cookie"
    chmod 400 "$DIR/.erlang.cookie"
  fi
  for n in 1 2 3; do
    local d="$DIR/node$n"
    mkdir -p "$d/mnesia" "$d/log"
    printf 'listeners.tcp.local = 127.0.0.1:%s\nloopback_users = none\n' $((AMQP + n - 1)) >"$d/rabbitmq.conf"
    echo '[].' >"$d/enabled_plugins"
    : >"$d/rabbitmq-env.conf"
  done
}

launch() {
  local n=$1
  if running "$n"; then return; fi
  echo "rabbitmq-cluster: starting $(node "$n") (AMQP $((AMQP + n - 1)))"
  eval env "$(env_of "$n")" nohup "$BIN/rabbitmq-server" >>"$DIR/node$n/server.out" 2>&1 </dev/null &
}

await_node() {
  local n=$1 tries=0
  # The CLI gives up at once while the node is not registered with epmd yet.
  until ctl "$n" -q await_startup --timeout 60 >/dev/null 2>&1; do
    tries=$((tries + 1))
    if [ $tries -ge 60 ]; then echo "rabbitmq-cluster: $(node "$n") did not start; see $DIR/node$n" >&2; exit 1; fi
    sleep 1
  done
}

join() {
  local n=$1
  if ctl "$n" -q cluster_status --formatter json | grep -q "\"$(node 1)\""; then return; fi
  echo "rabbitmq-cluster: joining $(node "$n") to $(node 1)"
  {
    ctl "$n" -q stop_app
    ctl "$n" -q reset
    ctl "$n" -q join_cluster "$(node 1)"
    ctl "$n" -q start_app
  } >>"$DIR/join.log" 2>&1 || { echo "rabbitmq-cluster: join failed; see $DIR/join.log" >&2; exit 1; }
}

stop_node() {
  local n=$1
  if running "$n"; then
    echo "rabbitmq-cluster: stopping $(node "$n")"
    ctl "$n" -q stop
  fi
}

case "${1:-status}" in
  start)
    prepare
    # All three at once: a clustered node that was not the last to stop waits for its peers on boot.
    for n in 1 2 3; do launch "$n"; done
    for n in 1 2 3; do await_node "$n"; done
    join 2
    join 3
    "$0" status
    ;;
  stop)
    # Followers first, so the last node down is the one that starts first again.
    for n in 3 2 1; do stop_node "$n"; done
    ;;
  start-node) prepare; launch "$2"; await_node "$2" ;;
  stop-node) stop_node "$2" ;;
  kill)
    pid=$(cat "$DIR/node$2/beam.pid" 2>/dev/null || true)
    if [ -n "$pid" ] && kill -0 "$pid" 2>/dev/null; then
      echo "rabbitmq-cluster: kill -9 $(node "$2") (pid $pid)"
      kill -9 "$pid"
      while kill -0 "$pid" 2>/dev/null; do sleep 0.1; done
    fi
    ;;
  status)
    for n in 1 2 3; do
      if running "$n"; then echo "$(node "$n"): running, AMQP 127.0.0.1:$((AMQP + n - 1))"; else echo "$(node "$n"): down"; fi
    done
    for n in 1 2 3; do
      if running "$n"; then
        ctl "$n" -q cluster_status
        for vhost in $(ctl "$n" -q list_vhosts --no-table-headers); do
          ctl "$n" -q list_queues -p "$vhost" name type leader members messages consumers --no-table-headers \
            | sed "s|^|vhost $vhost: |"
        done
        break
      fi
    done
    ;;
  addresses) echo "127.0.0.1:$AMQP,127.0.0.1:$((AMQP + 1)),127.0.0.1:$((AMQP + 2))" ;;
  ctl) n=$2; shift 2; ctl "$n" "$@" ;;
  wipe)
    "$0" stop
    rm -rf "$DIR"
    ;;
  *) sed -n '2,17p' "$0"; exit 2 ;;
esac
