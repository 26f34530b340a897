import { describe, expect, it } from 'vitest';
import type { LedgerEvent } from '../../../src/core/events.js';
import { addsSourceOnly } from '../../../eval/score.js';

const source = (title: string) => ({ title, seenAt: '2026-01-29T10:00:00Z', tier: 'wire' as const });

describe('a ledger change that only adds a source', () => {
  it('is an update whose record differs only in its evidence or support', () => {
    const before = { id: 'o', quantity: { value: 5, qualifier: 'exact' }, evidence: [source('first')] };
    const more = { type: 'order.updated', before, after: { ...before, evidence: [source('first'), source('second')] } } as unknown as LedgerEvent;
    expect(addsSourceOnly(more)).toBe(true);
  });

  it('is not one that changes a field, nor a new record', () => {
    const before = { id: 'o', quantity: { value: 5, qualifier: 'exact' }, evidence: [source('first')] };
    const grown = { type: 'order.updated', before, after: { ...before, quantity: { value: 6, qualifier: 'exact' } } } as unknown as LedgerEvent;
    const created = { type: 'claim.reported', before: null, after: { id: 'c', support: [] } } as unknown as LedgerEvent;
    expect(addsSourceOnly(grown)).toBe(false);
    expect(addsSourceOnly(created)).toBe(false);
  });
});
