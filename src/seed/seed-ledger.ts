/**
 * Writes the seed ledger from the config on first run only: an existing ledger (any event
 * recorded) is never touched by the seed.
 */
import type { SeedConfig } from '../../config/schema.js';
import { importLedger, type LedgerExport } from '../core/changes/entity.js';
import type { Ledger } from '../core/ledger.js';
import type { Authorization, Condition, Evidence, Order, Quantity, Supply } from '../core/model.js';
import { parseQuantity } from '../core/parse-quantity.js';

function quantity(text: string, where: string, unit: string): Quantity {
  const q = parseQuantity(text, unit);
  if ('error' in q) throw new Error(`Seed ${where}: ${q.error}`);
  return q;
}

function evidence(list: SeedConfig['orders'][number]['evidence'], seenAt: string): Evidence[] {
  return list.map((e) => ({ ...e, seenAt }));
}

/** Converts the seed section of the config into an importable ledger document. */
export function seedToExport(seed: SeedConfig, seenAt: string): LedgerExport {
  const byId = <T extends { id: string }>(list: T[]) => Object.fromEntries(list.map((x) => [x.id, x]));
  const unitOf = (itemId: string) => seed.items.find((i) => i.id === itemId)?.unit ?? 'units';
  const conditions: Condition[] = [];
  const authorizations: Authorization[] = seed.authorizations.map((a) => {
    const ev = evidence(a.evidence, seenAt);
    const tier = ev.reduce<Evidence['tier']>((best, e) => (e.tier === 'official' || e.tier === 'admin' ? e.tier : best), ev[0]?.tier ?? 'admin');
    // Numbered like every condition added later (cond-1, cond-2, …), in seed order.
    for (const c of a.conditions) conditions.push({ id: `cond-${conditions.length + 1}`, authorizationId: a.id, ...c });
    return {
      id: a.id,
      name: a.name,
      aliases: a.aliases,
      direction: a.direction,
      authorityId: a.authority,
      itemId: a.item,
      holderIds: a.holders,
      status: a.status,
      allocations: [],
      evidence: ev,
      disputed: false,
      provenance: { status: tier, ...(a.quota ? { quota: tier } : {}) },
      ...(a.group ? { groupName: a.group } : {}),
      ...(a.quota ? { quota: quantity(a.quota, `authorization ${a.id} quota`, unitOf(a.item)) } : {}),
      ...(a.validFrom ? { validFrom: a.validFrom } : {}),
      ...(a.validTo ? { validTo: a.validTo } : {}),
      ...(a.ref ? { externalRef: a.ref } : {}),
    };
  });
  const orders: Order[] = seed.orders.map((o) => ({
    id: o.id,
    itemId: o.item,
    quantity: quantity(o.quantity, `order ${o.id} quantity`, unitOf(o.item)),
    status: o.status,
    evidence: evidence(o.evidence, seenAt),
    ...(o.buyer ? { buyerId: o.buyer } : {}),
    ...(o.buyerLabel ? { buyerLabel: o.buyerLabel } : {}),
    ...(o.seller ? { sellerId: o.seller } : {}),
    ...(o.authorization ? { authorizationId: o.authorization } : {}),
  }));
  const supply: Supply[] = seed.supply.map((s) => ({
    id: `${s.item}@${s.holder ?? 'market'}`,
    itemId: s.item,
    quantity: quantity(s.quantity, `supply ${s.item} quantity`, unitOf(s.item)),
    asOf: s.asOf,
    evidence: evidence(s.evidence, seenAt),
    ...(s.holder ? { holderId: s.holder } : {}),
  }));
  return {
    version: 1,
    party: byId(
      seed.parties.map(({ parent, ...p }) => {
        if (parent && !seed.parties.some((q) => q.id === parent)) throw new Error(`Seed party ${p.id}: parent "${parent}" is not a seeded party.`);
        return { ...p, ...(parent ? { parentId: parent } : {}) };
      }),
    ),
    authority: byId(seed.authorities),
    item: byId(seed.items),
    authorization: byId(authorizations),
    condition: byId(conditions),
    order: byId(orders),
    supply: byId(supply),
  };
}

/** Seeds an empty ledger; returns the number of records written (0 when the ledger already had history). */
export async function seedLedger(ledger: Ledger, seed: SeedConfig): Promise<number> {
  if (ledger.state.seq > 0) return 0;
  const data = seedToExport(seed, ledger.now().toISOString());
  const events = await ledger.commit(importLedger(data), {
    actor: { kind: 'system', id: 'seed', name: 'config seed' },
    tier: 'admin',
    note: 'seed ledger from config',
  });
  return events.length;
}
