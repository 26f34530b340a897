import { describe, expect, it } from 'vitest';
import { toAlertEvents } from '../../../src/alerts/from-ledger.js';
import { updateAuthorization } from '../../../src/core/changes/authorization.js';
import { addCondition, updateCondition } from '../../../src/core/changes/condition.js';
import { addOrder, setSupply } from '../../../src/core/changes/order.js';
import type { ChangeMeta } from '../../../src/core/ledger.js';
import { seededLedger } from '../../integration/alerts/harness.js';

const admin: ChangeMeta = { actor: { kind: 'admin', id: 'root' }, tier: 'admin' };
const chips = (value: number, qualifier: 'exact' | 'over' | 'about' = 'exact') => ({ value, qualifier, unit: 'chips' });

describe('toAlertEvents', () => {
  it('describes a status and quota change with before/after, figures and context', async () => {
    const ledger = await seededLedger();
    const events = await ledger.commit(updateAuthorization('cn-h200-import-pending', { status: 'approved', quota: chips(50_000) }, admin), admin);
    const [alert, ...rest] = toAlertEvents(events, ledger.state);
    expect(rest).toEqual([]);
    expect(alert).toMatchObject({
      id: `ledger:${events[0]!.seq}`,
      kind: 'authorization.status',
      authorizationId: 'cn-h200-import-pending',
      itemId: 'h200',
      holderIds: ['other-cn-firms'],
      authorityId: 'mofcom',
      quantity: chips(50_000),
      seqs: [events[0]!.seq],
      headline: 'China H200 import approvals for other firms: pending → approved',
      changes: [
        { label: 'Status', before: 'pending', after: 'approved' },
        { label: 'Quota', before: 'none', after: '50,000 chips' },
      ],
    });
    expect(alert!.figures).toEqual([
      { label: 'Approved', value: '50,000 chips' },
      { label: 'Ordered', value: '0 chips' },
      { label: 'Remaining', value: '50,000 chips' },
    ]);
  });

  it('shows the figures as they were right after each event, even when described later', async () => {
    const ledger = await seededLedger();
    const first = await ledger.commit(
      addOrder({ itemId: 'h200', quantity: chips(100_000), status: 'placed', buyerId: 'bytedance', authorizationId: 'cn-h200-import-group' }, admin),
      admin,
    );
    const second = await ledger.commit(
      addOrder({ itemId: 'h200', quantity: chips(50_000), status: 'placed', buyerId: 'alibaba', authorizationId: 'cn-h200-import-group' }, admin),
      admin,
    );
    const alerts = toAlertEvents([...first, ...second], ledger.state);
    expect(alerts.map((a) => a.figures.find((f) => f.label === 'Ordered')!.value)).toEqual(['100,000 chips', '150,000 chips']);
    expect(alerts[1]!.holderIds).toEqual(['bytedance', 'alibaba', 'tencent']);
  });

  it('evidence-only updates and reference data produce nothing', async () => {
    const ledger = await seededLedger();
    const evidence = { title: 'Same story, other outlet', url: 'https://example.com/2', seenAt: '2026-02-01T00:00:00Z', tier: 'wire' as const };
    const events = await ledger.commit(updateAuthorization('cn-h200-import-group', {}, { ...admin, tier: 'wire', evidence }), {
      ...admin,
      tier: 'wire',
      evidence,
    });
    expect(events.map((e) => e.type)).toEqual(['authorization.updated']);
    expect(toAlertEvents(events, ledger.state)).toEqual([]);
    const seed = await ledger.history({});
    expect(
      toAlertEvents(
        seed.filter((e) => e.type === 'entity.upserted'),
        ledger.state,
      ),
    ).toEqual([]);
  });

  it('a weaker source contradicting an official status raises no claim alert: the pipeline raises it once, as a contradiction', async () => {
    const ledger = await seededLedger();
    const evidence = {
      title: 'Report: US suspends H200 licences',
      url: 'https://example.com/3',
      publisher: 'Wire',
      seenAt: '2026-02-01T00:00:00Z',
      tier: 'wire' as const,
    };
    const meta: ChangeMeta = { actor: { kind: 'source', id: 'wire' }, tier: 'wire', evidence };
    const events = await ledger.commit(updateAuthorization('us-h200-export-china', { status: 'suspended' }, meta), meta);
    const alerts = toAlertEvents(events, ledger.state);
    expect(events.map((e) => e.type)).toContain('claim.reported');
    expect(alerts).toEqual([]);
  });

  it('a source claim that does not oppose the recorded status is one claim alert', async () => {
    const ledger = await seededLedger();
    const evidence = {
      title: 'Report: more firms cleared',
      url: 'https://example.com/4',
      publisher: 'Wire',
      seenAt: '2026-02-01T00:00:00Z',
      tier: 'aggregator' as const,
    };
    const meta: ChangeMeta = { actor: { kind: 'source', id: 'wire' }, tier: 'aggregator', evidence };
    const events = await ledger.commit(updateAuthorization('cn-h200-import-pending', { status: 'approved' }, meta), meta);
    const alerts = toAlertEvents(events, ledger.state);
    expect(events.map((e) => e.type)).toContain('claim.reported');
    expect(alerts.map((a) => a.kind)).toEqual(['claim.reported']);
    expect(alerts[0]!.headline).toContain('reported status approved (not confirmed, per Wire)');
  });

  it('conditions, supply, and over-commitment only on the crossing', async () => {
    const ledger = await seededLedger();
    const added = await ledger.commit(addCondition({ authorizationId: 'cn-h200-import-group', kind: 'kyc', text: 'Know your customer' }), admin);
    const id = added[0]!.entityId;
    const final = await ledger.commit(updateCondition(id, { status: 'final' }), admin);
    const supply = await ledger.commit(setSupply({ itemId: 'h200', holderId: 'nvidia', quantity: chips(800_000, 'about'), asOf: '2026-02-01' }, admin), admin);
    const o1 = await ledger.commit(
      addOrder({ itemId: 'h200', quantity: chips(390_000), status: 'placed', buyerId: 'bytedance', authorizationId: 'cn-h200-import-group' }, admin),
      admin,
    );
    const o2 = await ledger.commit(
      addOrder({ itemId: 'h200', quantity: chips(20_000), status: 'placed', buyerId: 'tencent', authorizationId: 'cn-h200-import-group' }, admin),
      admin,
    );
    const o3 = await ledger.commit(
      addOrder({ itemId: 'h200', quantity: chips(1_000), status: 'placed', buyerId: 'alibaba', authorizationId: 'cn-h200-import-group' }, admin),
      admin,
    );
    const alerts = toAlertEvents([...added, ...final, ...supply, ...o1, ...o2, ...o3], ledger.state);
    expect(alerts.map((a) => a.kind)).toEqual([
      'condition.added',
      'condition.final',
      'supply.changed',
      'order.new',
      'order.new',
      'order.overcommit',
      'order.new',
    ]);
    const over = alerts.find((a) => a.kind === 'order.overcommit')!;
    expect(over.id).toBe(`overcommit:${o2[0]!.seq}`);
    expect(over.headline).toContain('orders may exceed the approved quota by about 10,000');
    expect(alerts[2]!.headline).toBe('Nvidia H200 supply at Nvidia: about 700,000 chips → about 800,000 chips');
  });
});
