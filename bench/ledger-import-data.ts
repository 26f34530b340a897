/**
 * A ledger file of 30,000 parties and 100,000 history events for the import benchmark:
 * events are generated, folded into a state with the ledger's own evolve, and written with
 * the export's serializer, so the file is exactly what `export` makes.
 */
import { writeFileSync } from 'node:fs';
import type { LedgerEvent } from '../src/core/events.js';
import { evolve } from '../src/core/evolve.js';
import { serializeLedgerFile } from '../src/core/ledger-file.js';
import { emptyState, type Authorization, type Order } from '../src/core/model.js';

const AT = '2026-01-28T00:00:00.000Z';
const STATUSES = ['pending', 'approved', 'approved_with_conditions', 'denied', 'applied'] as const;

/** Writes the file; returns its size in bytes. */
export function writeImportFile(path: string, parties: number, totalEvents: number): number {
  const state = emptyState();
  const history: LedgerEvent[] = [];
  const push = (change: Omit<LedgerEvent, 'seq' | 'actor' | 'tier' | 'effectiveAt' | 'recordedAt'>, who: number) => {
    const event = {
      ...change,
      seq: history.length + 1,
      actor: { kind: 'admin', id: `slack:U${who % 40}`, name: `Analyst ${who % 40}` },
      tier: 'admin',
      effectiveAt: AT,
      recordedAt: AT,
      evidence: { title: `Filing ${history.length}`, url: `https://example.com/f/${history.length}`, seenAt: AT, tier: 'admin' },
    } as LedgerEvent;
    history.push(event);
    evolve(state, event);
  };
  for (let i = 0; i < parties; i++) {
    const after = { id: `party-${i}`, name: `Company ${i}`, aliases: [`Co${i}`, `公司${i}`] };
    push({ type: 'entity.upserted', entity: 'party', entityId: after.id, before: null, after } as never, i);
  }
  for (let i = 0; i < 20; i++) {
    const after = { id: `item-${i}`, name: `Chip model ${i}`, aliases: [], excludes: [], unit: 'chips' };
    push({ type: 'entity.upserted', entity: 'item', entityId: after.id, before: null, after } as never, i);
  }
  for (let i = 0; i < 5; i++) {
    const after = { id: `auth-${i}`, name: `Authority ${i}`, aliases: [] };
    push({ type: 'entity.upserted', entity: 'authority', entityId: after.id, before: null, after } as never, i);
  }
  const auths: Authorization[] = [];
  for (let i = 0; i < 5_000; i++) {
    const a: Authorization = {
      id: `a-${i}`,
      name: `Authorization ${i}`,
      aliases: [],
      direction: i % 2 ? 'export' : 'import',
      authorityId: `auth-${i % 5}`,
      itemId: `item-${i % 20}`,
      holderIds: [`party-${(i * 7) % parties}`],
      status: STATUSES[i % STATUSES.length]!,
      quota: { value: 1000 + i, qualifier: 'exact', unit: 'chips' },
      allocations: [],
      evidence: [],
      provenance: { status: 'admin', quota: 'admin' },
      disputed: false,
    };
    auths.push(a);
    push({ type: 'authorization.created', entity: 'authorization', entityId: a.id, authorizationId: a.id, before: null, after: a } as never, i);
  }
  let orderNo = 0;
  for (let n = 0; history.length < totalEvents; n++) {
    const a = auths[n % auths.length]!;
    if (n % 2 === 0) {
      const order: Order = {
        id: `ord-${++orderNo}`,
        itemId: a.itemId,
        buyerId: a.holderIds[0]!,
        quantity: { value: 10, qualifier: 'exact', unit: 'chips' },
        status: 'placed',
        authorizationId: a.id,
        evidence: [],
      };
      push({ type: 'order.created', entity: 'order', entityId: order.id, authorizationId: a.id, before: null, after: order } as never, n);
    } else {
      const before = state.authorization[a.id]!;
      const after = { ...before, quota: { value: before.quota!.value + 1, qualifier: 'exact' as const, unit: 'chips' } };
      push(
        {
          type: 'authorization.quota_changed',
          entity: 'authorization',
          entityId: a.id,
          authorizationId: a.id,
          from: before.quota,
          to: after.quota,
          before,
          after,
        } as never,
        n,
      );
    }
  }
  const text = serializeLedgerFile(state, history, AT);
  writeFileSync(path, text);
  return Buffer.byteLength(text);
}
