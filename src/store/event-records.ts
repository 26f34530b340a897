/**
 * How ledger events are checked on their way into and out of the journal. Every stored
 * line is checked against the stored form and upcast to a typed event (journals written
 * before typed events lack `from`/`to`, which are derived here from the records); the record
 * an event sets (`after`) is checked against its entity's schema when the event is appended
 * or replayed into the state.
 */
import { z } from 'zod';
import { storedEventSchema, type EventType, type LedgerEvent, type StoredEvent } from '../core/events.js';
import { entitySchemas, type EntityKind } from '../core/model.js';
import { formatZodIssues } from '../core/zod-issues.js';

/** Which records each event type is about, and whether it has a record before and after. */
const SHAPES: Record<EventType, { entities: readonly EntityKind[]; before: 'record' | 'none' | 'either'; after: 'record' | 'none' | 'either' }> = {
  'authorization.created': { entities: ['authorization'], before: 'none', after: 'record' },
  'authorization.updated': { entities: ['authorization'], before: 'record', after: 'record' },
  'authorization.status_changed': { entities: ['authorization'], before: 'record', after: 'record' },
  'authorization.quota_changed': { entities: ['authorization'], before: 'record', after: 'record' },
  'authorization.removed': { entities: ['authorization'], before: 'record', after: 'none' },
  'authorization.restored': { entities: ['authorization'], before: 'none', after: 'record' },
  'authorization.reopened': { entities: ['authorization'], before: 'record', after: 'record' },
  'condition.added': { entities: ['condition'], before: 'none', after: 'record' },
  'condition.changed': { entities: ['condition'], before: 'record', after: 'record' },
  'condition.finalized': { entities: ['condition'], before: 'record', after: 'record' },
  'condition.removed': { entities: ['condition'], before: 'record', after: 'either' },
  'order.created': { entities: ['order'], before: 'none', after: 'record' },
  'order.updated': { entities: ['order'], before: 'record', after: 'record' },
  'order.status_changed': { entities: ['order'], before: 'record', after: 'record' },
  'supply.set': { entities: ['supply'], before: 'either', after: 'record' },
  'claim.reported': { entities: ['claim'], before: 'either', after: 'record' },
  'entity.removed': { entities: ['claim'], before: 'record', after: 'none' },
  'entity.upserted': { entities: ['party', 'item', 'authority'], before: 'either', after: 'record' },
  'party.added': { entities: ['party'], before: 'none', after: 'record' },
  'party.changed': { entities: ['party'], before: 'record', after: 'record' },
  'party.removed': { entities: ['party'], before: 'record', after: 'none' },
};

type StoredRecord = { id: string; [key: string]: unknown };

function recordOf(value: unknown, id: string): StoredRecord | null | undefined {
  if (value === null || value === undefined) return null;
  if (typeof value !== 'object' || Array.isArray(value) || (value as { id?: unknown }).id !== id) return undefined;
  return value as StoredRecord;
}

function fits(record: StoredRecord | null, rule: 'record' | 'none' | 'either'): boolean {
  return rule === 'either' || (rule === 'record') === (record !== null);
}

/**
 * Turns a stored event into a typed one, or says why it cannot be one. Records are only
 * checked for presence and id here (the schema check of `after` runs where it is applied;
 * `before` was an earlier event's checked `after`).
 */
export function upcastEvent(stored: StoredEvent): LedgerEvent | string {
  const shape = SHAPES[stored.type];
  const where = `${stored.type} of ${stored.entity} "${stored.entityId}"`;
  if (!shape.entities.includes(stored.entity)) return `${where}: ${stored.type} events are about ${shape.entities.join(' or ')}`;
  const before = recordOf(stored.before, stored.entityId);
  const after = recordOf(stored.after, stored.entityId);
  if (before === undefined || after === undefined) return `${where}: its records must be objects with id "${stored.entityId}"`;
  if (!fits(before, shape.before)) return `${where}: ${shape.before === 'none' ? 'must not have' : 'needs'} a record before`;
  if (!fits(after, shape.after)) return `${where}: ${shape.after === 'none' ? 'must not have' : 'needs'} a record after`;
  const out: Record<string, unknown> = { ...stored, before, after };
  const owner = stored.entity === 'authorization' ? stored.entityId : (after ?? before)?.authorizationId;
  if (out.authorizationId === undefined && typeof owner === 'string') out.authorizationId = owner;
  // Journals written before typed events carry only the records: derive what the event says.
  if (stored.type === 'authorization.status_changed' || stored.type === 'authorization.reopened' || stored.type === 'order.status_changed') {
    out.from ??= before!.status;
    out.to ??= after!.status;
  } else if (stored.type === 'authorization.quota_changed') {
    if (!('from' in stored) && before!.quota !== undefined) out.from = before!.quota;
    if (!('to' in stored) && after!.quota !== undefined) out.to = after!.quota;
  }
  // Checked above: the type names the entity, and the records are there as the type says.
  return out as unknown as LedgerEvent;
}

/** The journal schema for ledger events: the stored form, upcast to a typed event. */
export const journalEventSchema: z.ZodType<LedgerEvent> = storedEventSchema.transform((stored, ctx) => {
  const event = upcastEvent(stored);
  if (typeof event === 'string') {
    ctx.addIssue({ code: 'custom', message: event });
    return z.NEVER;
  }
  return event;
});

/** Names a raw event in messages: `authorization "x"`. */
export function labelEvent(raw: unknown): string | undefined {
  if (typeof raw !== 'object' || raw === null) return undefined;
  const { entity, entityId } = raw as { entity?: unknown; entityId?: unknown };
  if (typeof entity !== 'string' || typeof entityId !== 'string') return undefined;
  return `${entity} "${entityId}"`;
}

/** A description of what is wrong with the record the event sets, or undefined if it is valid. */
export function problemWithRecord(event: LedgerEvent): string | undefined {
  if (event.after === null) return undefined;
  const result = entitySchemas[event.entity].safeParse(event.after);
  if (result.success) return undefined;
  return `${event.entity} "${event.entityId}": ${formatZodIssues(result.error.issues, { max: 3 })}`;
}
