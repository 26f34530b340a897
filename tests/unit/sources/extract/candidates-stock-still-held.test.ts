/**
 * A stock figure told as still held ("still holds about 450,000 in inventory") is today's figure: supply news when the
 * ledger does not hold it, the stock told again when it does.
 */
import { describe, expect, it } from 'vitest';
import { extractCandidates } from '../../../../src/sources/extract/index.js';
import type { LedgerState } from '../../../../src/core/model.js';
import { seedState } from './state.js';

function withStock(value: number): LedgerState {
  const state = seedState();
  state.supply['sup-1'] = {
    id: 'sup-1',
    itemId: 'h200',
    holderId: 'nvidia',
    quantity: { value, qualifier: 'about', unit: 'chips' },
    asOf: '2026-01-20',
    evidence: [{ title: 'An earlier count', publishedAt: '2026-01-20', seenAt: '2026-01-20T12:00:00Z', tier: 'wire' }],
  } as unknown as LedgerState['supply'][string];
  return state;
}

const read = (state: LedgerState, title: string, summary: string) =>
  extractCandidates({ title, summary }, state).candidates.map((c) => `${c.kind}${c.quantity ? ` ${c.quantity.role}:${c.quantity.value}` : ''}`);

const TITLE = 'Nvidia finance chief gives an update on H200 inventory';
const SUMMARY = 'Nvidia still holds about 450,000 H200 chips in inventory, its chief financial officer told analysts on a call.';

describe('stock still held', () => {
  it('reads a new figure still held as supply news', () => {
    expect(read(withStock(700_000), TITLE, SUMMARY)).toEqual(['supply inventory:450000']);
  });

  it('reads the figure the ledger holds, still held, as the stock told again', () => {
    expect(read(withStock(450_000), TITLE, SUMMARY)).toEqual(['restatement inventory:450000']);
  });

  it('reads the figure a still-word marks on its own as supply news when it is new', () => {
    expect(
      read(
        withStock(700_000),
        'Nvidia CFO says more than 450,000 H200s remain in inventory',
        'Nvidia still holds more than 450,000 H200 chips, its finance chief said.',
      ),
    ).toEqual(['supply inventory:450000']);
  });
});
