#!/usr/bin/env bash
# A throwaway PostgreSQL for the central server's tests: a cluster in build/pg listening on
# 127.0.0.1:5433, role desk (password desk, CREATEDB) and database desk_test. Root on Debian:
# installs postgresql when no initdb is found. Safe to run again: it only does what is missing.
# Prints the line to export. The cluster trades durability for speed (fsync off): tests only.
set -euo pipefail
PORT=${DESK_PG_PORT:-5433}
ROOT=$(cd "$(dirname "$0")/.." && pwd)
DATA=${DESK_PG_DIR:-$ROOT/build/pg}
SOCKETS=/tmp  # short and always there (socket paths are limited to ~100 characters)
URL="postgresql+psycopg://desk:desk@127.0.0.1:$PORT/desk_test"

[ "$(id -u)" -eq 0 ] || { echo "setup-test-postgres: run as root" >&2; exit 1; }

pg_bin() { ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1; }
BIN=$(pg_bin)
if [ -z "$BIN" ] || [ ! -x "$BIN/initdb" ]; then
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq
  apt-get install -y -qq --no-install-recommends postgresql >/dev/null
  BIN=$(pg_bin)
fi
as_pg() { runuser -u postgres -- "$@"; }

# the server runs as postgres: the data directory's parents must be reachable by it (a checkout under
# /root is not), else the cluster lives in postgres's home instead
mkdir -p "$(dirname "$DATA")"
if ! as_pg test -x "$(dirname "$DATA")"; then
  DATA=/var/lib/postgresql/desk-test-$PORT
fi

if [ ! -f "$DATA/PG_VERSION" ]; then
  mkdir -p "$DATA"
  chown postgres:postgres "$DATA"
  chmod 700 "$DATA"
  as_pg "$BIN/initdb" -D "$DATA" -U postgres --auth-local=peer --auth-host=scram-sha-256 -E UTF8 \
    --locale=C.UTF-8 >/dev/null
  cat >> "$DATA/postgresql.conf" <<CONF
# desk test cluster
listen_addresses = '127.0.0.1'
port = $PORT
unix_socket_directories = '$SOCKETS'
fsync = off
synchronous_commit = off
full_page_writes = off
max_connections = 200
CONF
fi

if ! as_pg "$BIN/pg_ctl" -D "$DATA" status >/dev/null 2>&1; then
  as_pg "$BIN/pg_ctl" -D "$DATA" -l "$DATA/server.log" -w -t 60 start >/dev/null
fi

psql_pg() { as_pg "$BIN/psql" -h "$SOCKETS" -p "$PORT" -U postgres -d postgres -v ON_ERROR_STOP=1 -qtAc "$1"; }
if [ "$(psql_pg "SELECT 1 FROM pg_roles WHERE rolname = 'desk'")" != 1 ]; then
  psql_pg "CREATE ROLE desk LOGIN CREATEDB PASSWORD 'desk'"
else
  psql_pg "ALTER ROLE desk LOGIN CREATEDB PASSWORD 'desk'"
fi
# Tests drop their databases WITH (FORCE); an autovacuum worker busy in one at that moment can be
# terminated only by a member of pg_signal_backend (without it the drop fails now and then).
psql_pg "GRANT pg_signal_backend TO desk"
if [ "$(psql_pg "SELECT 1 FROM pg_database WHERE datname = 'desk_test'")" != 1 ]; then
  psql_pg "CREATE DATABASE desk_test OWNER desk"
fi

echo "PostgreSQL for tests: $DATA on 127.0.0.1:$PORT" >&2
echo "export DESK_TEST_PG_URL=$URL"
