/**
 * A DeliveryTarget for tests and benches: records what it accepted and can be told to
 * fail transiently, permanently, or to enforce a token-bucket rate limit the way Slack
 * and Discord answer 429 (DeliveryError('rate_limited', ..., retryAfterMs)).
 */
import { type Alert, DeliveryError, type DeliveryErrorCode, type DeliveryReceipt, type DeliveryTarget } from '../../src/chat/alert.js';

/** One accepted alert. */
export interface Delivery {
  alert: Alert;
  at: number;
}

type Rule = (alert: Alert, attempt: number) => DeliveryError | undefined;

/** A recording target for one platform. */
export class FakeDeliveryTarget implements DeliveryTarget {
  readonly delivered: Delivery[] = [];
  /** Every attempt, failed or not, by alert id. */
  readonly attempts = new Map<string, number>();
  private rules: Rule[] = [];
  private bucket: { rate: number; capacity: number; tokens: number; last: number } | undefined;
  private cardCounter = 0;
  private readonly waiters: { count: number; resolve: () => void }[] = [];

  constructor(
    readonly platform = 'test',
    private readonly latencyMs = 0,
  ) {}

  /** The first `times` attempts of alerts for `channelId` (or any channel) fail with a transient error. */
  failTransiently(times: number, channelId?: string, code: DeliveryErrorCode = 'unavailable', retryAfterMs?: number): this {
    this.rules.push((alert, attempt) =>
      (!channelId || alert.channel.id === channelId) && attempt <= times ? new DeliveryError(code, `fake ${code}`, retryAfterMs) : undefined,
    );
    return this;
  }

  /** Alerts for this channel always fail with a transient error (a channel that is down). */
  failChannelForever(channelId: string): this {
    this.rules.push((alert) => (alert.channel.id === channelId ? new DeliveryError('unavailable', 'fake outage') : undefined));
    return this;
  }

  /** Alerts for this channel fail permanently (e.g. the channel was deleted). */
  failPermanently(channelId: string, code: 'channel_gone' | 'forbidden' | 'invalid' = 'channel_gone', message = 'channel not found'): this {
    this.rules.push((alert) => (alert.channel.id === channelId ? new DeliveryError(code, message) : undefined));
    return this;
  }

  /** A global token bucket: `rate` deliveries a second, bursts of `capacity`. */
  rateLimit(rate: number, capacity = 1): this {
    this.bucket = { rate, capacity, tokens: capacity, last: performance.now() };
    return this;
  }

  /** Ids accepted more than once. */
  duplicates(): string[] {
    const seen = new Set<string>();
    const dups = new Set<string>();
    for (const d of this.delivered) (seen.has(d.alert.id) ? dups : seen).add(d.alert.id);
    return [...dups];
  }

  /** Accepted alerts for one channel, in order. */
  forChannel(channelId: string): Alert[] {
    return this.delivered.filter((d) => d.alert.channel.id === channelId).map((d) => d.alert);
  }

  /** Resolves once at least `count` alerts were accepted. */
  waitFor(count: number): Promise<void> {
    if (this.delivered.length >= count) return Promise.resolve();
    return new Promise((resolve) => this.waiters.push({ count, resolve }));
  }

  async deliver(alert: Alert): Promise<DeliveryReceipt> {
    const attempt = (this.attempts.get(alert.id) ?? 0) + 1;
    this.attempts.set(alert.id, attempt);
    if (this.latencyMs) await new Promise((r) => setTimeout(r, this.latencyMs));
    for (const rule of this.rules) {
      const error = rule(alert, attempt);
      if (error) throw error;
    }
    if (this.bucket) {
      const b = this.bucket;
      const now = performance.now();
      b.tokens = Math.min(b.capacity, b.tokens + ((now - b.last) / 1000) * b.rate);
      b.last = now;
      if (b.tokens < 1) throw new DeliveryError('rate_limited', 'fake rate limit', Math.ceil(((1 - b.tokens) / b.rate) * 1000));
      b.tokens -= 1;
    }
    this.delivered.push({ alert: structuredClone(alert), at: Date.now() });
    for (const w of [...this.waiters]) {
      if (this.delivered.length >= w.count) {
        this.waiters.splice(this.waiters.indexOf(w), 1);
        w.resolve();
      }
    }
    const messageRef = alert.livingCard ? (alert.livingCard.existingMessageRef ?? `card-${++this.cardCounter}`) : undefined;
    return messageRef ? { messageRef } : {};
  }
}
