/**
 * Delivers what waits in the outbox. Each channel is one ordered queue (its alerts go out
 * in order, one at a time); channels run side by side up to a concurrency limit, so a
 * failing or slow channel holds up nobody else. Failures are retried with exponential
 * backoff and jitter, honouring the platform's retry-after; a permanent failure is handed
 * to `onPermanentFailure` (the service disables the subscription).
 *
 * At most once, as far as the platform allows: an attempt is recorded before the send, and
 * an alert whose earlier attempt may have reached the platform (a lost answer, or a crash
 * mid-send) is handed to the target "in doubt", so it looks for its post before posting.
 */
import type { Clock, Logger } from '../core/ports.js';
import { type Alert, DeliveryError, type DeliveryTarget } from '../chat/alert.js';
import type { Outbox, OutboxEntry } from './outbox.js';

/** Retry and concurrency settings. */
export interface DispatcherSettings {
  /** Channels delivered to at the same time. */
  concurrency: number;
  /** First retry delay; doubles per attempt up to maxBackoffMs. */
  baseBackoffMs: number;
  maxBackoffMs: number;
  /** Give up (drop, logged) after this many failed attempts; 0 = never give up. */
  maxAttempts: number;
}

export const DEFAULT_DISPATCHER_SETTINGS: DispatcherSettings = { concurrency: 16, baseBackoffMs: 1_000, maxBackoffMs: 15 * 60_000, maxAttempts: 0 };

/** What the dispatcher needs. */
export interface DispatcherOptions {
  outbox: Outbox;
  targets: ReadonlyMap<string, DeliveryTarget>;
  clock: Clock;
  logger: Logger;
  settings?: Partial<DispatcherSettings>;
  /** Called once per alert that failed for good; the dispatcher has already stopped retrying it. */
  onPermanentFailure: (alert: Alert, error: DeliveryError) => Promise<void>;
  /** 0 ≤ x < 1; injectable for tests. */
  random?: () => number;
}

/**
 * Per-platform pacing learned from rate limits. A 429 from one channel is that channel's
 * business; 429s from two or more channels at once mean a platform-wide limit: then the
 * whole platform pauses for the retry-after and restarts with one delivery in flight,
 * adding one per success (slow start), instead of every channel hammering the API.
 */
interface PlatformGate {
  limit: number;
  inFlight: number;
  pausedUntil: number;
  /** Channels rate-limited recently, with when their limit lifts. */
  limited: Map<string, number>;
}

/** Waiting alerts looked at when marking attempts ahead (bounds the work per send). */
const ATTEMPT_LOOKAHEAD_SCAN = 256;

function channelKey(alert: Alert): string {
  return `${alert.channel.platform}\u0000${alert.channel.id}`;
}

/** Delivers outbox entries; `start()` once, `stop()` before closing the outbox. */
export class Dispatcher {
  private readonly settings: DispatcherSettings;
  private readonly busyChannels = new Set<string>();
  private readonly inFlight = new Set<Promise<void>>();
  private timer: NodeJS.Timeout | undefined;
  private timerAt = Infinity;
  private scheduled = false;
  private running = false;
  private readonly idleWaiters: (() => void)[] = [];
  private readonly warnedPlatforms = new Set<string>();
  private readonly gates = new Map<string, PlatformGate>();

  constructor(private readonly options: DispatcherOptions) {
    this.settings = { ...DEFAULT_DISPATCHER_SETTINGS, ...options.settings };
  }

  /** Starts delivering, and re-checks whenever alerts are enqueued. */
  start(): void {
    if (this.running) return;
    this.running = true;
    this.options.outbox.onEnqueue(() => this.kick());
    this.kick();
  }

  /** Looks at the outbox again soon (after an enqueue, or when the clock was moved in tests). */
  kick(): void {
    if (!this.running || this.scheduled) return;
    this.scheduled = true;
    queueMicrotask(() => {
      this.scheduled = false;
      this.pump();
    });
  }

  /**
   * Resolves when nothing is in flight and nothing is due or waiting for a retry. Alerts
   * held for quiet hours, and alerts for a platform without a target, do not count.
   */
  idle(): Promise<void> {
    if (this.isIdle()) return Promise.resolve();
    return new Promise((resolve) => this.idleWaiters.push(resolve));
  }

  /** Stops: no new deliveries, no timer; waits for those in flight to finish and be recorded. */
  async stop(): Promise<void> {
    this.running = false;
    this.clearTimer();
    while (this.inFlight.size) await Promise.allSettled([...this.inFlight]);
    for (const resolve of this.idleWaiters.splice(0)) resolve();
  }

