#!/usr/bin/env bash
# The triage inbox on 100,000 submissions: seeds a fresh SQLite file (and a fresh PostgreSQL database when
# CITIZENVOICE_TEST_POSTGRES holds an admin connection string, as .ci/services.sh exports), then times the inbox's
# query (scope, filters, folded search, counts, one page) against a plain SELECT … LIMIT 50 in the same run.
# Usage: bench/inbox.sh [COUNT]   Exit code 1 when an inbox query takes longer than 1 s (median).
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
cd "$root"
count=${1:-100000}
dotnet build bench/InboxBench -c Release -o bench/out/InboxBench --nologo -v q >/dev/null
mkdir -p bench/out
rm -f bench/out/inbox.db bench/out/inbox.db-wal bench/out/inbox.db-shm
status=0
dotnet bench/out/InboxBench/InboxBench.dll sqlite "Data Source=bench/out/inbox.db" "$count" || status=1
rm -f bench/out/inbox.db bench/out/inbox.db-wal bench/out/inbox.db-shm
if [ -n "${CITIZENVOICE_TEST_POSTGRES:-}" ]; then
  db=cv_inbox_bench_$$
  admin="$CITIZENVOICE_TEST_POSTGRES"
  psql_conn=$(echo "$admin" | tr ';' '\n' | awk -F= 'tolower($1)=="host"{h=$2} tolower($1)=="port"{p=$2} tolower($1)=="username"{u=$2} END{printf "host=%s port=%s user=%s dbname=postgres", h, (p?p:5432), u}')
  psql "$psql_conn" -qtAc "CREATE DATABASE $db" >/dev/null
  trap 'psql "$psql_conn" -qtAc "DROP DATABASE IF EXISTS $db WITH (FORCE)" >/dev/null || true' EXIT
  dotnet bench/out/InboxBench/InboxBench.dll postgresql "$(echo "$admin" | sed -E "s/Database=[^;]*/Database=$db/I")" "$count" || status=1
fi
exit $status
