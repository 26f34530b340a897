/**
 * The Scheduler port implemented with node-cron 4. Every job is wrapped so that a run never
 * overlaps the previous one (a tick during a slow run is skipped; runNow() during a run waits
 * for it) and a failing job is logged instead of becoming an unhandled rejection.
 */
import cron, { type ScheduledTask } from 'node-cron';
import type { Logger } from '../core/ports.js';
import type { ScheduledJob, Scheduler } from './scheduler.js';

/** Options for {@link CronScheduler}. */
export interface CronSchedulerOptions {
  logger: Logger;
  /** Let the process exit even while jobs are scheduled (tools, tests). Default false. */
  unref?: boolean;
}

/** node-cron's logger interface, fed into ours so nothing reaches the console. */
function cronLogger(logger: Logger): NonNullable<Parameters<typeof cron.schedule>[2]>['logger'] {
  return {
    info: (message) => logger.debug({ cron: true }, String(message)),
    warn: (message) => logger.warn({ cron: true }, String(message)),
    error: (message, err) => logger.error({ cron: true, err: err ?? message }, typeof message === 'string' ? message : 'cron task failed'),
    debug: (message) => logger.debug({ cron: true }, String(message)),
  };
}

/** Runs `job` without overlapping itself; errors are logged, never thrown at the timer. */
function guard(name: string, job: () => Promise<void>, logger: Logger): { tick(): void; runNow(): Promise<void> } {
  let running: Promise<void> | undefined;
  const start = (): Promise<void> => {
    running = (async () => {
      try {
        await job();
      } catch (err) {
        logger.error({ job: name, err }, 'scheduled job failed');
      } finally {
        running = undefined;
      }
    })();
    return running;
  };
  return {
    tick() {
      if (running) {
        logger.debug({ job: name }, 'previous run still going; tick skipped');
        return;
      }
      void start();
    },
    runNow() {
      return running ?? start();
    },
  };
}

/** {@link Scheduler} on node-cron. */
export class CronScheduler implements Scheduler {
  private readonly jobs = new Set<ScheduledJob>();
  private readonly logger: Logger;
  private readonly unref: boolean;

  constructor(opts: CronSchedulerOptions) {
    this.logger = opts.logger;
    this.unref = opts.unref ?? false;
  }

  schedule(name: string, expression: string, timezone: string, job: () => Promise<void>): ScheduledJob {
    const g = guard(name, job, this.logger);
    const task: ScheduledTask = cron.schedule(expression, () => g.tick(), {
      name,
      timezone,
      noOverlap: true,
      unref: this.unref,
      logger: cronLogger(this.logger),
      // A busy event loop delays ticks; that is fine for polling, not worth a warning each time.
      suppressMissedWarning: true,
    });
    const handle: ScheduledJob = {
      stop: () => {
        void task.destroy();
        this.jobs.delete(handle);
      },
      runNow: () => g.runNow(),
    };
    this.jobs.add(handle);
    return handle;
  }

  after(name: string, delayMs: number, job: () => Promise<void>): ScheduledJob {
    const g = guard(name, job, this.logger);
    let timer: NodeJS.Timeout | undefined = setTimeout(
      () => {
        timer = undefined;
        this.jobs.delete(handle);
        g.tick();
      },
      Math.max(0, delayMs),
    );
    timer.unref();
    const handle: ScheduledJob = {
      stop: () => {
        if (timer) clearTimeout(timer);
        timer = undefined;
        this.jobs.delete(handle);
      },
      runNow: () => {
        handle.stop();
        return g.runNow();
      },
    };
    this.jobs.add(handle);
    return handle;
  }

  stopAll(): void {
    for (const job of [...this.jobs]) job.stop();
  }
}

/** True when node-cron accepts the expression. */
export function isValidCron(expression: string): boolean {
  return cron.validate(expression);
}

/**
 * The next `count` times (from now) the expression fires in the timezone. Uses a stopped
 * task (destroyed at once) because node-cron exposes its matcher only through tasks.
 */
export function nextCronRuns(expression: string, timezone: string, count: number): Date[] {
  const task = cron.createTask(expression, () => undefined, { timezone });
  try {
    return task.getNextRuns(count);
  } finally {
    void task.destroy();
  }
}

/** The first time the expression fires at or after `notBefore` (looking at most `limit` runs ahead). */
export function nextCronRunAfter(expression: string, timezone: string, notBefore: Date, limit = 2000): Date | undefined {
  const first = nextCronRuns(expression, timezone, 1)[0];
  if (!first || first.getTime() >= notBefore.getTime()) return first;
  return nextCronRuns(expression, timezone, limit).find((d) => d.getTime() >= notBefore.getTime());
}

/** The gap between the next two runs: the schedule's interval, used as the backoff base. */
export function cronIntervalMs(expression: string, timezone: string): number {
  const [a, b] = nextCronRuns(expression, timezone, 2);
  return a && b ? b.getTime() - a.getTime() : 60_000;
}
