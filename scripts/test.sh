#!/usr/bin/env bash
# `npm test`: every check, in the order that fails fastest. Needs PostgreSQL binaries and Chromium
# (installed here when running as root on Debian, as CI does).
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/ensure-deps.sh
bash scripts/ensure-chromium.sh
export TEST_DATABASE_URL="$(bash scripts/ensure-postgres.sh)"

step() { printf '\n\033[1m== %s ==\033[0m\n' "$1"; }

step "Type check";                        npm run -s typecheck
step "Lint and format";                   npm run -s lint
step "Unit tests";                        npx vitest run --project unit
# Date rules must not depend on the process's zone: again, far from China.
step "Unit tests, TZ=America/Los_Angeles"; TZ=America/Los_Angeles npx vitest run --project unit
step "Integration tests on PGlite";       env -u TEST_DATABASE_URL npx vitest run --project integration
step "Integration tests on PostgreSQL";   npx vitest run --project integration
step "Production build";                  npx next build
step "End-to-end tests (Chromium)";       npx playwright test
# Reuses the build above; a fresh embedded database of its own, so it runs after e2e, not beside it.
step "Lighthouse: accessibility and best practices 100 (performance reported)"; npm run -s lighthouse
