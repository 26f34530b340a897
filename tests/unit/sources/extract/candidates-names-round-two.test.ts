/** "China Said to Turn Down Qingchuan's Request": the two-word verb is no part of the name; 中企 (Chinese firms) is no firm. */
import { describe, expect, it } from 'vitest';
import { sentences } from '../../../../src/sources/extract/text-units.js';
import { unknownHolders } from '../../../../src/sources/extract/unknown-names.js';

const names = (text: string) => unknownHolders(text, sentences(text), []).map((n) => n.words);

describe('names read from where they stand', () => {
  it('reads the firm after "Said to Turn Down" without the verb', () => {
    expect(names('China Said to Turn Down Qingchuan’s Request to Import Nvidia H200 Chips')).toEqual(['Qingchuan']);
  });

  it('reads no firm called 中企', () => {
    expect(names('知情人士：中企H200订单累计逾200万颗 英伟达约70万颗库存难以覆盖')).toEqual([]);
  });
});
