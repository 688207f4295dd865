#!/usr/bin/env bash
# Started by Playwright beside scripts/e2e-server.sh: the sandbox payment platform on a fresh data directory
# (nothing left from an earlier run), configured by the environment playwright.config.ts gives it.
set -euo pipefail
cd "$(dirname "$0")/.."
: "${SANDBOX_PAYMENTS_DATA_DIR:?}" "${SANDBOX_PAYMENTS_PORT:?}"
rm -rf "$SANDBOX_PAYMENTS_DATA_DIR"
exec node --import tsx sandbox-payments/server.ts
