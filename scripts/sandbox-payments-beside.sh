# Sourced by scripts/start.sh and scripts/dev.sh (not run alone): starts the sandbox payment platform
# (sandbox-payments/) in the background beside the app on APP_PORT, with secrets matching the app's, and
# stops it when the calling script exits. Exports what the app needs: SANDBOX_PAYMENTS_URL,
# SANDBOX_PAYMENTS_API_KEY, PAYMENT_WEBHOOK_SECRET. Then `run_app <command…>` runs the app and waits for it.
: "${APP_PORT:?}"
random_secret() { node -e 'process.stdout.write(require("node:crypto").randomBytes(32).toString("base64"))'; }

export SANDBOX_PAYMENTS_PORT="${SANDBOX_PAYMENTS_PORT:-3100}"
export SANDBOX_PAYMENTS_URL="${SANDBOX_PAYMENTS_URL:-http://localhost:${SANDBOX_PAYMENTS_PORT}}"
# Set them yourself to keep them across restarts; otherwise each start makes new ones (no one types them:
# only the two processes, started together here, need to agree).
export SANDBOX_PAYMENTS_API_KEY="${SANDBOX_PAYMENTS_API_KEY:-$(random_secret)}"
export PAYMENT_WEBHOOK_SECRET="${PAYMENT_WEBHOOK_SECRET:-whsec_$(random_secret)}"
sandbox_instance="$(node -e 'process.stdout.write(require("node:crypto").randomUUID())')"

SANDBOX_PAYMENTS_WEBHOOK_SECRET="$PAYMENT_WEBHOOK_SECRET" \
  SANDBOX_PAYMENTS_NOTIFY_URL="${SANDBOX_PAYMENTS_NOTIFY_URL:-http://localhost:${APP_PORT}/api/payments/notifications}" \
  SANDBOX_PAYMENTS_INSTANCE="$sandbox_instance" \
  node --import tsx sandbox-payments/server.ts &
sandbox_pid=$!
app_pid=""
# Whatever ends this script (the app exiting, Ctrl-C, a SIGTERM to this shell) stops both processes.
trap 'kill $app_pid "$sandbox_pid" 2>/dev/null || true' EXIT
trap 'exit 130' INT
trap 'exit 143' TERM

# Wait for THIS sandbox (its instance id), so one left over from an earlier run on the same port is never
# taken for it: that one would hold other secrets and other data.
for _ in $(seq 1 150); do
  if ! kill -0 "$sandbox_pid" 2>/dev/null; then
    echo "The sandbox payment platform did not start (is port ${SANDBOX_PAYMENTS_PORT} in use? SANDBOX_PAYMENTS_PORT=… picks another)." >&2
    exit 1
  fi
  if node -e 'fetch(process.argv[1]).then((r) => process.exit(r.ok ? 0 : 1), () => process.exit(1))' \
    "http://127.0.0.1:${SANDBOX_PAYMENTS_PORT}/health?instance=${sandbox_instance}"; then
    break
  fi
  sleep 0.2
done
echo "Sandbox payment platform: ${SANDBOX_PAYMENTS_URL}/console (customer service; password: SANDBOX_PAYMENTS_CONSOLE_PASSWORD, default sandbox-console)"

# The app runs in the background and this shell waits: a shell waiting on a foreground child would run its
# traps only after the child exits, so a SIGTERM to it would leave both servers running.
run_app() {
  "$@" &
  app_pid=$!
  wait "$app_pid"
}
