/**
 * Child process for the crash-safety test: opens the store in argv[2] and appends events
 * forever, printing `ack <seq> <type> <entityId> <note>` after each append resolves. The parent SIGKILLs it.
 */
import { silentLogger } from '../../src/core/ports.js';
import { LowdbLedgerStore } from '../../src/store/lowdb-ledger-store.js';
import { authorizationDraft, partyDraft } from './store-drafts.js';

const dir = process.argv[2];
if (!dir) throw new Error('usage: store-writer <dataDir>');
const store = new LowdbLedgerStore({ dataDir: dir, logger: silentLogger, snapshotEvery: 7 });
await store.open();
process.stdout.write(`open ${store.state.seq}\n`);
for (let round = 0; ; round++) {
  const n = store.state.seq + 1;
  // Mix single events and batches so that torn batches are exercised too.
  const drafts =
    round % 3 === 0 ? [authorizationDraft(`a${n % 5}`, n), partyDraft(`p${n}`), authorizationDraft(`b${n % 3}`, n)] : [authorizationDraft(`a${n % 5}`, n)];
  const events = await store.append(drafts);
  process.stdout.write(events.map((e) => `ack ${e.seq} ${e.type} ${e.entityId} ${e.note ?? ''}`.trim() + '\n').join(''));
}
