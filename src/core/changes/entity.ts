/** Planners for reference records (parties, items and authorities) and whole-ledger import. */
import type { z } from 'zod';
import { DomainError } from '../errors.js';
import type { Change, EntityUpserted, RefKind } from '../events.js';
import type { ChangePlanner } from '../planning.js';
import {
  ENTITY_KINDS,
  authoritySchema,
  authorizationSchema,
  claimSchema,
  conditionSchema,
  copyCollection,
  itemSchema,
  orderSchema,
  partySchema,
  supplySchema,
  type EntityKind,
  type LedgerCollections,
  type LedgerState,
} from '../model.js';
import { refuseReservedId } from './reserved-id.js';

export type { RefKind } from '../events.js';

/** Parses with the schema or throws invalid_input naming the first issue (`prefix` says where). */
function parsed<S extends z.ZodType>(schema: S, record: unknown, prefix: string, suffix = ''): z.infer<S> {
  const result = schema.safeParse(record);
  if (result.success) return result.data;
  const issue = result.error.issues[0]!;
  throw new DomainError('invalid_input', `${prefix}${issue.path.join('.')}: ${issue.message}${suffix}`);
}

/** The upsert of one reference record, or undefined when it is already identical. */
function upserted(state: LedgerState, kind: RefKind, record: unknown, prefix: string, suffix = ''): EntityUpserted | undefined {
  const same = (a: unknown, b: unknown) => a !== null && JSON.stringify(a) === JSON.stringify(b);
  switch (kind) {
    case 'party': {
      const after = parsed(partySchema, record, prefix, suffix);
      refuseReservedId(kind, after.id, prefix && 'Import refused: ', suffix.replace(/^\./, ''));
      const before = state.party[after.id] ?? null;
      return same(before, after) ? undefined : { type: 'entity.upserted', entity: kind, entityId: after.id, before, after };
    }
    case 'item': {
      const after = parsed(itemSchema, record, prefix, suffix);
      refuseReservedId(kind, after.id, prefix && 'Import refused: ', suffix.replace(/^\./, ''));
      const before = state.item[after.id] ?? null;
      return same(before, after) ? undefined : { type: 'entity.upserted', entity: kind, entityId: after.id, before, after };
    }
    case 'authority': {
      const after = parsed(authoritySchema, record, prefix, suffix);
      refuseReservedId(kind, after.id, prefix && 'Import refused: ', suffix.replace(/^\./, ''));
      const before = state.authority[after.id] ?? null;
      return same(before, after) ? undefined : { type: 'entity.upserted', entity: kind, entityId: after.id, before, after };
    }
  }
}

/** Plans adding or replacing a party, item or authority. */
export function upsertEntity(kind: RefKind, record: unknown): ChangePlanner {
  return (state) => {
    const change = upserted(state, kind, record, `Invalid ${kind}: `);
    return change ? [change] : [];
  };
}

/** A whole ledger as exported: every collection keyed by id. */
export type LedgerExport = { version: 1 } & Partial<LedgerCollections>;

const REFUSED = '. Nothing was imported.';

