/**
 * Stock figures told as today's: "inventory stands near 600,000" is a supply figure, not terms that
 * still stand; "680,000 finished H200 processors" counts chips though an adjective stands between.
 */
import { describe, expect, it } from 'vitest';
import { briefs } from './candidates-helpers.js';

describe('stock figures', () => {
  it('reads "inventory stands near N" as a supply figure', () => {
    expect(briefs('Nvidia says its H200 inventory stands near 410,000')).toEqual(['supply/reported - [nvidia] h200 inventory:about:410000']);
  });

  it('still reads terms that stand as old news', () => {
    expect(briefs("Commerce says Nvidia's H200 export licences for China stand as granted").map((b) => b.split('/')[0])).toEqual(['restatement']);
  });

  it('counts "finished" chips held in inventory', () => {
    expect(briefs('Nvidia holds some 410,000 finished H200 processors in inventory, suppliers estimate')).toEqual([
      'supply/hedged - [nvidia] h200 inventory:about:410000',
    ]);
  });
});
