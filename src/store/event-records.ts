/**
 * How ledger events are checked on their way into and out of the journal. The envelope
 * is checked on every read; the record an event sets (`after`) is checked against its
 * entity's schema when the event is appended or replayed into the state.
 */
import { ledgerEventSchema, type LedgerEvent } from '../core/events.js';
import { entitySchemas } from '../core/model.js';
import type { JournalOptions } from './journal.js';
import { describeIssues } from './describe-problem.js';

/** The journal schema for ledger events. */
export const journalEventSchema = ledgerEventSchema as unknown as JournalOptions<LedgerEvent>['schema'];

/** Names a raw event in messages: `authorization "x"`. */
export function labelEvent(raw: unknown): string | undefined {
  if (typeof raw !== 'object' || raw === null) return undefined;
  const { entity, entityId } = raw as { entity?: unknown; entityId?: unknown };
  if (typeof entity !== 'string' || typeof entityId !== 'string') return undefined;
  return `${entity} "${entityId}"`;
}

/** A description of what is wrong with the record the event sets, or undefined if it is valid. */
export function problemWithRecord(event: LedgerEvent): string | undefined {
  if (event.after === null || event.after === undefined) return undefined;
  const result = entitySchemas[event.entity].safeParse(event.after);
  if (result.success) return undefined;
  return `${event.entity} "${event.entityId}": ${describeIssues(result.error)}`;
}
