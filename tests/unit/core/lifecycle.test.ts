import { describe, expect, it } from 'vitest';
import { DomainError } from '../../../src/core/errors.js';
import { Ledger } from '../../../src/core/ledger.js';
import { isReversal, transitionError } from '../../../src/core/lifecycle.js';
import type { ChangeMeta } from '../../../src/core/planning.js';
import { systemClock } from '../../../src/core/ports.js';
import { MemoryLedgerStore } from '../../../src/store/memory-ledger-store.js';
import { given } from './given-when-then.js';
import { admin, authorization, authorizationCreated, references } from './story-events.js';

describe('authorization lifecycle', () => {
  it('allows the normal path and refuses illegal jumps with a reason', () => {
    expect(transitionError('rumored', 'reported')).toBeNull();
    expect(transitionError('applied', 'pending')).toBeNull();
    expect(transitionError('pending', 'approved_with_conditions')).toBeNull();
    expect(transitionError('approved', 'suspended')).toBeNull();
    expect(transitionError('suspended', 'approved')).toBeNull();
    expect(transitionError('approved', 'pending')).toMatch(/cannot go from approved to pending; from approved it can become: .*suspended/);
    expect(transitionError('revoked', 'approved')).toMatch(/revoked authorization is final/);
    expect(transitionError('expired', 'pending')).toMatch(/final/);
    expect(transitionError('pending', 'pending')).toMatch(/already pending/);
  });

  it('treats denied → approved as a reversal, not a normal move', () => {
    expect(transitionError('denied', 'approved')).not.toBeNull();
    expect(isReversal('denied', 'approved')).toBe(true);
    expect(isReversal('pending', 'approved')).toBe(false);
  });

  const withConditions = authorization('us-export', { direction: 'export', status: 'approved_with_conditions', provenance: { status: 'official' } });
  const pending = authorization('cn-pending');

  it('refuses an illegal status change with the reason', () => {
    given(...references, authorizationCreated(withConditions))
      .when({ kind: 'authorization.update', id: 'us-export', patch: { status: 'pending' }, meta: admin })
      .thenRefused('invalid_transition', /cannot go from approved with conditions to pending/);
  });

  it('a refused change records nothing; a legal one is one event the ledger stores and lists in history', async () => {
    const store = new MemoryLedgerStore();
    const ledger = new Ledger(store, systemClock);
    // Given: the past events, stored as they are.
    await ledger.commit(() => [...references, authorizationCreated(withConditions), authorizationCreated(pending)], admin);
    const seq = ledger.state.seq;
    await expect(ledger.commit({ kind: 'authorization.update', id: 'us-export', patch: { status: 'pending' }, meta: admin }, admin)).rejects.toBeInstanceOf(
      DomainError,
    );
    expect(ledger.state.seq).toBe(seq);
    const [event] = await ledger.commit({ kind: 'authorization.update', id: 'cn-pending', patch: { status: 'approved' }, meta: admin }, admin);
    expect(event?.type === 'authorization.status_changed' && [event.from, event.to]).toEqual(['pending', 'approved']);
    expect(ledger.state.authorization['cn-pending']!.status).toBe('approved');
    const history = await ledger.history({ authorizationId: 'cn-pending' });
    expect(history.map((e) => e.type)).toEqual(['authorization.created', 'authorization.status_changed']);
  });

  it('a reversal from an admin is a reopening with evidence; from a news report it marks the record disputed', () => {
    const denied = authorization('cn-pending', { status: 'denied' });
    const news: ChangeMeta = {
      actor: { kind: 'source', id: 'gnews' },
      tier: 'wire',
      evidence: { title: 'China reverses, approves more firms', seenAt: '2026-02-02T00:00:00Z', tier: 'wire', url: 'https://example.test/a' },
    };
    const reported = given(...references, authorizationCreated(denied))
      .when({ kind: 'authorization.update', id: 'cn-pending', patch: { status: 'approved' }, meta: news })
      .events();
    expect(reported.map((e) => e.type)).toEqual(['claim.reported', 'authorization.updated']);
    const disputed = reported[1]!;
    expect(disputed.type === 'authorization.updated' && [disputed.after.status, disputed.after.disputed]).toEqual(['denied', true]);
    given(...references, authorizationCreated(denied), ...reported)
      .when({ kind: 'authorization.update', id: 'cn-pending', patch: { status: 'approved' }, meta: admin })
      .thenRefused('invalid_transition', /is denied, a final decision\. To reopen it as approved/);
    const official = { title: 'MOFCOM notice', url: 'https://gov.example/n', seenAt: '2026-02-03T00:00:00Z', tier: 'admin' } as const;
    given(...references, authorizationCreated(denied), ...reported)
      .when({
        kind: 'authorization.update',
        id: 'cn-pending',
        patch: { status: 'approved' },
        meta: { ...admin, evidence: official },
        options: { reopen: true },
      })
      .then({
        type: 'authorization.reopened',
        entity: 'authorization',
        entityId: 'cn-pending',
        authorizationId: 'cn-pending',
        from: 'denied',
        to: 'approved',
        before: disputed.type === 'authorization.updated' ? disputed.after : denied,
        after: { ...denied, status: 'approved', disputed: false, evidence: [news.evidence!, official] },
      });
  });

  it('says nothing changed rather than writing an empty event', () => {
    given(...references, authorizationCreated(pending))
      .when({ kind: 'authorization.update', id: 'cn-pending', patch: { status: 'pending' }, meta: admin })
      .thenRefused('invalid_transition', 'Licence cn-pending is already pending.');
  });
});
