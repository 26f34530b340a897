/**
 * Runs one source: scheduled ticks (skipped while paused or backing off), manual polls, dry
 * runs and webhook deliveries, keeping its state file and health up to date. Nothing here
 * throws at a timer: every failure becomes the source's health, so the process keeps running.
 */
import type { SourceConfig } from '../../../config/sources-schema.js';
import type { AlertEvent, AlertPublisher } from '../../alerts/alert-event.js';
import type { Clock, Logger } from '../../core/ports.js';
import type { ScheduledJob } from '../../scheduler/scheduler.js';
import type { IngestOutcome } from '../pipeline/types.js';
import { describePollError } from '../poll/describe-error.js';
import { toSourceItem } from '../poll/diff-items.js';
import { makeBatch, pollSource, previewSource, type PollPreview, type PollResult } from '../poll/poll-source.js';
import type { CandidateItem, FetchContext, Ingestor, WatchedSource } from '../poll/types.js';
import { isBackingOff, pausedEvent, recordFailure, recordSuccess, recoveredEvent, unhealthyEvent, type HealthPolicy } from './health.js';
import { type Limiter, SerialQueue } from './limiter.js';
import { cloneSourceState, rememberItem, type SourceState, type SourceStateStore } from './source-state-store.js';

/** What every runner shares. */
export interface RunnerDeps {
  store: SourceStateStore;
  ingestor: Ingestor;
  alerts: AlertPublisher;
  fetch: FetchContext;
  clock: Clock;
  logger: Logger;
  policy: HealthPolicy;
  limiter: Limiter;
}

/** What a webhook delivery did. */
export type DeliveryResult = { duplicate: true } | { duplicate: false; outcome: IngestOutcome };

/** One watched source with its state. */
export class SourceRunner {
  job: ScheduledJob | undefined;
  private inFlight: Promise<PollResult | undefined> | undefined;
  private readonly serial = new SerialQueue();
  private readonly log: Logger;

  constructor(
    readonly watched: WatchedSource,
    /** The committed state (what is on disk, or about to be). */
    public state: SourceState,
    private readonly deps: RunnerDeps,
    /** The schedule's interval: the backoff base. */
    readonly intervalMs: number,
  ) {
    this.log = deps.logger.child({ sourceId: watched.config.id });
  }

  get config(): SourceConfig {
    return this.watched.config;
  }

  /** A cron tick: polls unless paused, backing off or still polling. */
  async tick(): Promise<void> {
    const h = this.state.health;
    if (h.paused || this.inFlight) return;
    if (isBackingOff(h, this.deps.clock.now())) {
      this.log.debug({ nextAttemptAt: h.nextAttemptAt }, 'backing off; tick skipped');
      return;
    }
    await this.pollNow();
  }

  /** Polls now, ignoring backoff (admins, tests); joins a poll already running instead of starting another. */
  pollNow(): Promise<PollResult | undefined> {
    this.inFlight ??= this.deps.limiter
      .run(() => this.serial.run(() => this.poll()))
      .finally(() => {
        this.inFlight = undefined;
      });
    return this.inFlight;
  }

  /** Whether a poll is running. */
  get busy(): boolean {
    return this.inFlight !== undefined;
  }

  /** Waits for a running poll (shutdown). */
  async settle(): Promise<void> {
    await this.inFlight?.catch(() => undefined);
  }

  /** What the next poll would produce; stores and sends nothing. */
  test(): Promise<PollPreview> {
    return this.deps.limiter.run(() => previewSource(this.config, this.state, this.pollDeps()));
  }

