#!/usr/bin/env bash
# `npm run dev`: seed, then the development server with the sandbox payment platform beside it.
set -euo pipefail
cd "$(dirname "$0")/.."
npm run db:seed
APP_PORT="${PORT:-3000}"
source scripts/sandbox-payments-beside.sh
run_app node_modules/.bin/next dev -p "${APP_PORT}" "$@"
