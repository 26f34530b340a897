import { describe, expect, it } from 'vitest';
import { createDateWatchJob, findApproachingDates } from '../../../../src/alerts/date-watch.js';
import { updateAuthorization } from '../../../../src/core/changes/authorization.js';
import { silentLogger } from '../../../../src/core/ports.js';
import { ADMIN_META, RecordingPublisher, setup } from './helpers.js';

describe('approaching dates', () => {
  it('warns about a validity end and a future effective date within the window, once each', async () => {
    const env = await setup();
    await env.ledger.commit(updateAuthorization('cn-h200-import-group', { validTo: '2026-02-20' }, ADMIN_META), ADMIN_META);
    await env.ledger.commit(updateAuthorization('us-h200-export-china', { validFrom: '2026-02-10', externalRef: '2026-01234' }, ADMIN_META), ADMIN_META);
    await env.ledger.commit(updateAuthorization('cn-h200-import-pending', { validTo: '2026-06-01' }, ADMIN_META), ADMIN_META);

    const now = new Date('2026-02-01T09:00:00Z');
    const events = findApproachingDates(env.ledger.state, now, 30, new Set());
    expect(events.map((e) => [e.id, e.kind, e.headline])).toEqual([
      [
        'date:cn-h200-import-group:validTo:2026-02-20',
        'date.approaching',
        'China H200 import approval (ByteDance, Alibaba, Tencent): valid until 20 Feb 2026, in 19 days',
      ],
      [
        'date:us-h200-export-china:validFrom:2026-02-10',
        'date.approaching',
        'US H200 export licensing to approved Chinese customers: takes effect 10 Feb 2026 (2026-01234), in 9 days',
      ],
    ]);
    expect(events[0]!.figures.map((f) => f.label)).toEqual(['Approved', 'Ordered', 'Remaining']);
    expect(events[0]!.holderIds).toEqual(['bytedance', 'alibaba', 'tencent']);
    // An admin's date is not credited to the last news item on the record (issue 13); the
    // official rule behind the export licence's date is cited.
    expect(events[0]!.evidence).toEqual([]);
    expect(events[0]!.changes).toEqual([{ label: 'Valid until', after: '20 Feb 2026' }]);
    expect(events[1]!.evidence.map((e) => e.publisher)).toEqual(['Federal Register']);

    const alerts = new RecordingPublisher();
    const job = createDateWatchJob({ state: () => env.ledger.state, alerts, clock: { now: () => now }, logger: silentLogger });
    await job();
    await job();
    expect(alerts.published.map((e) => e.id)).toEqual(events.map((e) => e.id));
  });

  it('ignores past dates, dates beyond the window, and ended authorizations', async () => {
    const env = await setup();
    // validFrom 2026-01-15 on the seeded export licence is in the past.
    expect(findApproachingDates(env.ledger.state, new Date('2026-02-01T09:00:00Z'), 30, new Set())).toEqual([]);
    await env.ledger.commit(updateAuthorization('cn-h200-import-group', { validTo: '2026-02-05' }, ADMIN_META), ADMIN_META);
    await env.ledger.commit(updateAuthorization('cn-h200-import-group', { status: 'revoked' }, ADMIN_META), ADMIN_META);
    expect(findApproachingDates(env.ledger.state, new Date('2026-02-01T09:00:00Z'), 30, new Set())).toEqual([]);
  });

  it('fires again when the date changes', async () => {
    const env = await setup();
    await env.ledger.commit(updateAuthorization('cn-h200-import-group', { validTo: '2026-02-20' }, ADMIN_META), ADMIN_META);
    const fired = new Set(findApproachingDates(env.ledger.state, new Date('2026-02-01T09:00:00Z')).map((e) => e.id));
    await env.ledger.commit(updateAuthorization('cn-h200-import-group', { validTo: '2026-02-25' }, ADMIN_META), ADMIN_META);
    expect(findApproachingDates(env.ledger.state, new Date('2026-02-01T09:00:00Z'), 30, fired).map((e) => e.id)).toEqual([
      'date:cn-h200-import-group:validTo:2026-02-25',
    ]);
  });
});
