#!/usr/bin/env bash
# `npm run db:new-migration -- <name>`: writes prisma/migrations/<timestamp>_<name>/migration.sql with the SQL
# that takes the last migrated schema to prisma/schema.prisma. Needs no database and no network.
set -euo pipefail
cd "$(dirname "$0")/.."
NAME="${1:?usage: npm run db:new-migration -- <name>}"
export PRISMA_QUERY_ENGINE_LIBRARY=/dev/null
SCRATCH="$(mktemp -d)"
trap 'rm -rf "$SCRATCH"' EXIT
# The schema as of the last migration = the committed schema.prisma at the last commit touching migrations.
LAST="$(git log -1 --format=%H -- prisma/migrations)"
git show "$LAST:prisma/schema.prisma" > "$SCRATCH/previous.prisma"
DIR="prisma/migrations/$(date -u +%Y%m%d%H%M%S)_${NAME}"
mkdir -p "$DIR"
npx prisma migrate diff --from-schema-datamodel "$SCRATCH/previous.prisma" --to-schema-datamodel prisma/schema.prisma --script > "$DIR/migration.sql"
if ! grep -qv '^--' "$DIR/migration.sql"; then
  rm -rf "$DIR"
  echo "No schema change since the last migration."
  exit 0
fi
echo "Wrote $DIR/migration.sql — review it, add any hand-written SQL (constraints, triggers), then commit it with the schema."
