/** A seeded ledger, router with the subscription commands, a manual scheduler and an AlertService on a temp dir. */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { commands } from '../../../commands/index.js';
import { CommandRouter } from '../../../commands/lib/router.js';
import type { AnyCommand } from '../../../commands/lib/types.js';
import type { ChannelRef } from '../../../src/chat/channel-ref.js';
import type { Invoker } from '../../../src/chat/invoker.js';
import type { Reply } from '../../../src/chat/reply.js';
import { subscribe } from '../../../commands/subscribe.js';
import { subscriptions } from '../../../commands/subscriptions.js';
import { unsubscribe } from '../../../commands/unsubscribe.js';
import { DEFAULT_CONFIG_PATH, loadConfigFile } from '../../../config/load-config.js';
import { AlertService, type AlertServiceOptions } from '../../../src/alerts/alert-service.js';
import type { DeliveryTarget } from '../../../src/chat/alert.js';
import { Ledger } from '../../../src/core/ledger.js';
import { silentLogger, type Clock } from '../../../src/core/ports.js';
import type { ScheduledJob, Scheduler } from '../../../src/scheduler/scheduler.js';
import { seedLedger } from '../../../src/seed/seed-ledger.js';
import { MemoryLedgerStore } from '../../../src/store/memory-ledger-store.js';
import { renderText } from '../../../src/platforms/shell/render-text.js';
import { ADMIN, TestClock } from '../../fakes/story-ledger.js';

/** A Scheduler whose jobs run only when a test says so. */
export class ManualScheduler implements Scheduler {
  readonly jobs = new Map<string, { cron: string; timezone: string; job: () => Promise<void>; stopped: boolean }>();

  schedule(name: string, cron: string, timezone: string, job: () => Promise<void>): ScheduledJob {
    const entry = { cron, timezone, job, stopped: false };
    this.jobs.set(name, entry);
    return {
      stop: () => {
        entry.stopped = true;
      },
      runNow: () => job(),
    };
  }

  after(name: string, _delayMs: number, job: () => Promise<void>): ScheduledJob {
    return this.schedule(name, '@once', 'UTC', job);
  }

  stopAll(): void {
    for (const j of this.jobs.values()) j.stopped = true;
  }

  /** Runs a job as if its time had come. */
  async fire(name: string): Promise<void> {
    const entry = this.jobs.get(name);
    if (!entry || entry.stopped) throw new Error(`no running job ${name}`);
    await entry.job();
  }
}

const mine: AnyCommand[] = [subscribe, unsubscribe, subscriptions];
/** The registry plus the subscription commands (skipping any the lead already registered). */
export const allCommands: AnyCommand[] = [...commands, ...mine.filter((c) => !commands.some((k) => k.name === c.name))];

export async function tempDir(): Promise<{ dir: string; cleanup: () => Promise<void> }> {
  const dir = await mkdtemp(join(tmpdir(), 'greenlight-alerts-'));
  return { dir, cleanup: () => rm(dir, { recursive: true, force: true }) };
}

/** A seeded in-memory ledger. */
export async function seededLedger(clock: Clock = new TestClock()): Promise<Ledger> {
  const ledger = new Ledger(new MemoryLedgerStore(), clock);
  await seedLedger(ledger, loadConfigFile(DEFAULT_CONFIG_PATH).seed);
  return ledger;
}

export type HarnessOptions = Partial<Omit<AlertServiceOptions, 'targets'>> & { targets: DeliveryTarget[] };

/** Everything a test needs; `close()` stops the service and removes nothing (call cleanup). */
export async function harness(opts: HarnessOptions & { dir: string }) {
  const clock = opts.clock ?? new TestClock();
  const ledger = opts.ledger ?? (await seededLedger(clock));
  const scheduler = (opts.scheduler as ManualScheduler | undefined) ?? new ManualScheduler();
  const service = new AlertService({
    dataDir: opts.dir,
    ledger,
    scheduler,
    clock,
    logger: silentLogger,
    timezone: opts.timezone ?? 'UTC',
    targets: new Map(opts.targets.map((t) => [t.platform, t])),
    delivery: { baseBackoffMs: 5, maxBackoffMs: 50, ...opts.delivery },
    ...(opts.quietHoursDefault ? { quietHoursDefault: opts.quietHoursDefault } : {}),
    ...(opts.outbox ? { outbox: opts.outbox } : {}),
    ...(opts.adminChannel ? { adminChannel: opts.adminChannel } : {}),
    ...(opts.digestCronDefault ? { digestCronDefault: opts.digestCronDefault } : {}),
  });
  await service.open();
  const router = new CommandRouter(allCommands);
  const run = async (line: string, channel: ChannelRef, invoker: Invoker = ADMIN): Promise<{ reply: Reply; text: string }> => {
    const reply = await router.runLine(line, { invoker, channel, ledger, services: { subscriptions: service.subscriptions } });
    return { reply, text: renderText(reply) };
  };
  return { clock, ledger, scheduler, service, router, run };
}

/** A channel on the test platform. */
export function channel(id: string, platform = 'test'): ChannelRef {
  return { platform, id, name: `#${id}` };
}

/** Polls until `check` is true (a hang guard, not a timing assertion). */
export async function eventually(check: () => boolean, what = 'condition', timeoutMs = 10_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!check()) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 5));
  }
}
