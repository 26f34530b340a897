import { describe, expect, it } from 'vitest';
import { toAlertEvents } from '../../../../src/alerts/from-ledger.js';
import { newsItem, setup, wireBatch } from './helpers.js';

describe('what one item alerts', () => {
  it('raises one alert, naming both the status and the quota, for a report that claims both', async () => {
    const env = await setup();
    const out = await env.ingestor.ingest(wireBatch([newsItem('Beijing approves H200 purchases for more firms, with a combined quota of 150,000 chips')]));
    expect(out.ledgerEvents.filter((e) => e.type === 'claim.reported').map((e) => e.type === 'claim.reported' && e.after.field)).toEqual(['status', 'quota']);
    const alerts = [...toAlertEvents(out.ledgerEvents, env.ledger.state), ...env.alerts.published];
    expect(alerts).toHaveLength(1);
    expect(alerts[0]!.changes.map((c) => [c.label, (c.after ?? '').replace(/ \(".*$/, '')])).toEqual([
      ['Reported status', 'approved (reported)'],
      ['Reported quota', '150,000 chips (reported)'],
      ['Why', 'grant'],
    ]);
  });

  it('alerts on a Chinese buyer taking delivery, tracked or not: it is the China story', async () => {
    const env = await setup();
    const out = await env.ingestor.ingest(wireBatch([newsItem('澜舟科技首批H200已到货')]));
    expect(out.outcomes[0]!.outcome).not.toMatch(/not alerted/);
    expect(env.alerts.published.map((a) => a.kind)).toEqual(['news']);
  });

  it('raises nothing for a delivery to a buyer nobody tracks', async () => {
    const env = await setup();
    const out = await env.ingestor.ingest(wireBatch([newsItem('Korean startup Upstage receives 5,000 H200 processors')]));
    expect(out.outcomes[0]!.outcome).toMatch(/delivery about no tracked holder: not alerted|Korean: another country/);
    expect(toAlertEvents(out.ledgerEvents, env.ledger.state)).toEqual([]);
    expect(env.alerts.published).toEqual([]);
  });

  it('still alerts a delivery to a tracked holder, with the words that tied it', async () => {
    const env = await setup();
    await env.ingestor.ingest(wireBatch([newsItem('Tencent receives 30,000 Nvidia H200 chips')]));
    expect(env.alerts.published).toHaveLength(1);
    const why = env.alerts.published[0]!.changes.find((c) => c.label === 'Why')?.after ?? '';
    expect(why).toMatch(/holders tencent \("Tencent"\)/);
  });
});

describe('a second fact on one card', () => {
  it('keeps the second fact a story, so an outlet telling only that fact later raises nothing', async () => {
    const env = await setup();
    const items = [
      newsItem('Nvidia says H200 shipments to China have begun, its stock of the chip down to about 560,000'),
      newsItem('Nvidia CFO: about 560,000 H200s left in inventory', { publishedAt: '2026-01-29T13:00:00Z' }),
    ];
    const out = await env.ingestor.ingest(wireBatch(items));
    expect(env.alerts.published.map((a) => a.id)).toEqual([`report:gnews-h200:${items[0]!.id}`]);
    expect(out.outcomes[1]!.outcome).toContain('same story as');
  });
});

describe('approvals of nobody named', () => {
  it('raises nothing for an approval that names no holder, amount or terms, in English or Chinese', async () => {
    const env = await setup();
    const seq = env.ledger.state.seq;
    const out = await env.ingestor.ingest(
      wireBatch([
        newsItem("Beijing's H200 Permits Are a Lever Over Tech", {
          summary: "Case-by-case approvals for Nvidia's H200 let Chinese officials choose which industries get compute, writes a trade economist.",
        }),
        newsItem('H200获批名单越拉越长 算力却依旧紧张', {
          summary: '从首批互联网公司到如今的地方银行和车企，获批企业不断增加，但到货节奏远慢于预期，本文认为国产替代才是关键。',
        }),
      ]),
    );
    // Read as an approval of nobody named, or (the permits as a column's topic) as no event at all.
    for (const o of out.outcomes) expect(o.outcome).toMatch(/approval of nobody named: not alerted$|^nothing to record/);
    expect(env.alerts.published).toEqual([]);
    expect(env.ledger.state.seq).toBe(seq);
  });

  it('still alerts the ministry saying it has approved applications, though it names nobody', async () => {
    const env = await setup();
    await env.ingestor.ingest(
      wireBatch([
        newsItem('Commerce ministry: H200 import approvals granted to applicants under review', {
          summary: 'The Ministry of Commerce said on Tuesday it has approved H200 import applications.',
        }),
      ]),
    );
    expect(env.alerts.published.map((a) => a.headline)).toEqual(['Confirmed: Commerce ministry: H200 import approvals granted to applicants under review']);
  });
});

describe('hedges and intentions', () => {
  it('keeps a hedged decision ("may", 或将) as an unconfirmed claim with its alert, and an intention ("is weighing") as nothing', async () => {
    const env = await setup();
    const hedged = await env.ingestor.ingest(wireBatch([newsItem('据悉，商务部或将批准其余企业进口H200芯片')]));
    expect(hedged.outcomes[0]!.outcome).toMatch(/^claim: status approved \(wire value kept: pending\) on cn-h200-import-pending/);
    expect(toAlertEvents(hedged.ledgerEvents, env.ledger.state)).toHaveLength(1);

    const seq = env.ledger.state.seq;
    const intent = await env.ingestor.ingest(wireBatch([newsItem('Beijing is weighing approval of H200 imports for more Chinese firms')]));
    expect(intent.outcomes[0]!.outcome).toMatch(/not a decision yet \("(?:is )?weighing"\)/);
    expect(env.ledger.state.seq).toBe(seq);
  });

  it('treats speculation ("might ... if", "could") as no decision: nothing changes, nothing alerts', async () => {
    const env = await setup();
    const seq = env.ledger.state.seq;
    const out = await env.ingestor.ingest(wireBatch([newsItem("The US might revoke Nvidia's H200 licences if trade talks sour, experts warn")]));
    expect(out.outcomes[0]!.outcome).toMatch(/not a decision yet \("if"\)/);
    expect(env.ledger.state.seq).toBe(seq);
    expect(env.alerts.published).toEqual([]);
  });

  it('alerts a hedged report ("could", "according to two sources") once, as unconfirmed news, not as no decision', async () => {
    const env = await setup();
    const out = await env.ingestor.ingest(wireBatch([newsItem('Tencent could be allotted an additional 80,000 Nvidia H200 chips, according to two sources')]));
    expect(out.outcomes[0]!.outcome).not.toMatch(/not a decision yet/);
    expect(env.alerts.published).toHaveLength(1);
  });
});

describe('every alert says why', () => {
  it('shows on a contradiction the words that tied the report to the record', async () => {
    const env = await setup();
    await env.ingestor.ingest(wireBatch([newsItem('US revokes Nvidia licence for H200 sales to China')]));
    const [alert] = env.alerts.published;
    expect(alert?.kind).toBe('contradiction');
    expect(alert!.changes.find((c) => c.label === 'Why')?.after).toMatch(/^revocation \("revokes"\); reported; authority bis \("US"\); holders nvidia/);
  });
});

describe('denials', () => {
  it('alerts a denial only when it contradicts an approval the ledger holds', async () => {
    const env = await setup();
    const pending = await env.ingestor.ingest(wireBatch([newsItem('Beijing has not approved H200 imports for other Chinese firms, a ministry official says')]));
    // It agrees with the pending record: one more source for it, nothing else.
    expect(pending.outcomes[0]!.outcome).toMatch(/^grant denied \("has not"\), as cn-h200-import-pending holds \(pending\): source added$/);
    expect(env.alerts.published).toEqual([]);

    await env.ingestor.ingest(wireBatch([newsItem('Tencent denies it has approval to import Nvidia H200 chips')]));
    expect(env.alerts.published.map((a) => a.headline)).toEqual(['Denied: Tencent denies it has approval to import Nvidia H200 chips']);
    expect(env.alerts.published[0]!.authorizationId).toBe('cn-h200-import-group');
  });
});
