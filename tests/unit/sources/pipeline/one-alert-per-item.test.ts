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
    expect(alerts[0]!.changes.map((c) => [c.label, c.after.replace(/ \(".*$/, '')])).toEqual([
      ['Reported status', 'approved (reported)'],
      ['Reported quota', '150,000 chips (reported)'],
      ['Why', 'grant'],
    ]);
  });

  it('raises nothing for a delivery to a buyer nobody tracks', async () => {
    const env = await setup();
    const out = await env.ingestor.ingest(wireBatch([newsItem('Korean startup Upstage receives 5,000 H200 processors')]));
    expect(out.outcomes[0]!.outcome).toMatch(/delivery about no tracked holder: not alerted/);
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
