/**
 * A real crash: a child process delivering from the outbox is killed with SIGKILL part-way.
 * After reopening, every enqueued alert is delivered at least once, and no alert whose
 * `sent` record reached the journal is delivered again. The only possible duplicates are
 * alerts the platform accepted whose `sent` record had not been fsynced yet (the
 * at-least-once window); targets get the stable alert id to de-duplicate those.
 */
import { spawn } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { Dispatcher } from '../../../src/alerts/dispatcher.js';
import { Outbox } from '../../../src/alerts/outbox.js';
import { silentLogger, systemClock } from '../../../src/core/ports.js';
import { FakeDeliveryTarget } from '../../fakes/fake-delivery-target.js';
import { eventually, tempDir } from './harness.js';

const ROOT = join(import.meta.dirname, '..', '..', '..');
const CHILD = join(import.meta.dirname, 'fixtures', 'outbox-child.ts');
const COUNT = 200;

const cleanups: (() => Promise<void>)[] = [];
afterEach(async () => {
  for (const c of cleanups.splice(0).reverse()) await c();
});

function lines(path: string): string[] {
  return existsSync(path) ? readFileSync(path, 'utf8').split('\n').filter(Boolean) : [];
}

function sentIds(journalPath: string): Set<string> {
  const ids = new Set<string>();
  for (const line of lines(journalPath)) {
    let parsed: unknown;
    try {
      parsed = JSON.parse(line);
    } catch {
      continue; // a torn last line: the open repairs it
    }
    for (const r of (Array.isArray(parsed) ? parsed : [parsed]) as { op: string; id?: string }[]) if (r.op === 'sent') ids.add(r.id!);
  }
  return ids;
}

describe('outbox crash safety (SIGKILL)', () => {
  it('loses nothing and re-sends nothing already marked sent', async () => {
    const { dir, cleanup } = await tempDir();
    cleanups.push(cleanup);
    const delivered = join(dir, 'delivered.txt');
    const child = spawn(process.execPath, ['--import', 'tsx', CHILD, dir, delivered, String(COUNT)], { cwd: ROOT, stdio: ['ignore', 'pipe', 'pipe'] });
    let stderr = '';
    child.stderr.on('data', (d: Buffer) => {
      stderr += d.toString();
    });
    const exited = new Promise<void>((resolve) => child.on('exit', () => resolve()));
    cleanups.push(async () => {
      if (child.exitCode === null) child.kill('SIGKILL');
      await exited;
    });
    await eventually(() => lines(delivered).length >= COUNT / 4 || child.exitCode !== null, 'the child to deliver a quarter', 60_000);
    child.kill('SIGKILL');
    await exited;
    expect(stderr).toBe('');
    const firstRun = lines(delivered);
    expect(firstRun.length).toBeLessThan(COUNT); // killed part-way
    expect(new Set(firstRun).size).toBe(firstRun.length);
    const sent = sentIds(join(dir, 'outbox.jsonl'));

    const outbox = await Outbox.open({ path: join(dir, 'outbox.jsonl'), logger: silentLogger });
    const target = new FakeDeliveryTarget('file');
    const dispatcher = new Dispatcher({
      outbox,
      targets: new Map([['file', target]]),
      clock: systemClock,
      logger: silentLogger,
      onPermanentFailure: async () => {},
    });
    dispatcher.start();
    await dispatcher.idle();
    await dispatcher.stop();
    await outbox.close();

    const secondRun = target.delivered.map((d) => d.alert.id);
    expect(target.duplicates()).toEqual([]);
    expect(secondRun.filter((id) => sent.has(id))).toEqual([]);
    const all = new Set([...firstRun, ...secondRun]);
    expect(all.size).toBe(COUNT);
    // Delivered twice: only alerts accepted before the kill whose `sent` mark was not durable yet.
    const twice = secondRun.filter((id) => firstRun.includes(id));
    expect(twice.every((id) => !sent.has(id))).toBe(true);
    expect(twice.length).toBeLessThanOrEqual(4 + 1); // at most the deliveries in flight (concurrency 4) plus one group commit
  });
});
