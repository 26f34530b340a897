import { describe, expect, it } from 'vitest';
import type { EventDraft } from '../../../src/core/events.js';
import { silentLogger, type LedgerStore } from '../../../src/core/ports.js';
import { LowdbLedgerStore } from '../../../src/store/lowdb-ledger-store.js';
import { MemoryLedgerStore } from '../../../src/store/memory-ledger-store.js';
import { authorizationDraft, authorizationRecord, partyDraft } from '../../fakes/store-drafts.js';
import { tempDir } from './store-test-helpers.js';

function conditionDraft(id: string, authorizationId: string): EventDraft {
  const { actor, tier, effectiveAt, recordedAt } = partyDraft(id);
  return {
    actor,
    tier,
    effectiveAt,
    recordedAt,
    type: 'condition.added',
    entity: 'condition',
    entityId: id,
    authorizationId,
    before: null,
    after: { id, authorizationId, kind: 'bundling', text: 'Buy domestic too', status: 'proposed' },
  };
}

/** seq: 1 a, 2 p1, 3 b, 4 c1(a), 5 a, 6 [c2(b), p2], 8 a, 9 entity "a" of kind party */
const script: EventDraft[][] = [
  [authorizationDraft('a', 1)],
  [partyDraft('p1')],
  [authorizationDraft('b', 1)],
  [conditionDraft('c1', 'a')],
  [authorizationDraft('a', 2, authorizationRecord('a'))],
  [conditionDraft('c2', 'b'), partyDraft('p2')],
  [authorizationDraft('a', 3, authorizationRecord('a'))],
  [partyDraft('a')],
];

const stores: [string, () => Promise<LedgerStore>][] = [
  ['memory', async () => new MemoryLedgerStore()],
  ['lowdb', async () => new LowdbLedgerStore({ dataDir: await tempDir(), logger: silentLogger })],
];

describe.each(stores)('%s store history', (_name, make) => {
  async function seeded(): Promise<LedgerStore> {
    const store = await make();
    await store.open();
    for (const batch of script) await store.append(batch);
    return store;
  }
  const seqs = async (store: LedgerStore, query: Parameters<LedgerStore['history']>[0]) => (await store.history(query)).map((e) => e.seq);

  it('filters by authorization (its own events and those that belong to it)', async () => {
    const store = await seeded();
    expect(await seqs(store, { authorizationId: 'a' })).toEqual([1, 4, 5, 8]);
    expect(await seqs(store, { authorizationId: 'b' })).toEqual([3, 6]);
    expect(await seqs(store, { authorizationId: 'nope' })).toEqual([]);
    await store.close();
  });

  it('filters by entity, afterSeq and limit (newest, oldest first)', async () => {
    const store = await seeded();
    expect(await seqs(store, {})).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9]);
    expect(await seqs(store, { entityId: 'a' })).toEqual([1, 5, 8, 9]);
    expect(await seqs(store, { entityId: 'a', authorizationId: 'a' })).toEqual([1, 5, 8]);
    expect(await seqs(store, { afterSeq: 6 })).toEqual([7, 8, 9]);
    expect(await seqs(store, { limit: 2 })).toEqual([8, 9]);
    expect(await seqs(store, { authorizationId: 'a', limit: 2 })).toEqual([5, 8]);
    expect(await seqs(store, { authorizationId: 'a', afterSeq: 4, limit: 10 })).toEqual([5, 8]);
    expect(await seqs(store, { entityId: 'c2' })).toEqual([6]);
    expect(await seqs(store, { limit: 0 })).toEqual([]);
    expect(await seqs(store, { afterSeq: 9 })).toEqual([]);
    await store.close();
  });

  it('keeps answering after further appends (the index follows)', async () => {
    const store = await seeded();
    expect(await seqs(store, { authorizationId: 'b' })).toEqual([3, 6]);
    await store.append([authorizationDraft('b', 9, authorizationRecord('b')), partyDraft('p3')]);
    expect(await seqs(store, { authorizationId: 'b' })).toEqual([3, 6, 10]);
    expect(await seqs(store, { limit: 1 })).toEqual([11]);
    const [event] = await store.history({ entityId: 'c2' });
    expect(event).toMatchObject({ seq: 6, type: 'condition.added', authorizationId: 'b', after: { id: 'c2' } });
    await store.close();
  });
});

describe('lowdb store history index', () => {
  it('is built once, lazily, and survives reopen semantics', async () => {
    const dir = await tempDir();
    const store = new LowdbLedgerStore({ dataDir: dir, logger: silentLogger, snapshotEvery: 3 });
    await store.open();
    for (const batch of script) await store.append(batch);
    await store.close();
    const again = new LowdbLedgerStore({ dataDir: dir, logger: silentLogger });
    await again.open();
    expect(again.stats.indexed).toBe(false);
    expect((await again.history({ authorizationId: 'a' })).map((e) => e.seq)).toEqual([1, 4, 5, 8]);
    expect(again.stats.indexed).toBe(true);
    await again.close();
  });
});
