#!/usr/bin/env bash
# A throw-away PostgreSQL cluster on a loopback port for the intake service's tests, run as the `postgres` user
# (initdb and the server refuse root). Prints the URL to export as VERIFIELD_TEST_POSTGRES_URL.
set -euo pipefail
port="${1:-54329}"
bin="$(ls -d /usr/lib/postgresql/*/bin | sort -V | tail -1)"
cluster="$(mktemp -d /tmp/verifield-pg.XXXXXX)"
chown postgres:postgres "$cluster"
run() { if [ "$(id -u)" = 0 ]; then su postgres -s /bin/sh -c "$*"; else sh -c "$*"; fi; }
run "'$bin/initdb' -D '$cluster/data' -A trust -U postgres -E UTF8 --no-sync" >/dev/null
run "'$bin/pg_ctl' -D '$cluster/data' -l '$cluster/log' -w -o \"-p $port -k '$cluster' -c listen_addresses=127.0.0.1 -c fsync=off -c max_connections=200\" start" >/dev/null
echo "postgresql://postgres@127.0.0.1:$port/postgres"
