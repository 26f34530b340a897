import { describe, expect, it } from 'vitest';
import { updateAuthorization } from '../../../src/core/changes/authorization.js';
import { addOrder, updateOrder } from '../../../src/core/changes/order.js';
import type { ChangeMeta } from '../../../src/core/ledger.js';
import { formatQuantity, sumQuantities } from '../../../src/core/quantity.js';
import { authorizationQuota, groupQuota, holderQuota, itemQuota, quotaBar } from '../../../src/core/quota.js';
import { Ledger } from '../../../src/core/ledger.js';
import { systemClock } from '../../../src/core/ports.js';
import { MemoryLedgerStore } from '../../../src/store/memory-ledger-store.js';
import { authorization, authorizationCreated, chips, orderCreated, partyAdded, references } from './story-events.js';

const admin: ChangeMeta = { actor: { kind: 'admin', id: 'shell:root' }, tier: 'admin' };

/**
 * Given: the H200 story as explicit events. A group import approval over 400,000 chips shared
 * by three firms, one pending approval, over 2 million ordered by unnamed Chinese firms, and
 * about 700,000 in Nvidia's stock.
 */
async function storyLedger() {
  const ledger = new Ledger(new MemoryLedgerStore(), systemClock);
  await ledger.commit(
    () => [
      ...references,
      partyAdded('alibaba', 'Alibaba'),
      partyAdded('tencent', 'Tencent'),
      partyAdded('other-cn-firms', 'Other Chinese firms'),
      authorizationCreated(
        authorization('cn-h200-import-group', {
          name: 'China H200 import approval',
          holderIds: ['bytedance', 'alibaba', 'tencent'],
          status: 'approved_with_conditions',
          quota: chips(400_000, 'over'),
          provenance: { status: 'official', quota: 'wire' },
        }),
      ),
      authorizationCreated(authorization('cn-h200-import-pending', { holderIds: ['other-cn-firms'] })),
      orderCreated({
        id: 'ord-cn-firms',
        itemId: 'h200',
        buyerLabel: 'Chinese firms',
        sellerId: 'nvidia',
        quantity: chips(2_000_000, 'over'),
        status: 'reported',
        evidence: [],
      }),
      {
        type: 'supply.set',
        entity: 'supply',
        entityId: 'h200@nvidia',
        before: null,
        after: { id: 'h200@nvidia', itemId: 'h200', holderId: 'nvidia', quantity: chips(700_000, 'about'), asOf: '2026-01-28', evidence: [] },
      },
    ],
    admin,
  );
  return { ledger };
}

describe('quota accounting', () => {
  it('flags the story: over 2 million ordered against over 400,000 approved and about 700,000 in stock', async () => {
    const { ledger } = await storyLedger();
    const [imports] = itemQuota(ledger.state, 'h200');
    expect(imports!.approved).toEqual(chips(400_000, 'over'));
    expect(imports!.ordered).toEqual(chips(2_000_000, 'over'));
    expect(imports!.supply).toEqual(chips(700_000, 'about'));
    expect(imports!.overCommitted).toEqual([
      'orders may exceed the approved quota by about 1.6 million chips',
      'orders exceed the supply by about 1.3 million chips',
    ]);
  });

  it('keeps a group quota whole: each holder sees the shared quota, not a third of it', async () => {
    const { ledger } = await storyLedger();
    const [line] = holderQuota(ledger.state, 'tencent');
    expect(line!.label).toContain('shared by 3 holders');
    expect(line!.approved).toEqual(chips(400_000, 'over'));
    const [group] = groupQuota(ledger.state, ['bytedance', 'alibaba']);
    expect(group!.authorizationIds).toEqual(['cn-h200-import-group']);
  });

  it('uses per-holder allocations inside a group quota when they exist', async () => {
    const { ledger } = await storyLedger();
    await ledger.commit(
      updateAuthorization(
        'cn-h200-import-group',
        {
          allocations: [
            { holderId: 'bytedance', quantity: chips(200_000) },
            { holderId: 'alibaba', quantity: chips(120_000) },
          ],
        },
        admin,
      ),
      admin,
    );
    await ledger.commit(
      addOrder({ itemId: 'h200', quantity: chips(150_000), buyerId: 'bytedance', status: 'placed', authorizationId: 'cn-h200-import-group' }, admin),
      admin,
    );
    await ledger.commit(
      addOrder({ itemId: 'h200', quantity: chips(130_000), buyerId: 'alibaba', status: 'confirmed', authorizationId: 'cn-h200-import-group' }, admin),
      admin,
    );
    const [bytedance] = holderQuota(ledger.state, 'bytedance');
    expect(bytedance!.approved).toEqual(chips(200_000));
    expect(bytedance!.ordered).toEqual(chips(150_000));
    expect(bytedance!.remaining).toMatchObject({ value: 50_000, qualifier: 'exact', text: '50,000 chips' });
    expect(bytedance!.overCommitted).toEqual([]);
    const [alibaba] = holderQuota(ledger.state, 'alibaba');
    expect(alibaba!.overCommitted).toEqual(['orders exceed the approved quota by 10,000 chips']);
    const [tencent] = holderQuota(ledger.state, 'tencent');
    expect(tencent!.label).toContain('shared');
    const whole = authorizationQuota(ledger.state, ledger.state.authorization['cn-h200-import-group']!);
    expect(whole.ordered).toEqual(chips(280_000));
    expect(whole.remaining).toMatchObject({ value: 120_000, qualifier: 'over', text: 'over 120,000 chips' });
  });

  it('counts delivered orders and drops cancelled ones', async () => {
    const { ledger } = await storyLedger();
    const [created] = await ledger.commit(
      addOrder({ itemId: 'h200', quantity: chips(10_000), buyerId: 'tencent', status: 'shipped', authorizationId: 'cn-h200-import-group' }, admin),
      admin,
    );
    await ledger.commit(updateOrder(created!.entityId, { status: 'delivered' }, admin), admin);
    await ledger.commit(
      addOrder({ itemId: 'h200', quantity: chips(5_000), buyerId: 'tencent', status: 'placed', id: 'ord-x', authorizationId: 'cn-h200-import-group' }, admin),
      admin,
    );
    await ledger.commit(updateOrder('ord-x', { status: 'cancelled' }, admin), admin);
    const line = authorizationQuota(ledger.state, ledger.state.authorization['cn-h200-import-group']!);
    expect(line.delivered).toEqual(chips(10_000));
    expect(line.ordered).toEqual(chips(10_000));
    await expect(ledger.commit(updateOrder('ord-x', { status: 'placed' }, admin), admin)).rejects.toThrow(/cancelled; it cannot become placed/);
  });

  it('has no approved figure for an authorization that is not approved', async () => {
    const { ledger } = await storyLedger();
    const line = authorizationQuota(ledger.state, ledger.state.authorization['cn-h200-import-pending']!);
    expect(line.approved).toBeUndefined();
    expect(line.remaining).toBeUndefined();
  });

  it('adds qualified quantities honestly and draws bars', () => {
    expect(sumQuantities([chips(400_000, 'over'), chips(10)])).toEqual(chips(400_010, 'over'));
    expect(sumQuantities([chips(1), chips(2)]).qualifier).toBe('exact');
    expect(sumQuantities([chips(1, 'over'), { value: 2, qualifier: 'up_to', unit: 'chips' }]).qualifier).toBe('about');
    expect(formatQuantity(chips(400_000, 'over'))).toBe('over 400,000 chips');
    expect(quotaBar(50, 100)).toBe('█████░░░░░ 50%');
    expect(quotaBar(500, 100)).toBe('██████████ 500%');
  });
});
