import { describe, expect, it } from 'vitest';
import { updateAuthorization } from '../../../src/core/changes/authorization.js';
import { DomainError } from '../../../src/core/errors.js';
import { isReversal, transitionError } from '../../../src/core/lifecycle.js';
import type { ChangeMeta } from '../../../src/core/ledger.js';
import { storyLedger } from '../../fakes/story-ledger.js';

const admin: ChangeMeta = { actor: { kind: 'admin', id: 'shell:root' }, tier: 'admin' };

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

  it('refuses an illegal status change through the ledger and records nothing', async () => {
    const { ledger } = await storyLedger();
    const seqBefore = ledger.state.seq;
    await expect(ledger.commit(updateAuthorization('us-h200-export-china', { status: 'pending' }, admin), admin))
      .rejects.toThrow(/cannot go from approved with conditions to pending/);
    expect(ledger.state.seq).toBe(seqBefore);
    expect(ledger.state.authorization['us-h200-export-china']!.status).toBe('approved_with_conditions');
  });

  it('records a legal change as one event with before and after', async () => {
    const { ledger } = await storyLedger();
    const [event] = await ledger.commit(updateAuthorization('cn-h200-import-pending', { status: 'approved' }, admin), admin);
    expect(event!.type).toBe('authorization.status_changed');
    expect((event!.before as { status: string }).status).toBe('pending');
    expect((event!.after as { status: string }).status).toBe('approved');
    expect(ledger.state.authorization['cn-h200-import-pending']!.status).toBe('approved');
    const history = await ledger.history({ authorizationId: 'cn-h200-import-pending' });
    expect(history.at(-1)!.seq).toBe(event!.seq);
  });

  it('a reversal from an admin goes through; from a news report it marks the record disputed', async () => {
    const { ledger } = await storyLedger();
    const auth = 'cn-h200-import-pending';
    await ledger.commit(updateAuthorization(auth, { status: 'denied' }, admin), admin);
    const news: ChangeMeta = { actor: { kind: 'source', id: 'gnews' }, tier: 'wire', evidence: { title: 'China reverses, approves more firms', seenAt: '2026-02-02T00:00:00Z', tier: 'wire', url: 'https://example.test/a' } };
    const events = await ledger.commit(updateAuthorization(auth, { status: 'approved' }, news), news);
    expect(events.map((e) => e.type)).toEqual(['claim.reported', 'authorization.updated']);
    expect(ledger.state.authorization[auth]!.status).toBe('denied');
    expect(ledger.state.authorization[auth]!.disputed).toBe(true);
    await ledger.commit(updateAuthorization(auth, { status: 'approved' }, admin), admin);
    expect(ledger.state.authorization[auth]!.status).toBe('approved');
    expect(ledger.state.authorization[auth]!.disputed).toBe(false);
  });

  it('says nothing changed rather than writing an empty event', async () => {
    const { ledger } = await storyLedger();
    await expect(ledger.commit(updateAuthorization('cn-h200-import-pending', { status: 'pending' }, admin), admin)).rejects.toBeInstanceOf(DomainError);
  });
});
