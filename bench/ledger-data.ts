/**
 * Builds a large ledger on disk for benchmarks: N authorizations and M history events,
 * appended through the real store in batches (each batch one durable write).
 */
import type { EventDraft } from '../src/core/events.js';
import type { Authorization, Order } from '../src/core/model.js';
import { silentLogger } from '../src/core/ports.js';
import { LowdbLedgerStore } from '../src/store/lowdb-ledger-store.js';

const AT = '2026-01-28T00:00:00.000Z';
const meta = { actor: { kind: 'system' as const, id: 'bench' }, tier: 'admin' as const, effectiveAt: AT, recordedAt: AT };
const STATUSES = ['pending', 'approved', 'approved_with_conditions', 'denied', 'applied'] as const;

/** Writes the ledger into `dataDir`; returns when it is closed (snapshot written). */
export async function buildLedger(dataDir: string, authorizations: number, totalEvents: number): Promise<void> {
  const store = new LowdbLedgerStore({ dataDir, logger: silentLogger });
  await store.open();
  const drafts: EventDraft[] = [];
  const flush = async () => {
    if (drafts.length) await store.append(drafts.splice(0));
  };
  for (let i = 0; i < 500; i++) {
    drafts.push({
      type: 'entity.upserted',
      entity: 'party',
      entityId: `party-${i}`,
      before: null,
      after: { id: `party-${i}`, name: `Company ${i}`, aliases: [`Co${i}`] },
      ...meta,
    });
  }
  for (let i = 0; i < 50; i++) {
    drafts.push({
      type: 'entity.upserted',
      entity: 'item',
      entityId: `item-${i}`,
      before: null,
      after: { id: `item-${i}`, name: `Chip model ${i}`, aliases: [`CM${i}`], excludes: [], unit: 'chips' },
      ...meta,
    });
  }
  for (let i = 0; i < 10; i++) {
    drafts.push({
      type: 'entity.upserted',
      entity: 'authority',
      entityId: `auth-${i}`,
      before: null,
      after: { id: `auth-${i}`, name: `Authority ${i}`, aliases: [] },
      ...meta,
    });
  }
  await flush();
  const auths: Authorization[] = [];
  for (let i = 0; i < authorizations; i++) {
    const a: Authorization = {
      id: `a-${i}`,
      name: `Authorization ${i}`,
      aliases: [],
      direction: i % 2 ? 'export' : 'import',
      authorityId: `auth-${i % 10}`,
      itemId: `item-${i % 50}`,
      holderIds: i % 7 === 0 ? [`party-${i % 500}`, `party-${(i + 1) % 500}`] : [`party-${i % 500}`],
      status: STATUSES[i % STATUSES.length]!,
      quota: { value: 1000 + i, qualifier: 'exact', unit: 'chips' },
      allocations: [],
      evidence: [],
      provenance: { status: 'admin', quota: 'admin' },
      disputed: false,
    };
    auths.push(a);
    drafts.push({ type: 'authorization.created', entity: 'authorization', entityId: a.id, authorizationId: a.id, before: null, after: a, ...meta });
    if (drafts.length >= 1000) await flush();
  }
  let n = store.state.seq + drafts.length;
  let orderNo = 0;
  while (n < totalEvents) {
    const a = auths[n % auths.length]!;
    if (n % 3 === 0) {
      const order: Order = {
        id: `o-${orderNo++}`,
        itemId: a.itemId,
        buyerId: a.holderIds[0]!,
        quantity: { value: 10, qualifier: 'exact', unit: 'chips' },
        status: 'placed',
        authorizationId: a.id,
        evidence: [],
      };
      drafts.push({ type: 'order.created', entity: 'order', entityId: order.id, authorizationId: a.id, before: null, after: order, ...meta });
    } else {
      const before = { ...a };
      a.quota = { value: a.quota!.value + 1, qualifier: 'exact', unit: 'chips' };
      drafts.push({
        type: 'authorization.quota_changed',
        entity: 'authorization',
        entityId: a.id,
        authorizationId: a.id,
        from: before.quota,
        to: a.quota,
        before,
        after: { ...a },
        ...meta,
      });
    }
    n++;
    if (drafts.length >= 1000) await flush();
  }
  await flush();
  await store.close();
}
