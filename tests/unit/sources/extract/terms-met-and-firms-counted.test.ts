/**
 * A firm agreeing to buy local chips alongside its imports agrees to the bundling term, and "meeting one of the terms still
 * under negotiation" tells the term met, not the terms still open; firms counted when their approvals are frozen ("freezes
 * four companies' approvals") or taken back (收回三家企業…許可) are the waiting firms, with the count; and terms for the next
 * batch of importers (下批…企業) bind the waiting firms.
 */
import { describe, expect, it } from 'vitest';
import { briefs } from './candidates-helpers.js';

describe('terms met', () => {
  it('reads a firm agreeing to buy local chips alongside its imports as the term agreed', () => {
    expect(
      briefs(
        'Tencent agrees to buy local AI chips alongside Nvidia H200s to satisfy Beijing - sources',
        'Tencent has told regulators it will purchase Chinese-made accelerators in a fixed proportion to its H200 imports, meeting one of the terms still under negotiation, three people briefed on the matter said.',
      ),
    ).toEqual(['condition_agreed/hedged mofcom [tencent] h200']);
  });
});

describe('firms counted', () => {
  it('reads four companies’ approvals frozen as the waiting firms’ suspension, four licences', () => {
    expect(briefs('Beijing freezes four companies’ H200 import approvals over reselling, ministry says')).toEqual([
      'suspension/official mofcom [other-cn-firms] h200 licence_count:exact:4',
    ]);
  });

  it('reads three firms’ permits taken back as the waiting firms’ revocation, three licences', () => {
    expect(briefs('傳大陸收回三家企業H200進口許可 涉違規出租')).toEqual(['revocation/hedged mofcom [other-cn-firms] h200 licence_count:exact:3']);
  });

  it('reads terms for the next batch of importers as binding the waiting firms', () => {
    expect(briefs('消息：下批H200進口企業或須承諾不轉售晶片')).toEqual(['condition_proposed/hedged mofcom [other-cn-firms] h200']);
  });
});
