#!/usr/bin/env bash
# Prints a PostgreSQL URL for the test suite. Uses TEST_DATABASE_URL when set; otherwise starts a private,
# throwaway server (trust auth, loopback only) from the installed PostgreSQL binaries. Idempotent.
set -euo pipefail
if [ -n "${TEST_DATABASE_URL:-}" ]; then echo "$TEST_DATABASE_URL"; exit 0; fi

PORT="${TEST_PG_PORT:-54329}"
DIR="${TEST_PG_DIR:-/tmp/lending-test-postgres}"
BIN="$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1 || true)"
[ -n "$BIN" ] || BIN="$(dirname "$(command -v initdb 2>/dev/null || echo /nonexistent/initdb)")"
if [ ! -x "$BIN/initdb" ]; then
  echo "PostgreSQL is not installed. On Debian/Ubuntu: sudo apt-get install -y postgresql" >&2
  exit 1
fi

run_as_owner() {
  if [ "$(id -u)" = "0" ]; then su postgres -s /bin/sh -c "$*"; else sh -c "$*"; fi
}

if ! "$BIN/pg_isready" -q -h 127.0.0.1 -p "$PORT" 2>/dev/null; then
  if [ ! -f "$DIR/PG_VERSION" ]; then
    mkdir -p "$DIR"
    [ "$(id -u)" = "0" ] && chown postgres:postgres "$DIR"
    run_as_owner "'$BIN/initdb' -D '$DIR' -U postgres --auth=trust --no-sync -E UTF8 --locale=C.UTF-8 >/dev/null"
  fi
  run_as_owner "'$BIN/pg_ctl' -D '$DIR' -l '$DIR/server.log' -w -o \"-p $PORT -k /tmp -c listen_addresses=127.0.0.1 -c fsync=off -c synchronous_commit=off -c full_page_writes=off -c max_connections=300\" start >/dev/null"
fi
echo "postgres://postgres@127.0.0.1:$PORT/postgres"
