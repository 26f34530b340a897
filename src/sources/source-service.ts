/**
 * The source watcher: builds runners from the config and admin-added sources, schedules them,
 * receives webhooks, and implements the SourceControl that `/greenlight source ...` uses.
 */
import { formatZodIssues } from '../core/zod-issues.js';
import { setMaxListeners } from 'node:events';
import { join } from 'node:path';
import { sourceConfigSchema, type SourceConfig, type SourceDefaults } from '../../config/sources-schema.js';
import type { SourceControl, SourceTestResult, SourceView } from '../chat/source-control.js';
import type { AlertPublisher } from '../alerts/alert-event.js';
import type { Clock, Logger } from '../core/ports.js';
import { cronIntervalMs, nextCronRunAfter } from '../scheduler/cron-scheduler.js';
import type { Scheduler } from '../scheduler/scheduler.js';
import type { LookupAll } from './fetch/address-guard.js';
import { HostPoliteness } from './fetch/host-politeness.js';
import { describePollError } from './poll/describe-error.js';
import { checkAddedUrl, refuseUserInfo, sentence, SourceServiceError } from './registry/added-source-checks.js';
import { FeedParsePool } from './poll/feed-parse-pool.js';
import type { Ingestor, WatchedSource } from './poll/types.js';
import type { HealthPolicy } from './registry/health.js';
import { Limiter } from './registry/limiter.js';
import { SourceRunner, type RunnerDeps } from './registry/source-runner.js';
import { SourceStateStore } from './registry/source-state-store.js';
import { viewOf, type NextRunFn } from './registry/source-view.js';
import { payloadToItem } from './webhooks/payload.js';
import { WebhookServer, type WebhookReceiver } from './webhooks/webhook-server.js';

export { SourceServiceError };

/** Everything the watcher needs; main.ts builds it from the config. */
export interface SourceWatcherOptions {
  /** State lives in `<dataDir>/sources/`. */
  dataDir: string;
  /** The validated `sources:` list. */
  sources: SourceConfig[];
  defaults: SourceDefaults;
  /** Timezone of cron schedules. */
  timezone: string;
  /** Resolved User-Agent (GREENLIGHT_USER_AGENT or the configured default). */
  userAgent: string;
  ingestor: Ingestor;
  alerts: AlertPublisher;
  scheduler: Scheduler;
  clock: Clock;
  logger: Logger;
  /** The webhook secret of a source (config/sources-schema.ts resolveWebhookSecret with the env); throws when unset. */
  secretFor?: (source: SourceConfig) => string | undefined;
  /** Request headers of a configured source (config `headers:` resolved with the env at startup); never shown or logged. */
  headersFor?: (source: SourceConfig) => Readonly<Record<string, string>> | undefined;
  /** DNS for the private-address check of `add` (tests). */
  lookupAll?: LookupAll;
  /** Computes next runs (default: node-cron). */
  nextRun?: NextRunFn;
}

/** The source watcher. `start()` loads state and schedules; `stop()` leaves no timers or sockets. */
export class SourceWatcher implements SourceControl {
  private readonly runners = new Map<string, SourceRunner>();
  private readonly store: SourceStateStore;
  private readonly deps: RunnerDeps;
  private readonly policy: HealthPolicy;
  private readonly abort = new AbortController();
  private readonly parsePool: FeedParsePool;
  private readonly nextRun: NextRunFn;
  private webhooks: WebhookServer | undefined;
  private started = false;

  constructor(private readonly opts: SourceWatcherOptions) {
    const d = opts.defaults;
    // Every running fetch listens on the shutdown signal; many run at once by design.
    setMaxListeners(0, this.abort.signal);
    this.store = new SourceStateStore(join(opts.dataDir, 'sources'));
    this.policy = { failuresBeforeUnhealthy: d.failuresBeforeUnhealthy, failuresBeforePause: d.failuresBeforePause, maxBackoffMs: d.maxBackoffMs };
    this.nextRun = opts.nextRun ?? nextCronRunAfter;
    const { maxAttributesPerElement, maxDepth, timeoutMs, workers } = d.feedParsing;
    this.parsePool = new FeedParsePool({ workers, timeoutMs, limits: { maxAttributesPerElement, maxDepth } });
    this.deps = {
      store: this.store,
      ingestor: opts.ingestor,
      alerts: opts.alerts,
      clock: opts.clock,
      logger: opts.logger,
      policy: this.policy,
      limiter: new Limiter(d.maxConcurrentPolls),
      fetch: {
        userAgent: opts.userAgent,
        politeness: new HostPoliteness({ requestsPerSecond: d.requestsPerSecondPerHost, perHost: d.perHostRequestsPerSecond, now: () => Date.now() }),
        allowPrivateAddresses: d.allowPrivateAddresses,
        ...(opts.headersFor
          ? {
              headersFor: (s: SourceConfig) => {
                const h = opts.headersFor!(s);
                return h ? { ...h } : undefined;
              },
            }
          : {}),
        logger: opts.logger,
        feedParser: this.parsePool,
        signal: this.abort.signal,
      },
    };
  }