  private isIdle(): boolean {
    if (this.inFlight.size) return false;
    if (!this.running) return true;
    for (const entry of this.options.outbox.pending()) {
      if (!this.options.targets.has(entry.alert.channel.platform)) continue;
      if (entry.notBefore !== undefined && entry.notBefore > this.now()) continue;
      return false;
    }
    return true;
  }

  private now(): number {
    return this.options.clock.now().getTime();
  }

  private pump(): void {
    if (!this.running) return;
    const now = this.now();
    let wakeAt = Infinity;
    const seen = new Set<string>();
    for (const entry of this.options.outbox.pending()) {
      if (this.inFlight.size >= this.settings.concurrency) break;
      const { alert } = entry;
      const key = channelKey(alert);
      if (seen.has(key) || this.busyChannels.has(key)) continue;
      // Held alerts (quiet hours) step aside: they do not block the channel's other alerts.
      if (entry.notBefore !== undefined && entry.notBefore > now) {
        wakeAt = Math.min(wakeAt, entry.notBefore);
        continue;
      }
      seen.add(key);
      if (!this.options.targets.has(alert.channel.platform)) {
        this.warnNoTarget(alert.channel.platform);
        continue;
      }
      if (entry.nextAttemptAt !== undefined && entry.nextAttemptAt > now) {
        wakeAt = Math.min(wakeAt, entry.nextAttemptAt);
        continue;
      }
      const gate = this.gate(alert.channel.platform);
      if (gate.pausedUntil > now) {
        wakeAt = Math.min(wakeAt, gate.pausedUntil);
        continue;
      }
      if (gate.inFlight >= gate.limit) continue; // a completion kicks the pump again
      this.launch(entry, key);
    }
    this.setTimer(wakeAt);
    this.notifyIdle();
  }

  private gate(platform: string): PlatformGate {
    let gate = this.gates.get(platform);
    if (!gate) {
      gate = { limit: this.settings.concurrency, inFlight: 0, pausedUntil: 0, limited: new Map() };
      this.gates.set(platform, gate);
    }
    return gate;
  }

  private rateLimited(alert: Alert, until: number): void {
    const gate = this.gate(alert.channel.platform);
    const now = this.now();
    for (const [k, t] of gate.limited) if (t <= now) gate.limited.delete(k);
    gate.limited.set(channelKey(alert), until);
    if (gate.limited.size >= 2) {
      gate.pausedUntil = Math.max(gate.pausedUntil, until);
      gate.limit = 1;
    }
  }

  private launch(entry: OutboxEntry, key: string): void {
    this.busyChannels.add(key);
    const gate = this.gate(entry.alert.channel.platform);
    gate.inFlight++;
    const run = this.deliver(entry).finally(() => {
      gate.inFlight--;
      this.busyChannels.delete(key);
      this.inFlight.delete(run);
      this.kick();
      this.notifyIdle();
    });
    this.inFlight.add(run);
  }

  private async deliver(entry: OutboxEntry): Promise<void> {
    const { outbox, logger } = this.options;
    const target = this.options.targets.get(entry.alert.channel.platform)!;
    let alert = entry.alert;
    if (alert.livingCard && alert.authorizationId) {
      const existing = outbox.card(alert.subscriptionId, alert.authorizationId);
      if (existing) alert = { ...alert, livingCard: { ...alert.livingCard, existingMessageRef: existing } };
    }
    // Read before the mark below, which puts the entry in doubt for any later attempt.
    const inDoubtSince = entry.inDoubt && entry.firstAttemptAt !== undefined ? new Date(entry.firstAttemptAt) : undefined;
    try {
      await outbox.markAttempts(this.attemptBatch(entry), this.options.clock.now());
    } catch (err) {
      // Without the mark a crash mid-send could post it twice: do not send yet.
      logger.error({ err, alertId: alert.id }, 'outbox: could not record a delivery attempt; will retry');
      await this.failed(entry, new DeliveryError('unavailable', 'could not record the delivery attempt'));
      return;
    }
    try {
      const receipt = await target.deliver(alert, inDoubtSince ? { inDoubtSince } : {});
      const gate = this.gate(alert.channel.platform);
      if (gate.limit < this.settings.concurrency) gate.limit++;
      await outbox.markSent(alert.id, this.options.clock.now(), receipt).catch((err: unknown) => {
        // The alert went out but could not be marked: it may go out again after a restart.
        logger.error({ err, alertId: alert.id }, 'outbox: could not record a delivered alert');
      });
    } catch (err) {
      await this.failed(entry, err);
    }
  }

