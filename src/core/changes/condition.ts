/** Planners for the conditions attached to an authorization. */
import { DomainError } from '../errors.js';
import type { ChangePlanner } from '../planning.js';
import { nextId, requireRecord } from '../planning.js';
import type { Condition } from '../model.js';

/** What adding a condition takes (status defaults to proposed). */
export type NewCondition = Omit<Condition, 'id' | 'status'> & { status?: Condition['status'] };

/** Fields a condition edit may change. */
export type ConditionPatch = Partial<Pick<Condition, 'kind' | 'text' | 'status'>>;

/** Plans adding a condition (status defaults to proposed). */
export function addCondition(input: NewCondition): ChangePlanner {
  return (state) => {
    requireRecord(state, 'authorization', input.authorizationId);
    const duplicate = Object.values(state.condition).find(
      (c) => c.authorizationId === input.authorizationId && c.text.toLowerCase() === input.text.toLowerCase(),
    );
    // A removed condition comes back only this way, by an admin: the same record, re-added.
    if (duplicate?.status === 'removed')
      return updateCondition(duplicate.id, { status: input.status ?? 'proposed', ...(input.kind ? { kind: input.kind } : {}) })(state);
    if (duplicate) throw new DomainError('conflict', `That condition is already recorded as ${duplicate.id}.`);
    const id = nextId(state.condition, 'cond');
    const after: Condition = { id, status: 'proposed', ...input };
    return [{ type: 'condition.added', entity: 'condition', entityId: id, authorizationId: input.authorizationId, before: null, after }];
  };
}

/** Plans an edit of a condition's kind, text or status; making it final is its own event type. */
export function updateCondition(id: string, patch: ConditionPatch): ChangePlanner {
  return (state) => {
    const before = requireRecord(state, 'condition', id);
    const after: Condition = { ...before, ...patch };
    if (JSON.stringify(after) === JSON.stringify(before)) {
      throw new DomainError('invalid_input', `Nothing to change: condition ${id} already has those values.`);
    }
    const subject = { entity: 'condition', entityId: id, authorizationId: before.authorizationId, before, after } as const;
    if (after.status === 'final' && before.status !== 'final') return [{ type: 'condition.finalized', ...subject }];
    if (after.status === 'removed') return [{ type: 'condition.removed', ...subject }];
    return [{ type: 'condition.changed', ...subject }];
  };
}

/** Plans removing a condition. It stays in history; the record is marked removed. */
export function removeCondition(id: string): ChangePlanner {
  return (state) => {
    const before = requireRecord(state, 'condition', id);
    if (before.status === 'removed') throw new DomainError('invalid_input', `Condition ${id} is already removed.`);
    return [
      {
        type: 'condition.removed',
        entity: 'condition',
        entityId: id,
        authorizationId: before.authorizationId,
        before,
        after: { ...before, status: 'removed' },
      },
    ];
  };
}
