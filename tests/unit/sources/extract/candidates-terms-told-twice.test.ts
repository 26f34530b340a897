/**
 * Words that tell no second event: terms spelled out with no holder after the sentence that proposes them to a
 * holder are that proposal, and "no other licence request is known to have been refused" speaks of others.
 */
import { describe, expect, it } from 'vitest';
import { told } from './candidates-helpers.js';

describe('terms told twice and "no other"', () => {
  it('reads a proposal and the terms it spells out next as one proposal', () => {
    expect(
      told(
        '知情人士：美方拟要求英伟达每批H200对华出货前提交最终用户证明',
        '据知情人士透露，美国商务部正在起草补充要求，英伟达每一批发往中国的H200在出运前须提交经核验的最终用户证明。',
      ),
    ).toEqual(['condition_proposed/hedged 英伟达']);
  });

  it('reads "no other request is known to have been refused" as no decision', () => {
    expect(
      told(
        'Commerce rejects Nvidia’s H200 licence bid for a Chinese drone maker, sources say',
        'The Commerce Department has rejected an Nvidia application to sell H200 chips to a Chinese drone maker, people familiar said. No other China H200 licence request is known to have been refused.',
      ),
    ).toEqual(['denial/hedged Nvidia']);
  });
});
