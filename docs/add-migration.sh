#!/usr/bin/env bash
# Adds one migration with the same name to each provider's migrations project: docs/add-migration.sh NAME
set -euo pipefail
name=${1:?usage: docs/add-migration.sh MigrationName}
cd "$(dirname "$0")/.."
dotnet tool restore >/dev/null
for provider in Sqlite PostgreSql SqlServer; do
  dotnet ef migrations add "$name" \
    --project "src/CitizenVoice.Migrations.$provider" \
    --startup-project "src/CitizenVoice.Migrations.$provider" \
    --output-dir Migrations
done
