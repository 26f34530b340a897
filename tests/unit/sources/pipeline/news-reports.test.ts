import { describe, expect, it } from 'vitest';
import { updateAuthorization } from '../../../../src/core/changes/authorization.js';
import { ADMIN_META, newsItem, REUTERS, setup, trackParty, wireBatch } from './helpers.js';

const GROUP = 'cn-h200-import-group';
const US = 'us-h200-export-china';

describe('news reports (report mode, wire tier)', () => {
  it('adds the story the ledger already holds, told again, as evidence on the group approval and raises nothing', async () => {
    const env = await setup();
    const authsBefore = Object.keys(env.ledger.state.authorization).sort();
    const evidenceBefore = env.ledger.state.authorization[GROUP]!.evidence.length;
    const item = newsItem(REUTERS);
    const out = await env.ingestor.ingest(wireBatch([item]));

    expect(out.outcomes[0]!.outcome).toBe(`evidence added to ${GROUP} (+1 evidence); told again: ${GROUP} already holds this (approved with conditions)`);
    expect(Object.keys(env.ledger.state.authorization).sort()).toEqual(authsBefore);
    const group = env.ledger.state.authorization[GROUP]!;
    expect(group.holderIds).toEqual(['bytedance', 'alibaba', 'tencent']);
    expect(group.allocations).toEqual([]);
    expect(group.quota).toEqual({ value: 400000, qualifier: 'over', unit: 'chips' });
    expect(group.evidence).toHaveLength(evidenceBefore + 1);
    expect(group.evidence.at(-1)).toEqual({
      url: item.link,
      title: REUTERS,
      publisher: 'Reuters',
      publishedAt: item.publishedAt,
      seenAt: '2026-01-29T12:00:00Z',
      tier: 'wire',
    });
    expect(out.ledgerEvents.map((e) => e.type)).toEqual(['authorization.updated']);
    // Nothing new: the seed already holds the approval, its quota and its conditions.
    expect(env.alerts.published).toEqual([]);
  });

  it('alerts once, saying why, when a further approval for the whole group is reported', async () => {
    const env = await setup();
    const title = 'China lets ByteDance, Alibaba, Tencent buy a further batch of Nvidia H200 chips - Reuters';
    const item = newsItem(title);
    const out = await env.ingestor.ingest(wireBatch([item]));

    expect(out.outcomes[0]!.outcome).toBe(`evidence added to ${GROUP} (+1 evidence)`);
    expect(env.alerts.published.map((a) => [a.id, a.kind, a.headline])).toEqual([[`report:gnews-h200:${item.id}`, 'news', `Reported: ${title}`]]);
    const why = env.alerts.published[0]!.changes.find((c) => c.label === 'Why')!.after!;
    expect(why).toContain('authority mofcom ("China")');
    expect(why).toContain('holders bytedance ("ByteDance"), alibaba ("Alibaba"), tencent ("Tencent")');
    expect(out.alertEvents).toEqual(env.alerts.published);
  });

  it('treats the same story from five outlets as one change plus evidence-only updates, not five claims', async () => {
    const env = await setup();
    const outlets = ['Reuters', 'Bloomberg', 'CNBC', 'South China Morning Post', 'The Information'];
    const further = 'China lets ByteDance, Alibaba, Tencent buy a further batch of Nvidia H200 chips - Reuters';
    const items = outlets.map((o, i) => newsItem(further.replace('Reuters', o), { publishedAt: `2026-01-29T1${i}:00:00Z` }));
    const out = await env.ingestor.ingest(wireBatch(items));

    expect(out.ledgerEvents.map((e) => `${e.type} ${e.entityId}`)).toEqual(Array(5).fill(`authorization.updated ${GROUP}`));
    expect(Object.keys(env.ledger.state.claim)).toEqual([]);
    expect(out.outcomes.slice(1).map((o) => o.outcome)).toEqual(Array(4).fill(`same story as "${items[0]!.title}" (Reuters) (+1 evidence)`));
    expect(env.ledger.state.authorization[GROUP]!.evidence.map((e) => e.publisher).slice(-5)).toEqual(outlets);
    // One alert for the story, from its first telling; the other outlets grow its evidence.
    expect(env.alerts.published.map((a) => a.id)).toEqual([`report:gnews-h200:${items[0]!.id}`]);
  });

  it('raises nothing when firms still waiting are reported waiting: the pending record told again', async () => {
    const env = await setup();
    const before = env.ledger.state.authorization['cn-h200-import-pending']!.evidence.length;
    const out = await env.ingestor.ingest(wireBatch([newsItem('More Chinese firms wait for approval to buy Nvidia H200 chips - Bloomberg')]));

    expect(out.outcomes[0]!.outcome).toContain('told again: cn-h200-import-pending already holds this (pending)');
    expect(env.ledger.state.authorization['cn-h200-import-pending']!.evidence).toHaveLength(before + 1);
    expect(env.ledger.state.authorization['cn-h200-import-pending']!.status).toBe('pending');
    expect(env.alerts.published).toEqual([]);
  });

  it('alerts once on a count of the firms waiting (the queue is news), and not again for a second outlet telling it', async () => {
    const env = await setup();
    const items = [
      newsItem('知情人士：排队申请进口英伟达H200的企业已达四十余家 - 财联社'),
      newsItem('More than 40 Chinese companies are now waiting for approval to import Nvidia H200 chips, sources say - Reuters', {
        publishedAt: '2026-01-29T13:00:00Z',
      }),
    ];
    const out = await env.ingestor.ingest(wireBatch(items));

    expect(out.outcomes[0]!.outcome).not.toContain('told again');
    expect(env.ledger.state.authorization['cn-h200-import-pending']!.status).toBe('pending');
    expect(env.alerts.published.map((a) => a.id)).toEqual([`report:gnews-h200:${items[0]!.id}`]);
    expect(env.alerts.published[0]!.changes.find((c) => c.label === 'What')?.after).toBe('application (applied), hedged');
  });

  it('raises no contradiction when a firm denies getting more than the approval on record', async () => {
    const env = await setup();
    const out = await env.ingestor.ingest(
      wireBatch([
        newsItem('Tencent denies it won a further batch of H200 approvals', { summary: 'Tencent said reports of an extra H200 allowance were untrue.' }),
      ]),
    );

    expect(out.outcomes[0]!.outcome).toContain('grant denied or negated');
    expect(env.alerts.published).toEqual([]);
    expect(env.ledger.state.authorization[GROUP]!.status).toBe('approved_with_conditions');
  });

  it('raises nothing for "subject to conditions still under discussion" while the record\'s own terms are open', async () => {
    const env = await setup();
    const out = await env.ingestor.ingest(
      wireBatch([
        newsItem('Nvidia 10-K: H200 sales to China remain subject to conditions', {
          summary: "Beijing's approval is subject to conditions that are still being negotiated, the filing said.",
        }),
      ]),
    );

    // The headline says only that the terms still stand ("remain subject to"): the item is read as old news.
    expect(out.outcomes[0]!.outcome).toContain('old news restated');
    expect(env.alerts.published).toEqual([]);
    expect(env.ledger.state.authorization[GROUP]!.status).toBe('approved_with_conditions');
  });

  it("raises nothing for a report that the terms are still being negotiated while the record's own terms are open", async () => {
    const env = await setup();
    const out = await env.ingestor.ingest(
      wireBatch([
        newsItem('Talks on H200 conditions for Chinese buyers drag on', { summary: 'The conditions are still being negotiated, people familiar said.' }),
      ]),
    );

    expect(out.outcomes[0]!.outcome).toContain('told again: conditions still open on record');
    expect(env.alerts.published).toEqual([]);
  });

  it('makes one review candidate, with every outlet as a source, when a new company approval arrives from several outlets', async () => {
    const env = await setup();
    await trackParty(env, 'baidu', 'Baidu');
    const items = ['Reuters', 'Bloomberg', 'Caixin'].map((o) => newsItem(`China approves Baidu to buy Nvidia H200 chips - ${o}`));
    const out = await env.ingestor.ingest(wireBatch(items));

    // News never creates an authorization: it proposes one for admins, unconfirmed.
    expect(env.ledger.state.authorization['cn-h200-import-baidu']).toBeUndefined();
    expect(out.ledgerEvents.map((e) => e.type)).toEqual(['claim.reported', 'claim.reported', 'claim.reported']);
    expect(out.outcomes[0]!.outcome).toBe('review candidate review-1: China H200 import approval (Baidu) (approved), unconfirmed');
    const claim = env.ledger.state.claim['review-1']!;
    expect(claim).toMatchObject({ field: 'new_authorization', review: 'pending', authorizationId: 'cn-h200-import-baidu' });
    expect([claim.evidence, ...claim.support!].map((e) => e.publisher)).toEqual(['Reuters', 'Bloomberg', 'Caixin']);
    expect(out.outcomes[2]!.outcome).toMatch(/^same story as "China approves Baidu .* - Reuters" \(Reuters\) \(\+1 evidence\)$/);
    // One alert for the story, saying it is unconfirmed and why.
    expect(env.alerts.published).toHaveLength(1);
    expect(env.alerts.published[0]!.headline).toContain('Unconfirmed');
    expect(env.alerts.published[0]!.changes.find((c) => c.label === 'Why')?.after).toContain('holders baidu ("Baidu")');
  });

  it('keeps "China revokes H200 approvals for ByteDance" as a claim when an admin set the status', async () => {
    const env = await setup();
    await env.ledger.commit(updateAuthorization(GROUP, { status: 'approved' }, ADMIN_META), ADMIN_META);
    const out = await env.ingestor.ingest(wireBatch([newsItem('China revokes H200 approvals for ByteDance')]));

    const group = env.ledger.state.authorization[GROUP]!;
    expect(group.status).toBe('approved');
    expect(group.provenance.status).toBe('admin');
    const claims = Object.values(env.ledger.state.claim);
    expect(claims).toHaveLength(1);
    expect(claims[0]).toMatchObject({ authorizationId: GROUP, field: 'status', value: 'revoked' });
    expect(out.outcomes[0]!.outcome).toContain('claim: status revoked (admin value kept: approved)');
    expect(out.ledgerEvents.map((e) => e.type)).toEqual(['claim.reported']);
  });

  it('keeps "US suspends Nvidia H200 export licenses, sources say" beside the official value and raises a contradiction', async () => {
    const env = await setup();
    const item = newsItem('US suspends Nvidia H200 export licenses, sources say', { publishedAt: '2026-02-01T07:00:00Z' });
    const out = await env.ingestor.ingest(wireBatch([item]));

    const us = env.ledger.state.authorization[US]!;
    expect(us.status).toBe('approved_with_conditions');
    expect(us.provenance.status).toBe('official');
    expect(out.outcomes[0]!.outcome).toBe(
      `claim: status suspended (official value kept: approved with conditions) on ${US}; contradiction with Federal Register`,
    );
    expect(out.ledgerEvents.map((e) => e.type)).toEqual(['claim.reported']);
    expect(env.alerts.published).toHaveLength(1);
    const alert = env.alerts.published[0]!;
    expect(alert).toMatchObject({ id: `contradiction:gnews-h200:${item.id}`, kind: 'contradiction', authorizationId: US, holderIds: ['nvidia'], seqs: [] });
    expect(alert.headline).toBe(
      'US H200 export licensing to approved Chinese customers: Google News: H200 reports suspended, Federal Register says approved with conditions',
    );
    expect(alert.evidence.map((e) => e.publisher)).toEqual(['Google News: H200', 'Federal Register']);
  });

  it('raises a contradiction between two wire outlets within the window instead of flipping the status', async () => {
    const env = await setup();
    const out = await env.ingestor.ingest(wireBatch([newsItem('China bans ByteDance, Alibaba and Tencent from buying H200 chips - FT')]));
    expect(env.ledger.state.authorization[GROUP]!.status).toBe('approved_with_conditions');
    expect(out.ledgerEvents.map((e) => e.type)).toEqual(['claim.reported']);
    expect(env.alerts.published.map((a) => a.headline)).toEqual([
      'China H200 import approval (ByteDance, Alibaba, Tencent): FT reports denied, Reuters says approved with conditions',
    ]);
  });

  it('never rewrites a value the config seed set: a firm report is a claim beside it, with its sources counted', async () => {
    const env = await setup();
    const out = await env.ingestor.ingest(wireBatch([newsItem('China approves more Chinese firms to buy H200 chips - Reuters')]));
    expect(out.outcomes[0]!.outcome).toBe('claim: status approved (wire value kept: pending) on cn-h200-import-pending');
    expect(env.ledger.state.authorization['cn-h200-import-pending']!.status).toBe('pending');
    const again = await env.ingestor.ingest(
      wireBatch([newsItem('Beijing approves H200 purchases by more Chinese firms - Caixin', { publishedAt: '2026-01-29T14:00:00Z' })]),
    );
    expect(again.outcomes[0]!.outcome).toMatch(/\(\+1 evidence\)$/);
    const claim = Object.values(env.ledger.state.claim).find((c) => c.authorizationId === 'cn-h200-import-pending')!;
    expect([claim.value, 1 + (claim.support?.length ?? 0), claim.against?.length ?? 0]).toEqual(['approved', 2, 0]);
  });

  it('does not let an intent ("considering") change anything, nor alert', async () => {
    const env = await setup();
    const seq = env.ledger.state.seq;
    const out = await env.ingestor.ingest(wireBatch([newsItem('China considering approving H200 purchases by Tencent')]));
    expect(env.ledger.state.seq).toBe(seq);
    // Extraction may drop the intention itself, or the pipeline may: either way, no decision.
    // What `explain` shows: the words that made it an intention, not a decision.
    expect(out.outcomes[0]!.outcome).toBe('nothing to record (not a decision yet ("considering"))');
    expect(env.alerts.published).toEqual([]);
  });

  it('alerts on a condition being weighed: weighing a term is what proposing it is, and changes no record', async () => {
    const env = await setup();
    const seq = env.ledger.state.seq;
    const out = await env.ingestor.ingest(wireBatch([newsItem('US weighs requiring Chinese H200 buyers to allow site inspections, people familiar say')]));
    expect(env.ledger.state.seq).toBe(seq);
    expect(out.outcomes[0]!.outcome).not.toMatch(/not a decision yet/u);
    expect(env.alerts.published.map((a) => a.kind)).toEqual(['news']);
  });

  it('turns an untracked company (Lenovo) into a review candidate, creating no authorization, with an unconfirmed alert', async () => {
    const env = await setup();
    const before = Object.keys(env.ledger.state.authorization).length;
    const item = newsItem('China approves Lenovo to buy Nvidia H200 chips - Bloomberg');
    const out = await env.ingestor.ingest(wireBatch([item]));
    expect(Object.keys(env.ledger.state.authorization)).toHaveLength(before);
    expect(out.ledgerEvents.map((e) => [e.type, e.entity])).toEqual([['claim.reported', 'claim']]);
    expect(env.ledger.state.party.lenovo).toBeUndefined();
    expect(env.alerts.published.map((a) => [a.id, a.kind])).toEqual([[`review:gnews-h200:${item.id}`, 'news']]);
    expect(env.alerts.published[0]!.headline).toBe(
      'Unconfirmed: China H200 import approval (Lenovo) reported approved, not tracked yet (review review-1; /greenlight review list)',
    );
  });

  it('raises nothing for an item that mentions H200 but states no fact', async () => {
    const env = await setup();
    const item = newsItem('Analysts discuss H200 demand');
    const out = await env.ingestor.ingest(wireBatch([item, newsItem('Weather is nice in Santa Clara'), newsItem("China's economy grows 5%")]));
    expect(out.outcomes.map((o) => o.outcome)).toEqual([
      'nothing to record (no event words)',
      'nothing to record (nothing tracked named)',
      'nothing to record (nothing tracked named)',
    ]);
    expect(env.alerts.published).toEqual([]);
    expect(out.ledgerEvents).toEqual([]);
  });

  it('records a reported order once, and matches a retelling of a known order instead of adding it again', async () => {
    const env = await setup();
    const out = await env.ingestor.ingest(
      wireBatch([
        newsItem('Chinese firms have ordered more than 2 million H200 chips - Reuters'),
        newsItem('Chinese firms ordered another 500,000 H200 chips - Bloomberg'),
        newsItem('Chinese firms ordered another 500,000 H200 chips - FT'),
      ]),
    );
    expect(out.outcomes.map((o) => o.outcome)).toEqual([
      'same order as ord-cn-firms-2026-01 (+1 evidence)',
      'new order ord-1',
      'same story as "Chinese firms ordered another 500,000 H200 chips - Bloomberg" (Bloomberg) (+1 evidence)',
    ]);
    expect(env.ledger.state.order['ord-1']).toMatchObject({
      buyerLabel: 'Chinese firms',
      itemId: 'h200',
      status: 'reported',
      quantity: { value: 500000, qualifier: 'exact', unit: 'chips' },
    });
    expect(env.ledger.state.order['ord-1']!.evidence.map((e) => e.publisher)).toEqual(['Bloomberg', 'FT']);
    expect(Object.keys(env.ledger.state.order)).toHaveLength(2);
  });

  it('matches a firm confirming the exact figure of an order first reported as "about" that size', async () => {
    const env = await setup();
    const out = await env.ingestor.ingest(
      wireBatch([
        newsItem('Meituan orders about 8,000 Nvidia H200 chips, people familiar say'),
        newsItem('美团确认向英伟达采购8192颗H200芯片', { publishedAt: '2026-01-30T10:00:00Z' }),
      ]),
    );
    expect(out.outcomes[0]!.outcome).toBe('new order ord-1');
    expect(out.outcomes[1]!.outcome).toMatch(/same story as|same order as ord-1/);
    expect(Object.keys(env.ledger.state.order).filter((id) => id.startsWith('ord-') && !id.startsWith('ord-cn'))).toEqual(['ord-1']);
  });
});
