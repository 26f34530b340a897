import { describe, expect, it } from 'vitest';
import { updateAuthorization } from '../../../src/core/changes/authorization.js';
import type { ChangeMeta } from '../../../src/core/ledger.js';
import { storyLedger } from '../../fakes/story-ledger.js';
import { given } from './given-when-then.js';
import { authorization, authorizationCreated, references } from './story-events.js';

const wire = (title: string): ChangeMeta => ({
  actor: { kind: 'source', id: 'news' },
  tier: 'wire',
  evidence: { title, publisher: 'Wire', url: `https://news.example/${encodeURIComponent(title)}`, seenAt: '2026-02-02T00:00:00Z', tier: 'wire' },
});
const official: ChangeMeta = {
  actor: { kind: 'source', id: 'federal-register' },
  tier: 'official',
  evidence: { title: 'Federal Register 2026-01234', url: 'https://www.federalregister.gov/d/2026-01234', seenAt: '2026-02-03T00:00:00Z', tier: 'official' },
};

const chips = (value: number, qualifier: 'exact' | 'over' | 'about' = 'exact') => ({ value, qualifier, unit: 'chips' });
/** Official status; quota as the given tier last set it. */
const licence = (quotaTier: 'admin' | 'wire') =>
  authorization('cn-group', { status: 'approved', quota: chips(400_000, 'over'), provenance: { status: 'official', quota: quotaTier } });

describe('reported versus official facts', () => {
  it('a news report never overwrites what an official source stated; it is kept as a claim with its evidence', () => {
    const report = wire('US suspends H200 licenses, sources say');
    const [claim, updated, ...rest] = given(...references, authorizationCreated(licence('admin')))
      .when({ kind: 'authorization.update', id: 'cn-group', patch: { status: 'suspended' }, meta: report })
      .events();
    expect(claim).toEqual({
      type: 'claim.reported',
      entity: 'claim',
      entityId: 'claim-cn-group-1',
      authorizationId: 'cn-group',
      before: null,
      after: { id: 'claim-cn-group-1', authorizationId: 'cn-group', field: 'status', value: 'suspended', evidence: report.evidence },
    });
    expect(updated?.type === 'authorization.updated' && updated.after.status).toBe('approved');
    expect(rest).toEqual([]);
  });

  it('a news report never overwrites a quota an admin entered', () => {
    const [claim, updated] = given(...references, authorizationCreated(licence('admin')))
      .when({ kind: 'authorization.update', id: 'cn-group', patch: { quota: chips(600_000, 'about') }, meta: wire('Quota raised to 600k') })
      .events();
    expect(claim?.type === 'claim.reported' && claim.after.value).toEqual(chips(600_000, 'about'));
    expect(updated?.type === 'authorization.updated' && updated.after.quota).toEqual(chips(400_000, 'over'));
  });

  it('a report can update a fact that only reports stated, and an official source can overwrite a report', () => {
    const before = licence('wire');
    const [raised] = given(...references, authorizationCreated(before))
      .when({ kind: 'authorization.update', id: 'cn-group', patch: { quota: chips(450_000, 'over') }, meta: wire('Quota now over 450k') })
      .events();
    expect(raised?.type === 'authorization.quota_changed' && [raised.from, raised.to, raised.after.provenance.quota]).toEqual([
      chips(400_000, 'over'),
      chips(450_000, 'over'),
      'wire',
    ]);
    const [corrected] = given(...references, authorizationCreated(before), raised!)
      .when({ kind: 'authorization.update', id: 'cn-group', patch: { quota: chips(420_000) }, meta: official })
      .events();
    expect(
      corrected?.type === 'authorization.quota_changed' && [corrected.to, corrected.after.provenance.quota, corrected.after.evidence.map((e) => e.tier)],
    ).toEqual([chips(420_000), 'official', ['wire', 'official']]);
  });

  it('status shows reported claims beside the official value', async () => {
    const { ledger, run } = await storyLedger();
    await ledger.commit(updateAuthorization('us-h200-export-china', { status: 'suspended' }, wire('US suspends H200 licenses')), wire('x'));
    const { text } = await run('/greenlight status us-h200-export-china');
    expect(text).toContain('approved with conditions (official)');
    expect(text).toContain('Reported, not confirmed');
    expect(text).toMatch(/status per Wire: suspended/);
  });
});
