/**
 * Planners for authorizations: create, edit (status and quota with provenance rules),
 * remove. News never silently overwrites an admin's or an official source's value:
 * a weaker source's claim is kept beside it as a claim.
 */
import { DomainError } from '../errors.js';
import type { ChangeMeta, ChangePlanner } from '../planning.js';
import { nextId, requireRecord, slugify } from '../planning.js';
import { isFinal, isReversal, statusLabel, transitionError } from '../lifecycle.js';
import { authorizationSchema, isReservedId, tierRank, type Authorization, type AuthStatus, type Claim, type LedgerState } from '../model.js';
import type { AuthorizationRemoved, Change, ClaimRemoved, ClaimReported, ConditionRemoved, OrderUpdated } from '../events.js';
import { refuseReservedId } from './reserved-id.js';

/** What an admin or a source gives to create an authorization. */
export type NewAuthorization = Omit<Authorization, 'id' | 'provenance' | 'disputed' | 'aliases' | 'allocations' | 'evidence'> &
  Partial<Pick<Authorization, 'id' | 'aliases' | 'allocations' | 'evidence'>>;

/** Fields an edit may change. */
export type AuthorizationPatch = Partial<Omit<Authorization, 'id' | 'provenance' | 'disputed' | 'evidence'>>;

function checkReferences(state: LedgerState, a: Pick<Authorization, 'authorityId' | 'itemId' | 'holderIds' | 'allocations'>): void {
  requireRecord(state, 'authority', a.authorityId);
  requireRecord(state, 'item', a.itemId);
  for (const h of a.holderIds) requireRecord(state, 'party', h);
  for (const al of a.allocations) {
    if (!a.holderIds.includes(al.holderId)) {
      throw new DomainError('invalid_input', `Allocation for ${state.party[al.holderId]?.name ?? al.holderId}, who is not a holder of this authorization.`);
    }
  }
  if (a.allocations.length && a.holderIds.length < 2) {
    throw new DomainError('invalid_input', 'Allocations split a group quota; this authorization has one holder.');
  }
}

function validated(record: Authorization): Authorization {
  const parsed = authorizationSchema.safeParse(record);
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    throw new DomainError('invalid_input', `Invalid authorization: ${issue.path.join('.') || 'record'}: ${issue.message}`);
  }
  return parsed.data;
}

function withEvidence(list: Authorization['evidence'], meta: ChangeMeta): Authorization['evidence'] {
  if (!meta.evidence) return list;
  if (meta.evidence.url && list.some((e) => e.url === meta.evidence!.url)) return list;
  return [...list, meta.evidence];
}

/** Plans the creation of an authorization. */
export function createAuthorization(input: NewAuthorization, meta: ChangeMeta): ChangePlanner {
  return (state) => {
    const slug = slugify(input.name);
    if (input.id !== undefined) refuseReservedId('authorization', input.id);
    // A name such as "Constructor" slugs to a reserved word: number it like a taken id.
    const id = input.id ?? (state.authorization[slug] || isReservedId(slug) ? nextId(state.authorization, slug, isReservedId(slug) ? 1 : 2) : slug);
    if (state.authorization[id]) throw new DomainError('conflict', `An authorization with id "${id}" already exists.`);
    const record = validated({
      aliases: [],
      allocations: [],
      evidence: [],
      ...input,
      id,
      provenance: { status: meta.tier, ...(input.quota ? { quota: meta.tier } : {}) },
      disputed: false,
    });
    record.evidence = withEvidence(record.evidence, meta);
    checkReferences(state, record);
    return [{ type: 'authorization.created', entity: 'authorization', entityId: id, authorizationId: id, before: null, after: record }];
  };
}

function claim(state: LedgerState, auth: Authorization, field: Claim['field'], value: unknown, meta: ChangeMeta): ClaimReported {
  if (!meta.evidence) {
    throw new DomainError(
      'invalid_input',
      `A ${meta.tier} source cannot change the ${field} that an ${auth.provenance.status} source set, and gave no evidence to record.`,
    );
  }
  const id = nextId(state.claim, `claim-${auth.id}`);
  const record: Claim = { id, authorizationId: auth.id, field, value, evidence: meta.evidence };
  return { type: 'claim.reported', entity: 'claim', entityId: id, authorizationId: auth.id, before: null, after: record };
}

/** How an edit is meant: `reopen` says an admin means to leave a final decision. */
export interface UpdateOptions {
  reopen?: boolean;
}

/**
 * Leaving a final decision (revoked, denied, withdrawn, returned without action, expired) is
 * a reopening: only with `reopen` and a link as evidence. Without them, an admin is told
 * what to add, and a weaker source's report is kept as a claim (the record marked disputed).
 * True when this edit reopens the record.
 */
