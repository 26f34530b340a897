/** Shared pieces for the source watcher tests: fakes for the pipeline, alerts and scheduler, and a builder. */
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { sourceConfigSchema, sourceDefaultsSchema, type SourceConfigInput, type SourceDefaults } from '../../../config/sources-schema.js';
import type { AlertEvent, AlertPublisher } from '../../../src/alerts/alert-event.js';
import { silentLogger } from '../../../src/core/ports.js';
import type { ScheduledJob, Scheduler } from '../../../src/scheduler/scheduler.js';
import type { IngestBatch, IngestOutcome } from '../../../src/sources/pipeline/types.js';
import type { Ingestor } from '../../../src/sources/poll/types.js';
import { SourceWatcher, type SourceWatcherOptions } from '../../../src/sources/source-service.js';
import { TestClock } from '../../fakes/story-ledger.js';

export const FIXTURES = join(import.meta.dirname, '..', '..', 'fixtures');

/** Reads a fixture as bytes. */
export function fixture(path: string): Promise<Buffer> {
  return readFile(join(FIXTURES, path));
}

/** An ingestor that records what it gets; `failNext` makes the next ingest throw (a crash before storing). */
export class RecordingIngestor implements Ingestor {
  readonly batches: IngestBatch[] = [];
  readonly dryRuns: IngestBatch[] = [];
  failNext = 0;

  async ingest(batch: IngestBatch): Promise<IngestOutcome> {
    if (this.failNext > 0) {
      this.failNext--;
      throw new Error('disk full while storing items');
    }
    this.batches.push(structuredClone(batch));
    return outcomeOf(batch, 'stored');
  }

  dryRun(batch: IngestBatch): IngestOutcome {
    this.dryRuns.push(structuredClone(batch));
    return outcomeOf(batch, 'would be stored as news');
  }

  /** Every item ingested, flattened. */
  get items() {
    return this.batches.flatMap((b) => b.items);
  }
}

function outcomeOf(batch: IngestBatch, verb: string): IngestOutcome {
  return { ledgerEvents: [], alertEvents: [], outcomes: batch.items.map((i) => ({ itemId: i.id, title: i.title, outcome: verb })) };
}

/** Records published alert events. */
export class RecordingAlerts implements AlertPublisher {
  readonly events: AlertEvent[] = [];
  async publish(events: AlertEvent[]): Promise<void> {
    this.events.push(...events);
  }
  health(kind: 'down' | 'up' | 'paused'): AlertEvent[] {
    return this.events.filter((e) => e.kind === 'source.health' && e.id.includes(`:${kind}:`));
  }
}

/** A scheduler whose ticks the test fires by hand. */
export class ManualScheduler implements Scheduler {
  readonly jobs = new Map<string, { cron: string; timezone: string; job: () => Promise<void> }>();
  schedule(name: string, cron: string, timezone: string, job: () => Promise<void>): ScheduledJob {
    this.jobs.set(name, { cron, timezone, job });
    return { stop: () => void this.jobs.delete(name), runNow: job };
  }
  after(name: string, _delayMs: number, job: () => Promise<void>): ScheduledJob {
    return this.schedule(name, '@after', 'UTC', job);
  }
  stopAll(): void {
    this.jobs.clear();
  }
  /** Fires a source's cron tick (which honours pause and backoff). */
  async tick(sourceId: string): Promise<void> {
    const j = this.jobs.get(`source:${sourceId}`);
    if (!j) throw new Error(`no job for ${sourceId}`);
    await j.job();
  }
}

/** Source defaults for tests: loopback allowed for configured sources, no throttling of 127.0.0.1. */
export function testDefaults(over: Partial<SourceDefaults> = {}): SourceDefaults {
  return sourceDefaultsSchema.parse({ perHostRequestsPerSecond: { '127.0.0.1': 1000 }, ...over });
}

/** Builds a watcher over a temp data dir. Call `close()` in afterEach. */
export async function buildWatcher(
  sources: SourceConfigInput[],
  over: Partial<Omit<SourceWatcherOptions, 'defaults'>> & { defaults?: Partial<SourceDefaults> } = {},
) {
  const dataDir = over.dataDir ?? (await mkdtemp(join(tmpdir(), 'greenlight-watch-')));
  const ingestor = new RecordingIngestor();
  const alerts = new RecordingAlerts();
  const scheduler = new ManualScheduler();
  const clock = new TestClock(new Date('2026-02-01T09:00:00Z'));
  const { defaults: defaultsOver, ...rest } = over;
  const watcher = new SourceWatcher({
    dataDir,
    sources: sources.map((s) => sourceConfigSchema.parse({ allowPrivate: true, ...s })),
    defaults: testDefaults(defaultsOver),
    timezone: 'UTC',
    userAgent: 'Greenlight-test/1 (+test@example.com)',
    ingestor,
    alerts,
    scheduler,
    clock,
    logger: silentLogger,
    ...rest,
  });
  await watcher.start();
  const close = async (): Promise<void> => {
    await watcher.stop();
    await rm(dataDir, { recursive: true, force: true });
  };
  const view = (id: string) => watcher.list().find((v) => v.id === id)!;
  const stateFile = (id: string) => join(dataDir, 'sources', `${id}.json`);
  return { watcher, ingestor, alerts, scheduler, clock, dataDir, close, view, stateFile };
}
