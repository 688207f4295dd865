#!/usr/bin/env bash
# Started by Playwright: a fresh e2e database (migrated, with demo data) and the production build on it.
set -euo pipefail
cd "$(dirname "$0")/.."
: "${DATABASE_URL:?}" "${TEST_DATABASE_URL:?}"
[ -f .next/BUILD_ID ] || npx next build
npx tsx scripts/recreate-database.ts "$DATABASE_URL"
# A fresh run starts on the real time (the test clock, when enabled, follows this file).
[ -z "${TEST_CLOCK_FILE:-}" ] || rm -f "$TEST_CLOCK_FILE"
npx tsx prisma/seed.ts
# No -H: proxy.ts rewrites every page to its [locale] route, and Next.js 16 takes a rewrite for a foreign
# origin (and forwards it over HTTP) when the server is bound to a host name other than "localhost" (docs/deployment).
# Idle connections kept 65 s (Node's default is 5 s): a client reusing a kept-alive socket just as the server
# closes it gets ECONNRESET (seen once in e2e on a document download); docs/deployment.md.
exec npx next start -p "${PORT:-3200}" --keepAliveTimeout 65000