/** The change importing one record makes, or undefined when the ledger already has it as is. */
function importChange(state: LedgerState, kind: EntityKind, id: string, record: unknown): Change | undefined {
  const prefix = `Import refused: ${kind} "${id}": `;
  const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);
  switch (kind) {
    case 'party':
    case 'item':
    case 'authority':
      return upserted(state, kind, record, prefix, REFUSED);
    case 'authorization': {
      const after = parsed(authorizationSchema, record, prefix, REFUSED);
      const before = state.authorization[id];
      if (!before) return { type: 'authorization.created', entity: kind, entityId: id, authorizationId: id, before: null, after };
      return same(before, after) ? undefined : { type: 'authorization.updated', entity: kind, entityId: id, authorizationId: id, before, after };
    }
    case 'condition': {
      const after = parsed(conditionSchema, record, prefix, REFUSED);
      const before = state.condition[id];
      const subject = { entity: kind, entityId: id, authorizationId: after.authorizationId } as const;
      if (!before) return { type: 'condition.added', ...subject, before: null, after };
      return same(before, after) ? undefined : { type: 'condition.changed', ...subject, before, after };
    }
    case 'order': {
      const after = parsed(orderSchema, record, prefix, REFUSED);
      const before = state.order[id];
      const subject = { entity: kind, entityId: id, ...(after.authorizationId ? { authorizationId: after.authorizationId } : {}) } as const;
      if (!before) return { type: 'order.created', ...subject, before: null, after };
      return same(before, after) ? undefined : { type: 'order.updated', ...subject, before, after };
    }
    case 'supply': {
      const after = parsed(supplySchema, record, prefix, REFUSED);
      const before = state.supply[id] ?? null;
      return same(before, after) ? undefined : { type: 'supply.set', entity: kind, entityId: id, before, after };
    }
    case 'claim': {
      const after = parsed(claimSchema, record, prefix, REFUSED);
      const before = state.claim[id] ?? null;
      return same(before, after) ? undefined : { type: 'claim.reported', entity: kind, entityId: id, authorizationId: after.authorizationId, before, after };
    }
  }
}

/**
 * Plans importing an exported ledger: every record is validated first, references are
 * checked, and the import is all-or-nothing. Records that are already identical are skipped.
 */
export function importLedger(data: LedgerExport): ChangePlanner {
  return (state) => {
    const changes: Change[] = [];
    const merged = { ...state };
    for (const kind of ENTITY_KINDS) {
      const incoming: Record<string, unknown> = data[kind] ?? {};
      const collection = copyCollection<unknown>(state[kind]);
      for (const [id, record] of Object.entries(incoming)) {
        // Before anything else: "__proto__" or "constructor" as a key must never reach an object.
        refuseReservedId(kind, id, 'Import refused: ', ' Nothing was imported.');
        const change = importChange(state, kind, id, record);
        const recordId = typeof record === 'object' && record !== null && 'id' in record ? record.id : undefined;
        if (recordId !== id) {
          throw new DomainError('invalid_input', `Import refused: ${kind} keyed "${id}" has id "${String(recordId)}". Nothing was imported.`);
        }
        if (!change) continue;
        collection[id] = change.after;
        changes.push(change);
      }
      Object.assign(merged, { [kind]: collection });
    }
    checkImportReferences(merged);
    return changes;
  };
}

function checkImportReferences(c: LedgerCollections): void {
  const missing = (kind: EntityKind, id: string | undefined, from: string) => {
    if (id !== undefined && !c[kind][id])
      throw new DomainError('invalid_input', `Import refused: ${from} refers to unknown ${kind} "${id}". Nothing was imported.`);
  };
  for (const a of Object.values(c.authorization)) {
    missing('authority', a.authorityId, `authorization ${a.id}`);
    missing('item', a.itemId, `authorization ${a.id}`);
    a.holderIds.forEach((h) => missing('party', h, `authorization ${a.id}`));
  }
  for (const o of Object.values(c.order)) {
    missing('item', o.itemId, `order ${o.id}`);
    missing('party', o.buyerId, `order ${o.id}`);
    missing('party', o.sellerId, `order ${o.id}`);
    missing('authorization', o.authorizationId, `order ${o.id}`);
  }
  for (const x of Object.values(c.condition)) missing('authorization', x.authorizationId, `condition ${x.id}`);
  for (const s of Object.values(c.supply)) missing('item', s.itemId, `supply ${s.id}`);
}

/** The ledger as an importable document. */
export function exportLedger(state: LedgerCollections): LedgerExport {
  const out: LedgerExport = { version: 1 };
  for (const kind of ENTITY_KINDS) (out as Record<string, unknown>)[kind] = state[kind];
  return out;
}

/** Refuses unknown kinds early with a clear message (used by commands that take a kind). */
export function assertRefKind(kind: string): asserts kind is RefKind {
  if (!['party', 'item', 'authority'].includes(kind)) throw new DomainError('invalid_input', `Unknown kind "${kind}"; use party, item or authority.`);
}