  /** Pauses or resumes (admin). Resuming clears the backoff and gives the source a fresh count. */
  setPaused(paused: boolean, reason?: string): Promise<void> {
    return this.serial.run(async () => {
      const next = cloneSourceState(this.state);
      next.health.paused = paused;
      if (paused) {
        next.health.pausedReason = reason ?? 'paused by an admin';
        // A pause in a failure streak is part of what the recovery notice tells.
        if (next.health.failingSince !== undefined) next.health.streakPaused = true;
      } else {
        delete next.health.pausedReason;
        delete next.health.nextAttemptAt;
        // The streak and its "stopped" alert are kept, so a later success still announces recovery.
        next.health.consecutiveFailures = 0;
      }
      await this.deps.store.save(this.config.id, next);
      this.state = next;
    });
  }

  /** A signed webhook item: ingested unless this exact content was delivered before. */
  deliver(item: CandidateItem): Promise<DeliveryResult> {
    return this.serial.run(async () => {
      const known = this.state.seen.get(item.id);
      if (known === item.contentHash) return { duplicate: true } as const;
      const now = this.deps.clock.now();
      const outcome = await this.deps.ingestor.ingest(makeBatch(this.config, [toSourceItem(item, known !== undefined)], now.toISOString()));
      const next = cloneSourceState(this.state);
      rememberItem(next.seen, item.id, item.contentHash);
      next.firstPollDone = true;
      next.health = recordSuccess(next.health, now).health;
      await this.saveQuietly(next);
      return { duplicate: false, outcome };
    });
  }

  private pollDeps() {
    return { ingestor: this.deps.ingestor, fetch: this.deps.fetch, clock: this.deps.clock, logger: this.log };
  }

  private async poll(): Promise<PollResult | undefined> {
    const startedAt = this.deps.clock.now();
    let result: PollResult;
    let next: SourceState;
    try {
      ({ result, next } = await pollSource(this.config, this.state, this.pollDeps()));
    } catch (err) {
      await this.failed(err, startedAt);
      return undefined;
    }
    const now = this.deps.clock.now();
    const success = recordSuccess(this.state.health, now);
    next.health = success.health;
    await this.saveQuietly(next);
    if (success.recovered) {
      this.log.info({ failures: success.failures }, 'source works again');
      await this.publish(recoveredEvent(this.config, success, now));
    }
    return result;
  }

  private async failed(err: unknown, startedAt: Date): Promise<void> {
    const described = describePollError(err, this.config);
    const now = this.deps.clock.now();
    const t = recordFailure(this.state.health, {
      startedAt,
      now,
      message: described.message,
      intervalMs: this.intervalMs,
      policy: this.deps.policy,
      ...(described.retryAfterMs !== undefined ? { retryAfterMs: described.retryAfterMs } : {}),
    });
    this.log[described.sourceFault ? 'warn' : 'error'](
      { failures: t.health.consecutiveFailures, nextAttemptAt: t.health.nextAttemptAt, error: described.message, ...(described.sourceFault ? {} : { err }) },
      'poll failed',
    );
    // Only health changes: validators and seen stay as they were, so the next poll re-fetches.
    const next = cloneSourceState(this.state);
    next.health = t.health;
    if (t.becameUnhealthy && (await this.publish(unhealthyEvent(this.config, t.health, now, this.deps.policy)))) next.health.unhealthyNotified = true;
    if (t.becamePaused) {
      this.log.warn({ failures: t.health.consecutiveFailures }, 'source paused after repeated failures');
      await this.publish(pausedEvent(this.config, t.health, now));
    }
    await this.saveQuietly(next);
  }

  /** Publishes a health event; false (logged) when the publisher refused. */
  private async publish(event: AlertEvent): Promise<boolean> {
    try {
      await this.deps.alerts.publish([event]);
      return true;
    } catch (err) {
      this.log.error({ err, eventId: event.id }, 'could not publish source health alert');
      return false;
    }
  }

  /** Keeps the new state in memory even if the disk refuses (logged); a restart then re-polls idempotently. */
  private async saveQuietly(next: SourceState): Promise<void> {
    this.state = next;
    try {
      await this.deps.store.save(this.config.id, next);
    } catch (err) {
      this.log.error({ err }, 'could not save source state');
    }
  }
}
