import { describe, expect, it } from 'vitest';
import { updateAuthorization } from '../../../src/core/changes/authorization.js';
import type { ChangeMeta } from '../../../src/core/ledger.js';
import { storyLedger } from '../../fakes/story-ledger.js';

const wire = (title: string): ChangeMeta => ({
  actor: { kind: 'source', id: 'news' }, tier: 'wire',
  evidence: { title, publisher: 'Wire', url: `https://news.example/${encodeURIComponent(title)}`, seenAt: '2026-02-02T00:00:00Z', tier: 'wire' },
});
const official: ChangeMeta = {
  actor: { kind: 'source', id: 'federal-register' }, tier: 'official',
  evidence: { title: 'Federal Register 2026-01234', url: 'https://www.federalregister.gov/d/2026-01234', seenAt: '2026-02-03T00:00:00Z', tier: 'official' },
};

describe('reported versus official facts', () => {
  it('a news report never overwrites what an official source stated; it is kept as a claim with its evidence', async () => {
    const { ledger } = await storyLedger();
    const id = 'us-h200-export-china'; // set by the Federal Register (official)
    const events = await ledger.commit(updateAuthorization(id, { status: 'suspended' }, wire('US suspends H200 licenses, sources say')), wire('x'));
    expect(events[0]!.type).toBe('claim.reported');
    expect(ledger.state.authorization[id]!.status).toBe('approved_with_conditions');
    const claims = Object.values(ledger.state.claim).filter((c) => c.authorizationId === id);
    expect(claims).toHaveLength(1);
    expect(claims[0]!.value).toBe('suspended');
    expect(claims[0]!.evidence.title).toBe('US suspends H200 licenses, sources say');
  });

  it('a news report never overwrites a quota an admin entered', async () => {
    const { ledger } = await storyLedger();
    const admin: ChangeMeta = { actor: { kind: 'admin', id: 'shell:root' }, tier: 'admin' };
    const id = 'cn-h200-import-group';
    await ledger.commit(updateAuthorization(id, { quota: { value: 450_000, qualifier: 'exact', unit: 'chips' } }, admin), admin);
    await ledger.commit(updateAuthorization(id, { quota: { value: 600_000, qualifier: 'about', unit: 'chips' } }, wire('Quota raised to 600k')), wire('y'));
    expect(ledger.state.authorization[id]!.quota).toEqual({ value: 450_000, qualifier: 'exact', unit: 'chips' });
    expect(Object.values(ledger.state.claim).map((c) => c.value)).toContainEqual({ value: 600_000, qualifier: 'about', unit: 'chips' });
  });

  it('a report can update a fact that only reports stated, and an official source can overwrite a report', async () => {
    const { ledger } = await storyLedger();
    const id = 'cn-h200-import-group'; // quota from a wire report in the seed
    await ledger.commit(updateAuthorization(id, { quota: { value: 450_000, qualifier: 'over', unit: 'chips' } }, wire('Quota now over 450k')), wire('z'));
    expect(ledger.state.authorization[id]!.quota!.value).toBe(450_000);
    await ledger.commit(updateAuthorization(id, { quota: { value: 420_000, qualifier: 'exact', unit: 'chips' } }, official), official);
    expect(ledger.state.authorization[id]!.quota).toEqual({ value: 420_000, qualifier: 'exact', unit: 'chips' });
    expect(ledger.state.authorization[id]!.provenance.quota).toBe('official');
    expect(ledger.state.authorization[id]!.evidence.map((e) => e.tier)).toContain('official');
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