  /** Loads every source's state, schedules polls and starts the webhook server (when a port is configured). */
  async start(): Promise<void> {
    if (this.started) return;
    this.started = true;
    const added: WatchedSource[] = [];
    for (const raw of await this.store.loadAdded()) {
      const parsed = sourceConfigSchema.safeParse(raw);
      if (!parsed.success) {
        this.opts.logger.error(
          { id: raw.id, problem: formatZodIssues(parsed.error.issues, { max: 5, topLevel: '(body)' }) },
          'skipping an invalid admin-added source in _added.json',
        );
        continue;
      }
      added.push({ config: parsed.data, origin: 'added' });
    }
    const configIds = new Set(this.opts.sources.map((s) => s.id));
    for (const w of [...this.opts.sources.map((config) => ({ config, origin: 'config' as const })), ...added]) {
      if (w.origin === 'added' && configIds.has(w.config.id)) {
        this.opts.logger.warn({ id: w.config.id }, 'an admin-added source has the id of a configured one; the configured one wins');
        continue;
      }
      await this.addRunner(w);
    }
    const port = this.opts.defaults.webhookPort;
    if (port !== undefined) {
      const d = this.opts.defaults;
      this.webhooks = new WebhookServer({
        receiver: this.receiver(),
        clock: this.opts.clock,
        logger: this.opts.logger,
        port,
        host: d.webhookHost,
        limits: { maxConnections: d.webhookMaxConnections, headersTimeoutMs: d.webhookHeadersTimeoutMs, bodyTimeoutMs: d.webhookBodyTimeoutMs },
      });
      await this.webhooks.start();
    } else if ([...this.runners.values()].some((r) => r.config.kind === 'webhook')) {
      this.opts.logger.warn({}, 'webhook sources are configured but sourceDefaults.webhookPort is not set: no deliveries can arrive');
    }
  }

  /** Stops schedules and the webhook server, cancels fetches and waits for running polls. */
  async stop(): Promise<void> {
    for (const r of this.runners.values()) r.job?.stop();
    this.abort.abort(new Error('shutting down'));
    await Promise.all([...this.runners.values()].map((r) => r.settle()));
    await this.parsePool.close();
    await this.webhooks?.stop();
    this.webhooks = undefined;
  }

  /** Where the webhook server listens, once started. */
  webhookAddress(): { host: string; port: number } | undefined {
    return this.webhooks?.address();
  }

  list(): SourceView[] {
    const now = this.opts.clock.now();
    return [...this.runners.values()].map((r) => this.view(r, now));
  }

  async add(input: {
    id: string;
    kind: string;
    url: string;
    schedule?: string;
    tier?: string;
    mode?: string;
    name?: string;
    allowLocal?: boolean;
  }): Promise<SourceView> {
    const { allowLocal, ...fields } = input;
    const raw: Record<string, unknown> = Object.fromEntries(Object.entries(fields).filter(([, v]) => v !== undefined && v !== ''));
    if (raw.kind === 'webhook') delete raw.url;
    // Checked before the schema so the refusal never quotes the URL back.
    if (typeof raw.url === 'string') refuseUserInfo(raw.url);
    const parsed = sourceConfigSchema.safeParse(raw);
    if (!parsed.success)
      throw new SourceServiceError('invalid_input', `Invalid source: ${formatZodIssues(parsed.error.issues, { max: 5, topLevel: '(body)' })}`);
    let config = parsed.data;
    if (this.runners.has(config.id)) throw new SourceServiceError('conflict', `A source with id "${config.id}" already exists.`);
    const reach = await checkAddedUrl(config, {
      allowLocal: allowLocal === true,
      allowPrivateAddresses: this.opts.defaults.allowPrivateAddresses,
      ...(this.opts.lookupAll ? { lookupAll: this.opts.lookupAll } : {}),
    });
    if (reach === 'local') {
      // Added by someone at the machine itself (the shell): the source keeps that permission,
      // so its polls and `source test` may reach the local file or host it names.
      raw.allowPrivate = true;
      config = { ...config, allowPrivate: true };
    }
    if (config.kind === 'webhook') {
      try {
        this.opts.secretFor?.(config);
      } catch (err) {
        throw new SourceServiceError('invalid_input', (err as Error).message);
      }
    }
    // Persist the validated input (not the filled-in defaults), so later default changes apply.
    const addedList = [...(await this.store.loadAdded()).filter((s) => s.id !== config.id), raw];
    await this.store.saveAdded(addedList);
    await this.store.remove(config.id);
    const runner = await this.addRunner({ config, origin: 'added' });
    this.opts.logger.info({ id: config.id, kind: config.kind, local: config.allowPrivate }, 'source added');
    return this.view(runner, this.opts.clock.now());
  }

