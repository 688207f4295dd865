import { Webhook } from "standardwebhooks";
import { nextRetryDelayMs, type RetryPolicy } from "./backoff";
import type { DeliveryRecord } from "./state";
import type { Store } from "./store";

export interface NotifierOptions {
  notifyUrl: string | null;
  webhookSecret: string;
  retry: RetryPolicy;
  deliveryTimeoutMs: number;
  now: () => number;
  log: (message: string) => void;
}

/**
 * Sends stored notifications to the platform's webhook, signed in the Standard Webhooks format, until one
 * attempt is answered 2xx; each failure waits longer (backoff.ts) until the attempts run out (GAVE_UP).
 * Deliveries live in the state file, so those pending at a restart resume (at least once: one in flight
 * during a crash is sent again, with the same `webhook-id`). Each attempt is signed anew: the
 * `webhook-timestamp` is the attempt's time, as the receiver's 5-minute window expects.
 */
export class Notifier {
  private timer: NodeJS.Timeout | null = null;
  private readonly inFlight = new Map<string, Promise<void>>();
  private stopped = false;
  private readonly webhook: Webhook;

  constructor(
    private readonly store: Store,
    private readonly options: NotifierOptions,
  ) {
    this.webhook = new Webhook(options.webhookSecret);
  }

  /** Looks for due deliveries now (after a change, at start-up). */
  wake(): void {
    if (this.stopped || !this.options.notifyUrl) return;
    if (this.timer) clearTimeout(this.timer);
    this.timer = null;
    const now = this.options.now();
    for (const delivery of this.store.state.deliveries) {
      if (delivery.status !== "PENDING" || delivery.nextAttemptAt > now || this.inFlight.has(delivery.key)) continue;
      const attempt = this.attempt(delivery).finally(() => {
        this.inFlight.delete(delivery.key);
        this.wake();
      });
      this.inFlight.set(delivery.key, attempt);
    }
    this.scheduleNext();
  }

  /** Stops sending; resolves when attempts in flight have been recorded. */
  async stop(): Promise<void> {
    this.stopped = true;
    if (this.timer) clearTimeout(this.timer);
    await Promise.allSettled([...this.inFlight.values()]);
  }

  private scheduleNext(): void {
    let next = Number.POSITIVE_INFINITY;
    for (const delivery of this.store.state.deliveries) {
      if (delivery.status === "PENDING" && !this.inFlight.has(delivery.key)) next = Math.min(next, delivery.nextAttemptAt);
    }
    if (next === Number.POSITIVE_INFINITY) return;
    this.timer = setTimeout(() => this.wake(), Math.max(0, next - this.options.now()));
  }

  private async attempt(delivery: DeliveryRecord): Promise<void> {
    const { notifyUrl, deliveryTimeoutMs } = this.options;
    let error: string | null = null;
    try {
      const sentAt = new Date(this.options.now());
      const response = await fetch(notifyUrl as string, {
        method: "POST",
        headers: {
          "content-type": "application/json",
          "webhook-id": delivery.webhookId,
          "webhook-timestamp": String(Math.floor(sentAt.getTime() / 1000)),
          "webhook-signature": this.webhook.sign(delivery.webhookId, sentAt, delivery.body),
        },
        body: delivery.body,
        signal: AbortSignal.timeout(deliveryTimeoutMs),
      });
      await response.arrayBuffer().catch(() => undefined);
      if (!response.ok) error = `HTTP ${response.status}`;
    } catch (cause) {
      // fetch's "fetch failed" hides the reason (ECONNREFUSED, a timeout…) in its cause.
      const reason = cause instanceof Error ? (cause.cause as { code?: string } | undefined)?.code : undefined;
      error = cause instanceof Error ? `${cause.name}: ${cause.message}${reason ? ` (${reason})` : ""}` : String(cause);
    }
    await this.store.update(() => {
      delivery.attempts += 1;
      delivery.lastError = error;
      if (error === null) {
        delivery.status = "DELIVERED";
        delivery.deliveredAt = this.options.now();
        return;
      }
      const delay = nextRetryDelayMs(delivery.attempts, this.options.retry);
      if (delay === null) delivery.status = "GAVE_UP";
      else delivery.nextAttemptAt = this.options.now() + delay;
    });
    if (error !== null) {
      this.options.log(`notification ${delivery.webhookId} attempt ${delivery.attempts} failed (${error}); ${delivery.status}`);
    }
  }
}
