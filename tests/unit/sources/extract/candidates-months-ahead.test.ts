/** A month named after a participle that looks ahead ("more shipments expected in March") is to come, not old news. */
import { describe, expect, it } from 'vitest';
import { extractCandidates } from '../../../../src/sources/extract/index.js';
import { seedState } from './state.js';

const state = seedState();
const read = (title: string, summary: string, publishedAt: string) =>
  extractCandidates({ title, summary, publishedAt }, state).candidates.map(
    (c) => `${c.kind} ${c.holders.map((h) => h.value).join(',')}${c.quantity ? ` ${c.quantity.role}:${c.quantity.value}` : ''}`,
  );

describe('months ahead', () => {
  it('keeps a delivery news when more shipments are expected next month', () => {
    expect(
      read(
        'Tencent Has Received Roughly 25,000 H200s',
        'Tencent has so far received roughly 25,000 Nvidia H200 chips, according to a person with knowledge of the deliveries, with more shipments expected in March.',
        '2026-02-18T10:00:00Z',
      ),
    ).toEqual(['delivery tencent delivery:25000']);
  });
});