function checkReopening(before: Authorization, status: AuthStatus | undefined, meta: ChangeMeta, options: UpdateOptions): boolean {
  const leaving = status !== undefined && status !== before.status && isFinal(before.status);
  if (options.reopen && !leaving) {
    throw new DomainError(
      'invalid_input',
      `${before.name} is ${statusLabel(before.status)}, not a final decision: there is nothing to reopen. Leave out \`reopen:true\`.`,
    );
  }
  if (!leaving) return false;
  if (!options.reopen) {
    if (meta.actor.kind === 'source' && tierRank(meta.tier) < tierRank(before.provenance.status)) return false;
    throw new DomainError(
      'invalid_transition',
      `${before.name} is ${statusLabel(before.status)}, a final decision. To reopen it as ${statusLabel(status)}, say so and cite the evidence: add \`reopen:true source_url:<link>\`. Nothing was changed.`,
    );
  }
  if (!meta.evidence?.url) {
    throw new DomainError(
      'invalid_input',
      `Reopening ${before.name} (${statusLabel(before.status)}) needs evidence: add \`source_url:<link>\`. Nothing was changed.`,
    );
  }
  return true;
}

/**
 * Plans an edit. Status moves follow the lifecycle; a weaker source than the one that set
 * status or quota only adds a claim; a reversal (denied → approved) from a weaker source
 * marks the record disputed instead of flipping it; a final decision is left only by a
 * reopening (see checkReopening).
 */
export function updateAuthorization(id: string, patch: AuthorizationPatch, meta: ChangeMeta, options: UpdateOptions = {}): ChangePlanner {
  return (state) => {
    const before = requireRecord(state, 'authorization', id);
    const changes: Change[] = [];
    const next: Authorization = { ...before, ...patch, provenance: { ...before.provenance } };
    const rank = tierRank(meta.tier);
    const reopening = checkReopening(before, patch.status, meta, options);

    if (reopening && patch.status !== undefined) {
      next.provenance.status = meta.tier;
      next.disputed = false;
    } else if (patch.status !== undefined && patch.status !== before.status) {
      const reversal = isReversal(before.status, patch.status);
      const error = reversal ? null : transitionError(before.status, patch.status);
      if (error) throw new DomainError('invalid_transition', `Cannot change ${before.name}: ${error}.`);
      if (rank < tierRank(before.provenance.status)) {
        changes.push(claim(state, before, 'status', patch.status, meta));
        next.status = before.status;
        next.disputed = reversal || before.disputed;
      } else {
        next.provenance.status = meta.tier;
        if (reversal) next.disputed = false;
      }
    } else if (patch.status !== undefined && patch.status === before.status && Object.keys(patch).length === 1) {
      throw new DomainError('invalid_transition', `${before.name} is already ${statusLabel(before.status)}.`);
    }

    if (patch.quota !== undefined && JSON.stringify(patch.quota) !== JSON.stringify(before.quota)) {
      const quotaTier = before.provenance.quota;
      if (quotaTier && rank < tierRank(quotaTier)) {
        changes.push(claim(state, before, 'quota', patch.quota, meta));
        next.quota = before.quota;
      } else {
        next.provenance.quota = meta.tier;
      }
    }

    next.evidence = withEvidence(before.evidence, meta);
    const record = validated(next);
    checkReferences(state, record);
    if (JSON.stringify(record) !== JSON.stringify(before)) {
      const subject = { entity: 'authorization', entityId: id, authorizationId: id, before, after: record } as const;
      if (reopening) {
        changes.push({ type: 'authorization.reopened', ...subject, from: before.status, to: record.status });
      } else if (record.status !== before.status) {
        changes.push({ type: 'authorization.status_changed', ...subject, from: before.status, to: record.status });
      } else if (JSON.stringify(record.quota) !== JSON.stringify(before.quota)) {
        changes.push({
          type: 'authorization.quota_changed',
          ...subject,
          ...(before.quota ? { from: before.quota } : {}),
          ...(record.quota ? { to: record.quota } : {}),
        });
      } else {
        changes.push({ type: 'authorization.updated', ...subject });
      }
    }
    if (!changes.length) throw new DomainError('invalid_input', `Nothing to change: ${before.name} already has those values.`);
    return changes;
  };
}

/** Plans the removal of an authorization with its conditions and claims; orders keep their history but lose the link. */
export function removeAuthorization(id: string): ChangePlanner {
  return (state) => {
    const before = requireRecord(state, 'authorization', id);
    const changes: Change[] = [];
    for (const c of Object.values(state.condition).filter((c) => c.authorizationId === id)) {
      const removed: ConditionRemoved = { type: 'condition.removed', entity: 'condition', entityId: c.id, authorizationId: id, before: c, after: null };
      changes.push(removed);
    }
    for (const c of Object.values(state.claim).filter((c) => c.authorizationId === id)) {
      const removed: ClaimRemoved = { type: 'entity.removed', entity: 'claim', entityId: c.id, authorizationId: id, before: c, after: null };
      changes.push(removed);
    }
    for (const o of Object.values(state.order).filter((o) => o.authorizationId === id)) {
      const { authorizationId: _unlinked, ...after } = o;
      const unlinked: OrderUpdated = { type: 'order.updated', entity: 'order', entityId: o.id, authorizationId: id, before: o, after };
      changes.push(unlinked);
    }
    const removed: AuthorizationRemoved = { type: 'authorization.removed', entity: 'authorization', entityId: id, authorizationId: id, before, after: null };
    changes.push(removed);
    return changes;
  };
}
