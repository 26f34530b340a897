import { appendFile, readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { Outbox } from '../../../src/alerts/outbox.js';
import { silentLogger } from '../../../src/core/ports.js';
import { isStoreError } from '../../../src/store/store-error.js';
import { tempDir } from '../../integration/alerts/harness.js';
import { newsAlert as alert } from '../../fakes/news-alert.js';

const cleanups: (() => Promise<void>)[] = [];
afterEach(async () => {
  for (const c of cleanups.splice(0).reverse()) await c();
});

async function open(options: Partial<Parameters<typeof Outbox.open>[0]> = {}) {
  const { dir, cleanup } = await tempDir();
  cleanups.push(cleanup);
  const path = join(dir, 'outbox.jsonl');
  const outbox = await Outbox.open({ path, logger: silentLogger, ...options });
  cleanups.unshift(() => outbox.close());
  return { outbox, path, dir };
}

describe('Outbox', () => {
  it('enqueue is idempotent on alert id: waiting, sent or in the same batch', async () => {
    const { outbox } = await open();
    expect((await outbox.enqueue([{ alert: alert('a') }, { alert: alert('a') }, { alert: alert('b') }])).map((a) => a.id)).toEqual(['a', 'b']);
    expect(await outbox.enqueue([{ alert: alert('a') }])).toEqual([]);
    await outbox.markSent('a', new Date(), {});
    expect(await outbox.enqueue([{ alert: alert('a') }])).toEqual([]);
    expect([...outbox.pending()].map((e) => e.alert.id)).toEqual(['b']);
  });

  it('rebuilds its state from the journal', async () => {
    const { outbox, path } = await open();
    await outbox.enqueue(
      [
        { alert: alert('a') },
        { alert: alert('b'), notBefore: Date.parse('2026-02-02T07:00:00Z') },
        { alert: alert('c', { livingCard: {}, authorizationId: 'auth-1' }) },
      ],
      [{ op: 'checkpoint', seq: 42 }],
    );
    await outbox.markFailed('a', 2, Date.parse('2026-02-01T00:01:00Z'), 'unavailable: down');
    await outbox.markSent('c', new Date(), { messageRef: 'msg-9' });
    await outbox.close();
    const again = await Outbox.open({ path, logger: silentLogger });
    cleanups.unshift(() => again.close());
    expect(again.lastSeq).toBe(42);
    expect([...again.pending()].map((e) => [e.alert.id, e.attempts, e.notBefore])).toEqual([
      ['a', 2, undefined],
      ['b', 0, Date.parse('2026-02-02T07:00:00Z')],
    ]);
    expect(again.card('sub-1', 'auth-1')).toBe('msg-9');
    expect(again.has('c')).toBe(true);
  });

  it('compacts a mostly dead journal and keeps every live record', async () => {
    const { outbox, path } = await open({ compactMinRecords: 50 });
    await outbox.enqueue([{ alert: alert('keep', { livingCard: {}, authorizationId: 'auth-1' }) }], [{ op: 'checkpoint', seq: 1 }]);
    await outbox.enqueue([{ alert: alert('card', { livingCard: {}, authorizationId: 'auth-1' }) }]);
    await outbox.markSent('card', new Date(), { messageRef: 'm-1' });
    for (let i = 0; i < 60; i++) {
      await outbox.enqueue([{ alert: alert(`x${i}`) }]);
      await outbox.markSent(`x${i}`, new Date(), {});
    }
    await outbox.record([{ op: 'checkpoint', seq: 7 }]);
    await outbox.close();
    const text = await readFile(path, 'utf8');
    expect(text.split('\n').filter(Boolean).length).toBeLessThan(40);
    const again = await Outbox.open({ path, logger: silentLogger });
    cleanups.unshift(() => again.close());
    expect([...again.pending()].map((e) => e.alert.id)).toEqual(['keep']);
    expect(again.lastSeq).toBe(7);
    expect(again.card('sub-1', 'auth-1')).toBe('m-1');
    expect(again.has('x3')).toBe(true);
    expect(await again.enqueue([{ alert: alert('x59') }])).toEqual([]);
  });

  it('remembers across a restart which alerts may have been sent (an attempt with no outcome, or a failure in doubt), also through compaction', async () => {
    const { outbox, path } = await open({ compactMinRecords: 30 });
    await outbox.enqueue([{ alert: alert('crashed') }, { alert: alert('refused') }, { alert: alert('lost') }, { alert: alert('fresh') }]);
    const t0 = new Date('2026-02-01T10:00:00Z');
    await outbox.markAttempts(['crashed', 'refused', 'lost'], t0);
    await outbox.markFailed('refused', 1, Date.parse('2026-02-01T10:01:00Z'), 'invalid_auth');
    await outbox.markFailed('lost', 1, Date.parse('2026-02-01T10:01:00Z'), 'timeout', true);
    // A second attempt of an alert already in doubt writes nothing new.
    const before = (await readFile(path, 'utf8')).length;
    await outbox.markAttempts(['lost'], new Date('2026-02-01T10:02:00Z'));
    expect((await readFile(path, 'utf8')).length).toBe(before);
    // In this process an attempt's outcome is known: only a failure in doubt is in doubt.
    expect(outbox.entry('crashed')).toMatchObject({ attemptOpen: true, firstAttemptAt: t0.getTime() });
    expect(outbox.entry('crashed')?.inDoubt).toBeUndefined();
    expect(outbox.entry('lost')?.inDoubt).toBe(true);
    // After a restart, an attempt without an outcome is in doubt too.
    const check = (o: Outbox) => {
      expect(o.entry('crashed')).toMatchObject({ inDoubt: true, firstAttemptAt: t0.getTime() });
      expect(o.entry('lost')).toMatchObject({ inDoubt: true, firstAttemptAt: t0.getTime(), attempts: 1 });
      expect(o.entry('refused')?.inDoubt).toBe(false);
      expect(o.entry('fresh')?.inDoubt).toBeUndefined();
    };
    for (let i = 0; i < 40; i++) {
      await outbox.enqueue([{ alert: alert(`x${i}`) }]);
      await outbox.markSent(`x${i}`, new Date(), {});
    }
    await outbox.close();
    expect(await readFile(path, 'utf8')).toContain('"op":"known"'); // it was compacted
    const again = await Outbox.open({ path, logger: silentLogger });
    cleanups.unshift(() => again.close());
    check(again);
  });

  it('removes a compaction temp file left by a crash, and keeps the journal as it was', async () => {
    const { outbox, path, dir } = await open();
    await outbox.enqueue([{ alert: alert('a') }]);
    await outbox.close();
    const stale = join(dir, '.outbox.jsonl.99999.1.tmp');
    await writeFile(stale, '{"op":"half a compaction');
    const again = await Outbox.open({ path, logger: silentLogger });
    cleanups.unshift(() => again.close());
    expect((await readdir(dir)).sort()).toEqual(['outbox.jsonl']);
    expect([...again.pending()].map((e) => e.alert.id)).toEqual(['a']);
  });

  it('drops a torn final line left by a crash, and refuses a corrupt line with the file named', async () => {
    const { outbox, path } = await open();
    await outbox.enqueue([{ alert: alert('a') }]);
    await outbox.close();
    await appendFile(path, '{"op":"sent","id":"a"');
    const again = await Outbox.open({ path, logger: silentLogger });
    expect([...again.pending()].map((e) => e.alert.id)).toEqual(['a']);
    await again.close();
    await writeFile(path, '{"op":"bogus"}\n');
    const err = await Outbox.open({ path, logger: silentLogger }).catch((e: unknown) => e);
    expect(isStoreError(err, 'corrupt')).toBe(true);
    expect((err as Error).message).toContain(path);
  });
});
