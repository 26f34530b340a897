/** A restart loses no alert and sends none twice. */
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { FakeDeliveryTarget } from '../../fakes/fake-delivery-target.js';
import { updateAuthorization } from '../../../src/core/changes/authorization.js';
import { systemClock } from '../../../src/core/ports.js';
import { channel, harness, seededLedger, tempDir } from './harness.js';

const cleanups: (() => Promise<void>)[] = [];
afterEach(async () => {
  for (const c of cleanups.splice(0).reverse()) await c();
});

const admin = { actor: { kind: 'admin' as const, id: 'root' }, tier: 'admin' as const };

async function start(dir: string, targets: FakeDeliveryTarget[], ledger: Awaited<ReturnType<typeof seededLedger>>) {
  const h = await harness({ dir, targets, ledger, clock: systemClock });
  cleanups.push(() => h.service.close());
  return h;
}

describe('restart safety', () => {
  it('(a) alerts recorded but not sent before the stop are sent once after the restart', async () => {
    const { dir, cleanup } = await tempDir();
    cleanups.push(cleanup);
    const ledger = await seededLedger(systemClock);
    // First run: no target for the channel's platform, so alerts are recorded but cannot go out.
    const first = await start(dir, [], ledger);
    await first.run('/greenlight subscribe', channel('a'));
    await first.run('/greenlight subscribe kinds:authorization.status', channel('b'));
    await first.run('/greenlight track edit cn-h200-import-pending status:approved', channel('ops'));
    await first.service.idle();
    expect(first.service.outbox.pendingCount).toBe(2);
    await first.service.close();

    const target = new FakeDeliveryTarget('test');
    const second = await start(dir, [target], ledger);
    await second.service.idle();
    expect(target.delivered.map((d) => d.alert.channel.id).sort()).toEqual(['a', 'b']);
    expect(target.duplicates()).toEqual([]);
    expect(second.service.outbox.pendingCount).toBe(0);
  });

  it('(b) ledger events committed while the service was down are caught up from history, once', async () => {
    const { dir, cleanup } = await tempDir();
    cleanups.push(cleanup);
    const ledger = await seededLedger(systemClock);
    const target = new FakeDeliveryTarget('test');
    const first = await start(dir, [target], ledger);
    await first.run('/greenlight subscribe', channel('a'));
    await first.service.close();
    // The service is down (as after a crash between the ledger commit and the enqueue).
    await ledger.commit(updateAuthorization('cn-h200-import-pending', { status: 'approved' }, admin), admin);
    await ledger.commit(updateAuthorization('cn-h200-import-pending', { quota: { value: 1000, qualifier: 'exact', unit: 'chips' } }, admin), admin);
    expect(target.delivered).toEqual([]);

    const second = await start(dir, [target], ledger);
    await second.service.idle();
    expect(target.delivered.map((d) => d.alert.kind)).toEqual(['authorization.status', 'authorization.quota']);
    await second.service.close();

    const third = await start(dir, [target], ledger);
    await third.service.idle();
    expect(target.delivered).toHaveLength(2);
  });

  it('(c) an alert marked sent is not sent again after a restart', async () => {
    const { dir, cleanup } = await tempDir();
    cleanups.push(cleanup);
    const ledger = await seededLedger(systemClock);
    const target = new FakeDeliveryTarget('test');
    const first = await start(dir, [target], ledger);
    await first.run('/greenlight subscribe', channel('a'));
    await first.run('/greenlight track edit cn-h200-import-pending status:approved', channel('ops'));
    await first.service.idle();
    expect(target.delivered).toHaveLength(1);
    await first.service.close();
    const journal = await readFile(join(dir, 'outbox.jsonl'), 'utf8');
    expect(journal).toMatch(/"op":"sent"/);

    const second = await start(dir, [target], ledger);
    await second.service.idle();
    // Re-publishing the same event (a source re-reading an item after a crash) is ignored too.
    await second.service.publish([
      { id: 'ledger:1', kind: 'news', occurredAt: '2026-02-01T00:00:00Z', holderIds: [], headline: 'x', changes: [], figures: [], evidence: [], seqs: [] },
    ]);
    const sentId = target.delivered[0]!.alert.id;
    await second.service.publish([
      {
        id: sentId.split('|')[0]!,
        kind: 'authorization.status',
        occurredAt: '2026-02-01T00:00:00Z',
        holderIds: [],
        headline: 'again',
        changes: [],
        figures: [],
        evidence: [],
        seqs: [],
      },
    ]);
    await second.service.idle();
    expect(target.delivered.filter((d) => d.alert.id === sentId)).toHaveLength(1);
  });

  it("a first start does not alert on the ledger's past (the seed)", async () => {
    const { dir, cleanup } = await tempDir();
    cleanups.push(cleanup);
    const ledger = await seededLedger(systemClock);
    expect(ledger.state.seq).toBeGreaterThan(0);
    const target = new FakeDeliveryTarget('test');
    const h = await start(dir, [target], ledger);
    await h.service.idle();
    expect(h.service.outbox.lastSeq).toBe(ledger.state.seq);
    expect(target.delivered).toEqual([]);
  });
});
