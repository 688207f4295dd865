#!/usr/bin/env bash
# `npm start`: a working site with demo data on the embedded database (or DATABASE_URL), from a fresh clone,
# and the sandbox payment platform beside it (scripts/sandbox-payments-beside.sh), stopped with it.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/ensure-deps.sh
# Migrations and seed run before the server starts: one process at a time per PGlite data directory.
npx tsx prisma/seed.ts
npx next build
APP_PORT="${PORT:-3000}"
source scripts/sandbox-payments-beside.sh
echo "Open http://localhost:${APP_PORT} — demo accounts are listed in README.md."
# Not exec: this shell stays to stop the sandbox with the app. next's own binary (not npx), so the process
# run_app signals is the server itself.
run_app node_modules/.bin/next start -p "${APP_PORT}" --keepAliveTimeout 65000
