/** Planners for reference records (parties, items, authorities) and whole-ledger import. */
import { DomainError } from '../errors.js';
import type { EventType } from '../events.js';
import type { Change, ChangePlanner } from '../ledger.js';
import { ENTITY_KINDS, entitySchemas, type EntityKind, type LedgerCollections } from '../model.js';

type RefKind = 'party' | 'item' | 'authority';

/** Plans adding or replacing a party, item or authority. */
export function upsertEntity(kind: RefKind, record: unknown): ChangePlanner {
  return (state) => {
    const parsed = entitySchemas[kind].safeParse(record);
    if (!parsed.success) {
      const issue = parsed.error.issues[0]!;
      throw new DomainError('invalid_input', `Invalid ${kind}: ${issue.path.join('.')}: ${issue.message}`);
    }
    const before = state[kind][parsed.data.id] ?? null;
    if (before && JSON.stringify(before) === JSON.stringify(parsed.data)) return [];
    return [{ type: 'entity.upserted', entity: kind, entityId: parsed.data.id, before, after: parsed.data }];
  };
}

/** A whole ledger as exported: every collection keyed by id. */
export type LedgerExport = { version: 1 } & Partial<LedgerCollections>;

/**
 * Plans importing an exported ledger: every record is validated first, references are
 * checked, and the import is all-or-nothing. Records that are already identical are skipped.
 */
export function importLedger(data: LedgerExport): ChangePlanner {
  return (state) => {
    const changes: Change[] = [];
    const merged: Record<EntityKind, Record<string, unknown>> = { ...state } as never;
    for (const kind of ENTITY_KINDS) {
      const incoming = data[kind] ?? {};
      merged[kind] = { ...state[kind] };
      for (const [id, record] of Object.entries(incoming)) {
        const parsed = entitySchemas[kind].safeParse(record);
        if (!parsed.success) {
          const issue = parsed.error.issues[0]!;
          throw new DomainError('invalid_input', `Import refused: ${kind} "${id}": ${issue.path.join('.')}: ${issue.message}. Nothing was imported.`);
        }
        if (parsed.data.id !== id) throw new DomainError('invalid_input', `Import refused: ${kind} keyed "${id}" has id "${parsed.data.id}". Nothing was imported.`);
        const before = state[kind][id] ?? null;
        if (before && JSON.stringify(before) === JSON.stringify(parsed.data)) continue;
        merged[kind][id] = parsed.data;
        const type = importEventType(kind, before !== null);
        const authorizationId = kind === 'authorization' ? id : (parsed.data as { authorizationId?: string }).authorizationId;
        changes.push({ type, entity: kind, entityId: id, ...(authorizationId ? { authorizationId } : {}), before, after: parsed.data });
      }
    }
    checkImportReferences(merged as unknown as LedgerCollections);
    return changes;
  };
}

function importEventType(kind: EntityKind, existed: boolean): EventType {
  switch (kind) {
    case 'authorization': return existed ? 'authorization.updated' : 'authorization.created';
    case 'condition': return existed ? 'condition.changed' : 'condition.added';
    case 'order': return existed ? 'order.updated' : 'order.created';
    case 'supply': return 'supply.set';
    case 'claim': return 'claim.reported';
    default: return 'entity.upserted';
  }
}

function checkImportReferences(c: LedgerCollections): void {
  const missing = (kind: EntityKind, id: string | undefined, from: string) => {
    if (id !== undefined && !c[kind][id]) throw new DomainError('invalid_input', `Import refused: ${from} refers to unknown ${kind} "${id}". Nothing was imported.`);
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
