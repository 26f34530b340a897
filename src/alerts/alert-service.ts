/**
 * The alert service: turns ledger events (and published non-ledger events) into alerts
 * for matching subscriptions, records them in the outbox, and has the dispatcher deliver
 * them. A checkpoint of the last ledger event handled is committed in the same outbox
 * append as the alerts it produced, and on open everything after it is caught up from
 * the ledger's history: a crash between a ledger commit and the enqueue loses nothing,
 * and an event is never turned into alerts twice.
 */
import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import type { ChannelRef } from '../chat/channel-ref.js';
import type { LedgerEvent } from '../core/events.js';
import type { Ledger } from '../core/ledger.js';
import type { LedgerState } from '../core/model.js';
import type { Clock, Logger } from '../core/ports.js';
import type { ScheduledJob, Scheduler } from '../scheduler/scheduler.js';
import type { AlertEvent, AlertPublisher } from './alert-event.js';
import type { Alert, DeliveryError, DeliveryTarget } from '../chat/alert.js';
import { Dispatcher, type DispatcherSettings } from './dispatcher.js';
import { toAlertEvents } from './from-ledger.js';
import { matches } from './matcher.js';
import { Outbox } from './outbox.js';
import type { OutboxRecord } from './outbox-records.js';
import { quietUntil } from './quiet-hours.js';
import { renderAlert, renderDigest } from './render-alert.js';
import { SubscriptionStore, type SubscriptionChange } from './subscription-store.js';
import type { Subscription } from './subscriptions.js';
import { PRIVATE_DIR_MODE } from '../store/durable-fs.js';

/** What the alert service needs. */
export interface AlertServiceOptions {
  dataDir: string;
  ledger: Ledger;
  scheduler: Scheduler;
  /** Delivery targets by platform (`shell`, `slack`, `discord`). */
  targets: ReadonlyMap<string, DeliveryTarget>;
  logger: Logger;
  clock: Clock;
  /** Timezone for digest schedules and quiet hours. */
  timezone: string;
  /** Quiet hours for subscriptions that set none. */
  quietHoursDefault?: { start: string; end: string };
  /** Schedule for digest subscriptions that name none. */
  digestCronDefault?: string;
  /** Delivery retry and concurrency settings. */
  delivery?: Partial<DispatcherSettings>;
  /** Where admins hear that a subscription was turned off; defaults to the shell channel when a shell target exists. */
  adminChannel?: ChannelRef;
  /** Outbox journal tuning (tests). */
  outbox?: { retainKnownIds?: number; compactMinRecords?: number };
}

/** Subscriptions, outbox and delivery behind one façade. */
export class AlertService implements AlertPublisher {
  readonly subscriptions: SubscriptionStore;
  private outboxRef: Outbox | undefined;
  private dispatcher: Dispatcher | undefined;
  private chain: Promise<unknown> = Promise.resolve();
  private readonly digestJobs = new Map<string, ScheduledJob>();
  private state: 'new' | 'open' | 'closed' = 'new';

  constructor(private readonly options: AlertServiceOptions) {
    this.subscriptions = new SubscriptionStore(options.dataDir, options.clock, {
      ...(options.digestCronDefault ? { digestCron: options.digestCronDefault } : {}),
      names: () => options.ledger.state,
    });
  }

  /** The outbox (for status and tests). */
  get outbox(): Outbox {
    if (!this.outboxRef) throw new Error('AlertService used before open()');
    return this.outboxRef;
  }

  /** Opens the stores, catches up with the ledger, schedules digests and starts delivering. */
  async open(): Promise<void> {
    const { dataDir, ledger, logger } = this.options;
    await mkdir(dataDir, { recursive: true, mode: PRIVATE_DIR_MODE });
    await this.subscriptions.open();
    this.outboxRef = await Outbox.open({ path: join(dataDir, 'outbox.jsonl'), logger, ...this.options.outbox });
    // A first start does not alert on the ledger's whole past (the seed, an import): it starts from now.
    if (this.outbox.lastSeq === undefined) await this.outbox.record([{ op: 'checkpoint', seq: ledger.state.seq }]);
    this.state = 'open';
    ledger.onEvents((events, notice) => (this.state === 'open' ? this.serial(() => this.onLedgerEvents(events, notice.imported === true)) : undefined));
    await this.serial(() => this.catchUp());
    this.subscriptions.onChange((change) => this.onSubscriptionChange(change));
    for (const sub of this.subscriptions.all()) if (sub.enabled && sub.mode === 'digest') this.scheduleDigest(sub);
    this.dispatcher = new Dispatcher({
      outbox: this.outbox,
      targets: this.options.targets,
      clock: this.options.clock,
      logger,
      ...(this.options.delivery ? { settings: this.options.delivery } : {}),
      onPermanentFailure: (alert, error) => this.permanentFailure(alert, error),
    });
    this.dispatcher.start();
  }

