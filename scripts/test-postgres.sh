#!/usr/bin/env bash
# A throwaway PostgreSQL on loopback for the tests.
#   scripts/test-postgres.sh start   # (re)creates the cluster, prints its URL
#   scripts/test-postgres.sh stop
#   scripts/test-postgres.sh run CMD...   # start, run CMD with
#                                         # LIBRANET_TEST_POSTGRES_URL set, stop
# The cluster lives in $LIBRANET_TEST_PG_DIR and trusts loopback connections,
# so it is for tests only.
set -euo pipefail

port=${LIBRANET_TEST_PG_PORT:-55432}
dir=${LIBRANET_TEST_PG_DIR:-/tmp/libranet-test-pg}
bin=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1)
[ -n "$bin" ] || { echo "PostgreSQL is not installed (run: make tools)" >&2; exit 1; }

# PostgreSQL refuses to run as root; use the postgres account then.
as_owner() {
  if [ "$(id -u)" = 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi
}

stop() {
  if [ -f "$dir/data/postmaster.pid" ]; then
    as_owner "$bin/pg_ctl" -D "$dir/data" -m fast -w stop >/dev/null 2>&1 || true
  fi
}

start() {
    stop
    rm -rf "$dir"
    mkdir -p "$dir"
    [ "$(id -u)" = 0 ] && chown postgres "$dir"
    as_owner "$bin/initdb" -D "$dir/data" -U postgres -A trust -E UTF8 --no-sync >"$dir/initdb.log" 2>&1 \
      || { cat "$dir/initdb.log" >&2; exit 1; }
    as_owner "$bin/pg_ctl" -D "$dir/data" -l "$dir/server.log" -w \
      -o "-c listen_addresses=127.0.0.1 -p $port -k $dir -c fsync=off -c max_connections=300" start >/dev/null \
      || { cat "$dir/server.log" >&2; exit 1; }
    echo "postgres://postgres@127.0.0.1:$port/postgres"
}

case "${1:-}" in
  start) start ;;
  stop) stop ;;
  run)
    shift
    url=$(start)
    trap stop EXIT
    LIBRANET_TEST_POSTGRES_URL=$url LIBRANET_REQUIRE_POSTGRES=1 "$@"
    ;;
  *) echo "usage: $0 start|stop|run CMD..." >&2; exit 2 ;;
esac