  /**
   * The alerts to mark as attempted before sending `entry`: it, and when it needs a mark,
   * the next few due alerts too, so that one fsync covers the marks of the sends that
   * follow (a mark made early only means a look before posting after a crash).
   */
  private attemptBatch(entry: OutboxEntry): string[] {
    if (entry.attemptOpen) return [];
    const ids = [entry.alert.id];
    const now = this.now();
    let scanned = 0;
    for (const e of this.options.outbox.pending()) {
      if (ids.length >= this.settings.concurrency || ++scanned > ATTEMPT_LOOKAHEAD_SCAN) break;
      if (e === entry || e.attemptOpen || (e.notBefore !== undefined && e.notBefore > now) || !this.options.targets.has(e.alert.channel.platform)) continue;
      ids.push(e.alert.id);
    }
    return ids;
  }

  private async failed(entry: OutboxEntry, err: unknown): Promise<void> {
    const { outbox, logger } = this.options;
    const error = err instanceof DeliveryError ? err : new DeliveryError('unavailable', err instanceof Error ? err.message : String(err));
    const id = entry.alert.id;
    if (error.permanent) {
      logger.warn({ alertId: id, subscriptionId: entry.alert.subscriptionId, code: error.code, error: error.message }, 'delivery failed for good');
      try {
        await this.options.onPermanentFailure(entry.alert, error);
      } catch (e) {
        logger.error({ err: e, alertId: id }, 'handling a permanent delivery failure failed');
      }
      return;
    }
    const attempts = entry.attempts + 1;
    if (this.settings.maxAttempts > 0 && attempts >= this.settings.maxAttempts) {
      logger.error({ alertId: id, attempts, error: error.message }, 'delivery: giving up after repeated failures');
      await outbox
        .markDropped([id], `gave up after ${attempts} attempts: ${error.message}`)
        .catch((e: unknown) => logger.error({ err: e }, 'outbox: could not record a drop'));
      return;
    }
    const random = this.options.random ?? Math.random;
    const nextAttemptAt = this.now() + this.delayFor(error, attempts, random());
    if (error.code === 'rate_limited' && !error.maybeDelivered) {
      // Rate limits say exactly when to come back and are not the channel's fault: wait in
      // memory only (no fsync per refusal) and do not grow the backoff. The refused post
      // did not go out, so the next attempt need not look for it (the journal's attempt
      // mark stays, which errs on the safe side after a crash).
      entry.nextAttemptAt = nextAttemptAt;
      entry.lastError = error.message;
      entry.inDoubt = false;
      this.rateLimited(entry.alert, nextAttemptAt);
      return;
    }
    const inDoubt = error.maybeDelivered;
    logger.warn(
      { alertId: id, attempts, code: error.code, error: error.message, inDoubt, retryInMs: nextAttemptAt - this.now() },
      'delivery failed; will retry',
    );
    await outbox.markFailed(id, attempts, nextAttemptAt, `${error.code}: ${error.message}`, inDoubt).catch((e: unknown) => {
      logger.error({ err: e, alertId: id }, 'outbox: could not record a failed attempt');
      Object.assign(entry, { attempts, nextAttemptAt, inDoubt });
    });
  }

  /** Exponential backoff with ±25% jitter, never sooner than the platform's retry-after. */
  private delayFor(error: DeliveryError, attempts: number, r: number): number {
    if (error.code === 'rate_limited' && error.retryAfterMs !== undefined) return error.retryAfterMs + Math.floor(r * Math.min(50, error.retryAfterMs * 0.1));
    const { baseBackoffMs, maxBackoffMs } = this.settings;
    const exp = Math.min(maxBackoffMs, baseBackoffMs * 2 ** Math.min(attempts - 1, 30));
    const jittered = Math.round(exp * (0.75 + r * 0.5));
    return Math.max(jittered, error.retryAfterMs ?? 0);
  }

  private warnNoTarget(platform: string): void {
    if (this.warnedPlatforms.has(platform)) return;
    this.warnedPlatforms.add(platform);
    this.options.logger.warn({ platform }, 'alerts are waiting for a platform that is not running; they will be sent when it is');
  }

  private setTimer(at: number): void {
    if (at === Infinity || !this.running) return;
    if (this.timer && this.timerAt <= at) return;
    this.clearTimer();
    this.timerAt = at;
    this.timer = setTimeout(
      () => {
        this.timer = undefined;
        this.timerAt = Infinity;
        this.pump();
      },
      Math.max(0, at - this.now()),
    );
  }

  private clearTimer(): void {
    if (this.timer) clearTimeout(this.timer);
    this.timer = undefined;
    this.timerAt = Infinity;
  }

  private notifyIdle(): void {
    if (this.idleWaiters.length && this.isIdle()) for (const resolve of this.idleWaiters.splice(0)) resolve();
  }
}