  /** Takes events that do not come from the ledger (news, health, dates, contradictions). */
  publish(events: AlertEvent[]): Promise<void> {
    if (this.state !== 'open') return Promise.reject(new Error('AlertService is not open'));
    return this.serial(() => this.route(events, []));
  }

  /** Resolves when nothing is being processed or delivered and nothing is due (tests, shutdown). */
  async idle(): Promise<void> {
    for (;;) {
      const chain = this.chain;
      await chain;
      await this.dispatcher?.idle();
      if (chain === this.chain) return;
    }
  }

  /** Re-checks what is due now (after the clock was moved, in tests). */
  kick(): void {
    this.dispatcher?.kick();
  }

  /** Sends a subscription's digest now (also what its cron job runs). */
  sendDigest(subscriptionId: string): Promise<void> {
    return this.serial(async () => {
      const sub = this.subscriptions.get(subscriptionId);
      if (!sub || !sub.enabled) return;
      const events = this.outbox.digestEvents(subscriptionId);
      if (!events.length) return;
      const at = this.options.clock.now();
      const alert: Alert = {
        ...this.alertFor(sub, at),
        id: `digest:${sub.id}:${at.toISOString()}`,
        kind: 'digest',
        content: renderDigest(events),
      };
      await this.outbox.enqueue([this.withQuiet(sub, alert, at)], [{ op: 'digest-clear', subscriptionId, eventIds: events.map((e) => e.id) }]);
    });
  }

  /** Stops digests and delivery (in-flight deliveries finish and are recorded), then closes the files. */
  async close(): Promise<void> {
    if (this.state === 'closed') return;
    const wasOpen = this.state === 'open';
    this.state = 'closed';
    for (const job of this.digestJobs.values()) job.stop();
    this.digestJobs.clear();
    await this.dispatcher?.stop();
    await this.chain;
    if (wasOpen || this.outboxRef) await this.outboxRef?.close();
  }

  /** Runs work one piece at a time: ledger batches, publishes and digests never interleave. */
  private serial<T>(work: () => Promise<T>): Promise<T> {
    const run = this.chain.then(work);
    this.chain = run.catch((err: unknown) => this.options.logger.error({ err }, 'alerts: processing failed'));
    return run;
  }

  private async onLedgerEvents(events: LedgerEvent[], imported = false): Promise<void> {
    const last = this.outbox.lastSeq ?? 0;
    const fresh = events.filter((e) => e.seq > last);
    if (!fresh.length) return;
    const state = this.options.ledger.state;
    // An import restates history (a backup, another instance's ledger): no channel wants it
    // replayed as news. Only the checkpoint moves past it.
    if (imported && fresh[0]!.seq === last + 1) return this.route([], [{ op: 'checkpoint', seq: fresh[fresh.length - 1]!.seq }]);
    // The listener's batch is usable only if it follows the checkpoint and the state is right after it.
    if (fresh[0]!.seq === last + 1 && state.seq === fresh[fresh.length - 1]!.seq) await this.handle(fresh, state);
    else await this.catchUp();
  }

  private async catchUp(): Promise<void> {
    const { ledger } = this.options;
    for (let round = 0; round < 100; round++) {
      const last = this.outbox.lastSeq ?? 0;
      if (ledger.state.seq <= last) return;
      const events = await ledger.history({ afterSeq: last });
      if (!events.length) return;
      // The ledger moved on while history was read: read again so the state matches the events.
      if (ledger.state.seq !== events[events.length - 1]!.seq) continue;
      this.options.logger.info({ from: last + 1, to: ledger.state.seq }, 'alerts: catching up with ledger events');
      await this.handle(events, ledger.state);
    }
  }

  private async handle(events: LedgerEvent[], state: LedgerState): Promise<void> {
    let alertEvents: AlertEvent[] = [];
    try {
      alertEvents = toAlertEvents(events, state);
    } catch (err) {
      // A bug describing one batch must not stop every later alert: skip it, loudly.
      this.options.logger.error({ err, seqs: events.map((e) => e.seq) }, 'alerts: could not describe ledger events; skipped');
    }
    await this.route(alertEvents, [{ op: 'checkpoint', seq: events[events.length - 1]!.seq }]);
  }

