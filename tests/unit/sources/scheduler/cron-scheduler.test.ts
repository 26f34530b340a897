import { afterEach, describe, expect, it } from 'vitest';
import { silentLogger } from '../../../../src/core/ports.js';
import { CronScheduler, cronIntervalMs, nextCronRunAfter, nextCronRuns } from '../../../../src/scheduler/cron-scheduler.js';

describe('CronScheduler', () => {
  const scheduler = new CronScheduler({ logger: silentLogger });
  afterEach(() => scheduler.stopAll());

  it('runNow runs the job; a second runNow during a run joins it instead of overlapping', async () => {
    let runs = 0;
    let release!: () => void;
    const job = scheduler.schedule('t', '0 0 1 1 *', 'UTC', async () => {
      runs++;
      await new Promise<void>((r) => (release = r));
    });
    const a = job.runNow();
    const b = job.runNow();
    await Promise.resolve();
    release();
    await Promise.all([a, b]);
    expect(runs).toBe(1);
    await Promise.all([job.runNow(), Promise.resolve().then(() => release())]);
    expect(runs).toBe(2);
  });

  it('a failing job is logged, never thrown', async () => {
    const errors: unknown[] = [];
    const logged = new CronScheduler({ logger: { ...silentLogger, error: (o: object) => void errors.push(o), child: () => silentLogger } });
    const job = logged.schedule('boom', '0 0 1 1 *', 'UTC', async () => {
      throw new Error('boom');
    });
    await expect(job.runNow()).resolves.toBeUndefined();
    expect(errors).toHaveLength(1);
    logged.stopAll();
  });

  it('after() runs once and can be cancelled; runNow runs it at once', async () => {
    let runs = 0;
    const job = scheduler.after('later', 60_000, async () => void runs++);
    await job.runNow();
    expect(runs).toBe(1);
    const cancelled = scheduler.after('never', 1, async () => void runs++);
    cancelled.stop();
    await new Promise((r) => setTimeout(r, 20));
    expect(runs).toBe(1);
  });

  it('really ticks on a seconds schedule (generous hang guard)', async () => {
    let resolve!: () => void;
    const ticked = new Promise<void>((r) => (resolve = r));
    scheduler.schedule('fast', '* * * * * *', 'UTC', async () => resolve());
    await ticked;
  }, 10_000);
});

describe('cron helpers', () => {
  it('computes intervals and next runs in a timezone', () => {
    expect(cronIntervalMs('*/5 * * * *', 'UTC')).toBe(5 * 60_000);
    const [next] = nextCronRuns('0 8 * * *', 'Asia/Shanghai', 1);
    expect(next!.getUTCHours()).toBe(0);
    const later = new Date(Date.now() + 3 * 60 * 60_000);
    const after = nextCronRunAfter('*/5 * * * *', 'UTC', later)!;
    expect(after.getTime()).toBeGreaterThanOrEqual(later.getTime());
    expect(after.getTime() - later.getTime()).toBeLessThanOrEqual(5 * 60_000);
  });
});
