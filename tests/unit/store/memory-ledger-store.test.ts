import { describe, expect, it } from 'vitest';
import { MemoryLedgerStore } from '../../../src/store/memory-ledger-store.js';
import { authorizationDraft, partyDraft } from '../../fakes/store-drafts.js';

describe('MemoryLedgerStore', () => {
  it('numbers and applies events, and can start from existing ones', async () => {
    const store = new MemoryLedgerStore();
    const events = await store.append([authorizationDraft('a'), partyDraft('p')]);
    expect(events.map((e) => e.seq)).toEqual([1, 2]);
    const copy = new MemoryLedgerStore(store.events);
    expect(copy.state).toEqual(store.state);
  });

  it('can be made to fail an append, storing nothing', async () => {
    const store = new MemoryLedgerStore();
    store.failNextAppend(new Error('disk full'));
    await expect(store.append([partyDraft('p')])).rejects.toThrow('disk full');
    expect(store.state.seq).toBe(0);
    expect((await store.append([partyDraft('p')]))[0]?.seq).toBe(1);
  });
});
