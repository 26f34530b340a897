/**
 * Approvals named but not given: goods named by their approval in a pledge about them (获准进口的英伟达H200将只部署在…),
 * an approval buyers doubt they will win, and the pace of approvals. The approved figure told with the goods
 * (获准引进的芯片数量约800颗) still tells the grant.
 */
import { describe, expect, it } from 'vitest';
import { read } from './candidates-helpers.js';

const kinds = (title: string, summary = '') => read(title, summary).candidates.map((c) => c.kind);

describe('approvals named but not given', () => {
  it('reads a pledge about the goods named by their approval as the pledge alone', () => {
    expect(
      kinds(
        '知情人士：腾讯承诺H200仅部署于境内机房',
        '据知情人士透露，腾讯已向主管部门书面承诺，获准进口的英伟达H200将只部署在其境内自建数据中心，不对外出租。',
      ),
    ).toEqual(['condition_agreed']);
  });

  it('reads buyers doubting they will win approval as no grant', () => {
    expect(
      kinds(
        'Chinese H200 orders shrink as smaller buyers cancel - sources',
        'Outstanding Chinese orders for Nvidia’s H200 have fallen below 1.5 million chips as smaller buyers that doubt they will win import approval cancel, people familiar said.',
      ),
    ).toEqual(['order']);
  });

  it('reads the slow pace of approvals as no grant', () => {
    expect(
      kinds(
        'Chinese insurers buy Hygon cards',
        'Two Chinese insurers have bought accelerator cards from Hygon this month, as they wait out the slow pace of Nvidia H200 import approvals.',
      ),
    ).toEqual([]);
  });

  it('keeps the grant whose approved figure is told with its goods', () => {
    expect(kinds('青川果业据悉获批进口约800颗H200', '据知情人士透露，青川果业的H200进口申请已通过审批，获准引进的英伟达芯片数量约800颗。')).toContain('grant');
  });
});
