/**
 * Removed authorizations: their history is kept, so they can be shown as removed (when, by
 * whom, why) and restored as they were, with the conditions that went with them.
 */
import { DomainError } from './errors.js';
import type { AuthorizationRestored, EventOfType, LedgerEvent } from './events.js';
import type { Authorization, Condition } from './model.js';
import type { ChangePlanner } from './planning.js';

/** A removed authorization as its history tells it. */
export interface RemovedAuthorization {
  record: Authorization;
  removal: EventOfType<'authorization.removed'>;
  /** Conditions deleted with it, as they were. */
  conditions: Condition[];
}

/**
 * The removal an authorization's history ends with (oldest first), or undefined when it is
 * tracked (never removed, or restored since).
 */
export function removedFromHistory(events: readonly LedgerEvent[]): RemovedAuthorization | undefined {
  let start = 0;
  let removal: EventOfType<'authorization.removed'> | undefined;
  events.forEach((e, i) => {
    if (e.entity !== 'authorization') return;
    if (e.type === 'authorization.removed') removal = e;
    else if (e.type === 'authorization.created' || e.type === 'authorization.restored') {
      removal = undefined;
      start = i;
    }
  });
  if (!removal) return undefined;
  const conditions = events
    .slice(start)
    .filter((e): e is EventOfType<'condition.removed'> => e.type === 'condition.removed' && e.after === null && e.seq < removal!.seq)
    .map((e) => e.before);
  return { record: removal.before, removal, conditions };
}

/** True when `text` names the record by id, name or alias (case-insensitive). */
export function namesRecord(record: Authorization, text: string): boolean {
  const t = text.trim().toLowerCase();
  return [record.id, record.name, ...record.aliases].some((n) => n.toLowerCase() === t);
}

/** Plans tracking a removed authorization again, with the conditions removed with it. */
export function restoreAuthorization(removed: RemovedAuthorization): ChangePlanner {
  return (state) => {
    const id = removed.record.id;
    if (state.authorization[id]) throw new DomainError('conflict', `${removed.record.name} (${id}) is tracked: there is nothing to restore.`);
    const restored: AuthorizationRestored = {
      type: 'authorization.restored',
      entity: 'authorization',
      entityId: id,
      authorizationId: id,
      before: null,
      after: removed.record,
    };
    const conditions = removed.conditions
      .filter((c) => !state.condition[c.id])
      .map((c) => ({
        type: 'condition.added' as const,
        entity: 'condition' as const,
        entityId: c.id,
        authorizationId: id,
        before: null,
        after: c,
      }));
    return [restored, ...conditions];
  };
}
