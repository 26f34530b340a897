/**
 * Nvidia hiring an auditor or building a team to meet the licence's know-your-customer terms agrees to them; the ministry's
 * spokesperson answering on a firm's permit (发言人回应X H200进口批复撤回一事) names that firm, whose permit the answer
 * says was withdrawn; and 因… opens a reason, not a firm's name.
 */
import { describe, expect, it } from 'vitest';
import { told, toldOfUsExport } from './candidates-helpers.js';

describe('terms met by the seller', () => {
  it('reads an auditor hired for know-your-customer checks as a condition agreed', () => {
    expect(toldOfUsExport('Nvidia hires outside auditor to run know-your-customer checks on China H200 buyers').map((t) => t.split(' ')[0])).toEqual([
      'condition_agreed/reported',
    ]);
  });

  it('reads a team built to meet the terms as a condition agreed', () => {
    expect(toldOfUsExport('Nvidia builds a customer-vetting team to meet US know-your-customer terms on China H200 sales')).toEqual([
      'condition_agreed/reported bis',
    ]);
  });
});

describe('matters answered and reasons', () => {
  it('names the firm whose permit the spokesperson answers on', () => {
    expect(
      told('商务部新闻发言人回应青川果业H200进口批复撤回一事', '发言人表示，核查发现该企业申报用途与实际安排不符，商务部已依法撤回其H200进口批复。'),
    ).toEqual(['revocation/official 青川果业']);
  });

  it('reads 因… as a reason, not a firm', () => {
    expect(
      told(
        '青川果业H200进口批复据悉被撤回 涉嫌转租算力',
        '据了解，果品企业青川果业此前获准进口的一批英伟达H200，因被发现拟向第三方出租算力，批复已被商务部门收回。',
      ),
    ).toEqual(['revocation/hedged 青川果业']);
  });
});
