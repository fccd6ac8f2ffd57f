#!/usr/bin/env bash
# Starts the servers the tests need, on loopback only, and exports their addresses:
#   PostgreSQL on 127.0.0.1:55432 (throw-away cluster, trust auth, fsync off: test data only)
#   SMTP (python3-aiosmtpd) on 127.0.0.1:2525, writing each message to a Maildir
# Source it: `. .ci/services.sh`. Safe to source twice: running servers are reused.
set -euo pipefail

CV_PG_PORT=${CV_PG_PORT:-55432}
CV_PGDATA=${CV_PGDATA:-/tmp/citizenvoice-pg}
CV_SMTP_PORT=${CV_SMTP_PORT:-2525}
CV_MAILDIR=${CV_MAILDIR:-/tmp/citizenvoice-maildir}

pg_version=$(ls /usr/lib/postgresql | sort -V | tail -n 1)
pg_bin=/usr/lib/postgresql/$pg_version/bin
if ! "$pg_bin/pg_isready" -q -h 127.0.0.1 -p "$CV_PG_PORT"; then
  rm -rf "$CV_PGDATA"
  mkdir -p "$CV_PGDATA"
  chown postgres:postgres "$CV_PGDATA"
  su postgres -s /bin/sh -c "$pg_bin/initdb -D '$CV_PGDATA' -U postgres --auth=trust -E UTF8 --locale=C.UTF-8 >/dev/null"
  su postgres -s /bin/sh -c "$pg_bin/pg_ctl -D '$CV_PGDATA' -l '$CV_PGDATA/server.log' -w start \
    -o \"-p $CV_PG_PORT -k /tmp -c listen_addresses=127.0.0.1 -c fsync=off -c synchronous_commit=off -c full_page_writes=off -c max_connections=300\"" >/dev/null
fi
export CITIZENVOICE_TEST_POSTGRES="Host=127.0.0.1;Port=$CV_PG_PORT;Username=postgres;Database=postgres;Pooling=true;Maximum Pool Size=50"
echo "PostgreSQL $pg_version on 127.0.0.1:$CV_PG_PORT"

mkdir -p "$CV_MAILDIR/tmp" "$CV_MAILDIR/new" "$CV_MAILDIR/cur"
if ! (exec 3<>"/dev/tcp/127.0.0.1/$CV_SMTP_PORT") 2>/dev/null; then
  nohup /usr/bin/python3 -m aiosmtpd -n -l "127.0.0.1:$CV_SMTP_PORT" -c aiosmtpd.handlers.Mailbox "$CV_MAILDIR" \
    >/tmp/citizenvoice-smtp.log 2>&1 &
  for _ in $(seq 1 50); do
    (exec 3<>"/dev/tcp/127.0.0.1/$CV_SMTP_PORT") 2>/dev/null && break
    sleep 0.1
  done
fi
export CITIZENVOICE_TEST_SMTP_PORT=$CV_SMTP_PORT
export CITIZENVOICE_TEST_SMTP_MAILBOX=$CV_MAILDIR
echo "SMTP (aiosmtpd) on 127.0.0.1:$CV_SMTP_PORT, Maildir $CV_MAILDIR"
