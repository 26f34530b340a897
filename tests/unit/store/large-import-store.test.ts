/**
 * A store holding an import-sized batch (several journal lines in one append): after a
 * restart, the newest-events read the source pipeline makes at startup comes from the end
 * of the journal without indexing it, and answers exactly as the indexed read does.
 */
import { describe, expect, it } from 'vitest';
import { LowdbLedgerStore } from '../../../src/store/lowdb-ledger-store.js';
import { partyDraft } from '../../fakes/store-drafts.js';
import { silentLogger } from '../../../src/core/ports.js';
import { tempDir } from './store-test-helpers.js';

describe('LowdbLedgerStore after a large batch', () => {
  it('reads the newest events without the index exactly as with it, and finds one record’s history', async () => {
    const dataDir = await tempDir();
    const store = new LowdbLedgerStore({ dataDir, logger: silentLogger });
    await store.open();
    await store.append([partyDraft('first')]);
    await store.append(Array.from({ length: 2_600 }, (_, i) => partyDraft(`p-${i}`)));
    await store.append([partyDraft('last')]);
    await store.close();

    const reopened = new LowdbLedgerStore({ dataDir, logger: silentLogger });
    await reopened.open();
    const queries = [{ limit: 1_500 }, { limit: 5_000 }, { afterSeq: 2_590, limit: 50 }, { afterSeq: 2_602, limit: 5 }];
    const unindexed = [];
    for (const q of queries) unindexed.push(await reopened.history(q));
    expect(reopened.stats.indexed).toBe(false);
    expect(unindexed.map((events) => [events.length, events[0]?.seq, events.at(-1)?.seq])).toEqual([
      [1_500, 1_103, 2_602],
      [2_602, 1, 2_602],
      [12, 2_591, 2_602],
      [0, undefined, undefined],
    ]);
    const one = await reopened.history({ entityId: 'p-1234' });
    expect(one.map((e) => e.seq)).toEqual([1_236]);
    expect(reopened.stats.indexed).toBe(true);
    for (const [i, q] of queries.entries()) expect(await reopened.history(q)).toEqual(unindexed[i]);
    await reopened.close();
  });
});
