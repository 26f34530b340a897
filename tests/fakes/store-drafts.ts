/** Valid event drafts for store tests. */
import type { EventDraft } from '../../src/core/events.js';
import type { Authorization, Party } from '../../src/core/model.js';

/** A valid authorization record. */
export function authorizationRecord(id: string, status: Authorization['status'] = 'pending', n = 0): Authorization {
  return {
    id,
    name: `Licence ${id}`,
    aliases: [],
    direction: 'export',
    authorityId: 'bis',
    itemId: 'h200',
    holderIds: ['nvidia'],
    status,
    quota: { value: 1000 + n, qualifier: 'exact', unit: 'units' },
    allocations: [],
    evidence: [],
    provenance: { status: 'official' },
    disputed: false,
  };
}

const META = {
  actor: { kind: 'admin', id: 'U1', name: 'Ada' },
  tier: 'admin',
  effectiveAt: '2025-01-01T00:00:00.000Z',
  recordedAt: '2025-01-01T00:00:00.000Z',
} as const;

/** A draft that creates or updates authorization `id` (quota value `n` makes each one distinct). */
export function authorizationDraft(id: string, n = 0, before: Authorization | null = null): EventDraft {
  const after = authorizationRecord(id, 'pending', n);
  const subject = { entity: 'authorization', entityId: id, authorizationId: id, ...META, note: `n=${n} ünïcødé ✓` } as const;
  return before === null
    ? { type: 'authorization.created', ...subject, before, after }
    : {
        type: 'authorization.quota_changed',
        ...subject,
        ...(before.quota ? { from: before.quota } : {}),
        ...(after.quota ? { to: after.quota } : {}),
        before,
        after,
      };
}

/** A draft that creates party `id`. */
export function partyDraft(id: string): EventDraft {
  const after: Party = { id, name: `Party ${id}`, aliases: [] };
  return {
    type: 'entity.upserted',
    entity: 'party',
    entityId: id,
    before: null,
    after,
    actor: { kind: 'system', id: 'seed' },
    tier: 'official',
    effectiveAt: '2025-01-01T00:00:00.000Z',
    recordedAt: '2025-01-01T00:00:00.000Z',
  };
}

/** A draft that removes authorization `id`. */
export function removeDraft(id: string): EventDraft {
  return { type: 'authorization.removed', entity: 'authorization', entityId: id, authorizationId: id, ...META, before: authorizationRecord(id), after: null };
}
