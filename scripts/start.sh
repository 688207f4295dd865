#!/usr/bin/env bash
# `npm start`: a working site with demo data on the embedded database (or DATABASE_URL), from a fresh clone.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/ensure-deps.sh
# Migrations and seed run before the server starts: one process at a time per PGlite data directory.
npx tsx prisma/seed.ts
npx next build
echo "Open http://localhost:${PORT:-3000} — demo accounts are listed in README.md."
exec npx next start -p "${PORT:-3000}" --keepAliveTimeout 65000