  /** Matches events to subscriptions and commits the alerts (and `extra` records) in one append. */
  private async route(events: AlertEvent[], extra: OutboxRecord[]): Promise<void> {
    const at = this.options.clock.now();
    const items: { alert: Alert; notBefore?: number }[] = [];
    const records = [...extra];
    for (const event of events) {
      for (const sub of this.subscriptions.all()) {
        if (!matches(sub, event)) continue;
        if (sub.mode === 'digest') {
          records.push({ op: 'digest-add', subscriptionId: sub.id, event });
          continue;
        }
        const alert: Alert = {
          ...this.alertFor(sub, at),
          id: `${event.id}|${sub.id}`,
          kind: event.kind,
          ...(event.authorizationId ? { authorizationId: event.authorizationId } : {}),
          content: renderAlert(event, { timezone: this.options.timezone }),
        };
        items.push(this.withQuiet(sub, alert, at));
      }
    }
    await this.outbox.enqueue(items, records);
  }

  private alertFor(sub: Subscription, at: Date): Omit<Alert, 'id' | 'kind' | 'content'> {
    return {
      channel: sub.channel,
      subscriptionId: sub.id,
      mentions: { roles: [...sub.mentions.roles], users: [...sub.mentions.users], groups: [...sub.mentions.groups] },
      ...(sub.livingCard ? { livingCard: { broadcast: sub.broadcast } } : {}),
      createdAt: at.toISOString(),
    };
  }

  private withQuiet(sub: Subscription, alert: Alert, at: Date): { alert: Alert; notBefore?: number } {
    const quiet = sub.quietHours ?? this.options.quietHoursDefault;
    const until = quiet ? quietUntil(at, quiet, this.options.timezone) : undefined;
    return until ? { alert, notBefore: until.getTime() } : { alert };
  }

  private scheduleDigest(sub: Subscription): void {
    if (!sub.digestCron || this.digestJobs.has(sub.id)) return;
    const job = this.options.scheduler.schedule(`digest:${sub.id}`, sub.digestCron, this.options.timezone, () => this.sendDigest(sub.id));
    this.digestJobs.set(sub.id, job);
  }

  private onSubscriptionChange({ kind, subscription: sub }: SubscriptionChange): void {
    if (kind === 'added') {
      if (sub.mode === 'digest') this.scheduleDigest(sub);
      return;
    }
    this.digestJobs.get(sub.id)?.stop();
    this.digestJobs.delete(sub.id);
    const reason = kind === 'removed' ? 'unsubscribed' : `subscription disabled: ${sub.disabledReason ?? ''}`;
    void this.serial(() => this.dropPending(sub.id, reason));
  }

  private async dropPending(subscriptionId: string, reason: string): Promise<void> {
    const ids = [...this.outbox.pending()].filter((e) => e.alert.subscriptionId === subscriptionId).map((e) => e.alert.id);
    await this.outbox.markDropped(ids, reason);
    const held = this.outbox.digestEvents(subscriptionId).map((e) => e.id);
    if (held.length) await this.outbox.record([{ op: 'digest-clear', subscriptionId, eventIds: held }]);
  }

  /**
   * The channel is gone or the bot may not post there: turn the subscription off (it stays
   * listed with the reason), drop what waits for it, and tell the admins.
   */
  private async permanentFailure(alert: Alert, error: DeliveryError): Promise<void> {
    const { logger } = this.options;
    const reason = `${error.code}: ${error.message}`;
    const sub = this.subscriptions.get(alert.subscriptionId);
    if (!sub) {
      await this.outbox.markDropped([alert.id], reason);
      return;
    }
    // disable() tells onSubscriptionChange, which drops what waits for the subscription.
    const disabled = await this.subscriptions.disable(sub.id, reason);
    if (!disabled) {
      await this.outbox.markDropped([alert.id], reason);
      return;
    }
    logger.warn({ subscriptionId: sub.id, channel: sub.channel, reason }, 'subscription disabled after a permanent delivery failure');
    const admin = this.options.adminChannel ?? (this.options.targets.has('shell') ? { platform: 'shell', id: 'shell', name: 'shell' } : undefined);
    if (!admin || (admin.platform === sub.channel.platform && admin.id === sub.channel.id)) return;
    const at = this.options.clock.now();
    await this.outbox.enqueue([
      {
        alert: {
          id: `notice:disabled:${sub.id}`,
          channel: admin,
          subscriptionId: 'system',
          kind: 'notice',
          createdAt: at.toISOString(),
          mentions: { roles: [], users: [], groups: [] },
          content: {
            severity: 'warning',
            title: `Subscription ${sub.id} was turned off`,
            text: `Greenlight can no longer post to ${sub.channel.platform} channel ${sub.channel.name ?? sub.channel.id} (${reason}). Its pending alerts were dropped. Fix the bot's access and subscribe the channel again.`,
          },
        },
      },
    ]);
  }
}