  async pause(id: string): Promise<SourceView> {
    const r = this.get(id);
    await r.setPaused(true, 'paused by an admin');
    return this.view(r, this.opts.clock.now());
  }

  async resume(id: string): Promise<SourceView> {
    const r = this.get(id);
    await r.setPaused(false);
    return this.view(r, this.opts.clock.now());
  }

  async remove(id: string): Promise<void> {
    const r = this.get(id);
    if (r.watched.origin === 'config') {
      throw new SourceServiceError(
        'forbidden',
        `Source "${id}" is defined in the config file; remove it there (or pause it with /greenlight source pause ${id}).`,
      );
    }
    r.job?.stop();
    await r.settle();
    this.runners.delete(id);
    await this.store.saveAdded((await this.store.loadAdded()).filter((s) => s.id !== id));
    await this.store.remove(id);
    this.opts.logger.info({ id }, 'source removed');
  }

  async test(id: string): Promise<SourceTestResult> {
    const r = this.get(id);
    if (r.config.kind === 'webhook')
      throw new SourceServiceError('invalid_input', `"${id}" is a webhook source: it is not polled. Senders POST to /hooks/${id}.`);
    let preview;
    try {
      preview = await r.test();
    } catch (err) {
      const message = describePollError(err, r.config).message;
      return { summary: `Test of "${id}" failed: ${sentence(message)} Nothing was stored or sent.`, items: [], error: message };
    }
    const tail = 'Nothing was stored or sent.';
    if (preview.notModified) return { summary: `The server answered 304 Not Modified: the next poll would find nothing new. ${tail}`, items: [] };
    const byId = new Map((preview.outcome?.outcomes ?? []).map((o) => [o.itemId, o.outcome]));
    const items = preview.items.map((i) => ({
      title: i.title,
      ...(i.link !== undefined ? { link: i.link } : {}),
      outcome: `${preview.firstPoll ? '(first poll: recorded only) ' : i.isUpdate ? '(edited) ' : ''}${byId.get(i.id) ?? 'no change'}`,
    }));
    const n = preview.items.length;
    const summary = preview.firstPoll
      ? `First poll: the next poll would record ${n} item${n === 1 ? '' : 's'} as seen and alert nothing. The outcomes show what each would do once the source is live. ${tail}`
      : n === 0
        ? `Nothing new: all ${preview.unchanged} items were seen before. ${tail}`
        : `The next poll would process ${n} new or edited item${n === 1 ? '' : 's'} (${preview.unchanged} unchanged). ${tail}`;
    return { summary, items };
  }

  async pollNow(id: string): Promise<SourceView> {
    const r = this.get(id);
    if (r.config.kind === 'webhook') throw new SourceServiceError('invalid_input', `"${id}" is a webhook source: it is not polled.`);
    await r.pollNow();
    return this.view(r, this.opts.clock.now());
  }

  private get(id: string): SourceRunner {
    const r = this.runners.get(id);
    if (!r) {
      const known = [...this.runners.keys()].join(', ');
      throw new SourceServiceError('not_found', `No source "${id}". ${known ? `Known sources: ${known}.` : 'No sources are configured.'}`);
    }
    return r;
  }

  private view(r: SourceRunner, now: Date): SourceView {
    return viewOf(r, { policy: this.policy, timezone: this.opts.timezone, now, nextRun: this.nextRun });
  }

  private async addRunner(w: WatchedSource): Promise<SourceRunner> {
    const c = w.config;
    const state = await this.store.load(c.id);
    const interval = c.kind === 'webhook' ? 60_000 : cronIntervalMs(c.schedule, this.opts.timezone);
    const runner = new SourceRunner(w, state, this.deps, interval);
    if (c.kind !== 'webhook') runner.job = this.opts.scheduler.schedule(`source:${c.id}`, c.schedule, this.opts.timezone, () => runner.tick());
    this.runners.set(c.id, runner);
    return runner;
  }

  private receiver(): WebhookReceiver {
    return {
      lookup: (id) => {
        const r = this.runners.get(id);
        if (!r || r.config.kind !== 'webhook') return undefined;
        let secret: string | undefined;
        try {
          secret = this.opts.secretFor?.(r.config);
        } catch (err) {
          this.opts.logger.error({ sourceId: id, problem: (err as Error).message }, 'webhook source has no usable secret');
        }
        return { secret, paused: r.state.health.paused };
      },
      deliver: (id, payload) => this.get(id).deliver(payloadToItem(payload)),
    };
  }
}
