import { describe, expect, it } from 'vitest';
import type { AlertEvent } from '../../../src/alerts/alert-event.js';
import { matches } from '../../../src/alerts/matcher.js';
import type { Subscription } from '../../../src/alerts/subscriptions.js';

function sub(over: Partial<Subscription> = {}): Subscription {
  return {
    id: 'sub-1',
    channel: { platform: 'test', id: 'c' },
    kinds: [],
    excludeKinds: [],
    items: [],
    holders: [],
    authorities: [],
    excludeItems: [],
    excludeHolders: [],
    excludeAuthorities: [],
    mentions: { roles: [], users: [], groups: [] },
    mode: 'instant',
    livingCard: false,
    broadcast: false,
    enabled: true,
    createdAt: '2026-01-01T00:00:00Z',
    ...over,
  };
}

const event: AlertEvent = {
  id: 'ledger:1',
  kind: 'order.new',
  occurredAt: '2026-01-01T00:00:00Z',
  itemId: 'h200',
  holderIds: ['bytedance', 'alibaba'],
  authorityId: 'mofcom',
  quantity: { value: 5000, qualifier: 'exact', unit: 'chips' },
  headline: 'x',
  changes: [],
  figures: [],
  evidence: [],
  seqs: [1],
};

describe('matches', () => {
  it('an empty subscription takes everything; a disabled one nothing', () => {
    expect(matches(sub(), event)).toBe(true);
    expect(matches(sub({ enabled: false }), event)).toBe(false);
  });

  it('include and exclude kinds', () => {
    expect(matches(sub({ kinds: ['order.new', 'order.status'] }), event)).toBe(true);
    expect(matches(sub({ kinds: ['authorization.status'] }), event)).toBe(false);
    expect(matches(sub({ excludeKinds: ['order.new'] }), event)).toBe(false);
  });

  it('items, holders (any overlap) and authorities, included and excluded', () => {
    expect(matches(sub({ items: ['h200'] }), event)).toBe(true);
    expect(matches(sub({ items: ['h20'] }), event)).toBe(false);
    expect(matches(sub({ items: ['h200'] }), { ...event, itemId: undefined })).toBe(false);
    expect(matches(sub({ excludeItems: ['h200'] }), event)).toBe(false);
    expect(matches(sub({ holders: ['tencent', 'alibaba'] }), event)).toBe(true);
    expect(matches(sub({ holders: ['tencent'] }), event)).toBe(false);
    expect(matches(sub({ excludeHolders: ['alibaba'] }), event)).toBe(false);
    expect(matches(sub({ authorities: ['mofcom'] }), event)).toBe(true);
    expect(matches(sub({ authorities: ['bis'] }), event)).toBe(false);
    expect(matches(sub({ excludeAuthorities: ['mofcom'] }), event)).toBe(false);
  });

  it('minimum quantity; events without a quantity pass', () => {
    expect(matches(sub({ minQuantity: 5000 }), event)).toBe(true);
    expect(matches(sub({ minQuantity: 5001 }), event)).toBe(false);
    expect(matches(sub({ minQuantity: 5001 }), { ...event, quantity: undefined })).toBe(true);
  });

  it('source health goes to every enabled subscription unless it excludes it', () => {
    const health: AlertEvent = { ...event, kind: 'source.health', itemId: undefined, holderIds: [], quantity: undefined };
    expect(matches(sub({ kinds: ['order.new'], items: ['h20'], holders: ['x'] }), health)).toBe(true);
    expect(matches(sub({ excludeKinds: ['source.health'] }), health)).toBe(false);
    expect(matches(sub({ enabled: false }), health)).toBe(false);
  });
});
