/**
 * By how much a figure changed is no figure (较一月下旬减少约7万颗); a permission named by its grant, whose suspension
 * the item denies, is no grant (获批进口…的许可并未被暂停); firms named by an approval still to come are no grant
 * (后续获准进口H200的企业).
 */
import { describe, expect, it } from 'vitest';
import { findTriggers } from '../../../../src/sources/extract/find-triggers.js';
import { briefs, told } from './candidates-helpers.js';

describe('a change is no figure', () => {
  it('reads the stock, not the amount it fell by', () => {
    expect(
      briefs('产业链测算：英伟达可供中国的H200库存降至63万颗左右', '据测算，英伟达可交付中国客户的H200库存已降到63万颗上下，较一月下旬减少约7万颗。'),
    ).toEqual([expect.stringMatching(/^supply\/\w+ .* inventory:about:630000$/)]);
  });
});

describe('a permission named by its grant', () => {
  it('reads the suspension denied, and no grant from 获批进口…的许可', () => {
    expect(
      told('青川果业：H200进口许可并无暂停 供货如常', '青川果业回应市场传闻表示，公司获批进口英伟达H200芯片的许可并未被主管部门暂停，亦未收到任何相关通知。'),
    ).toEqual(['suspension/denied 青川果业']);
  });
});

describe('firms named by an approval still to come', () => {
  it('finds no grant in 后续获准进口H200的企业', () => {
    expect(findTriggers('对三大平台之外后续获准进口H200的企业，要求按一比一的比例同步采购国产加速卡。').map((t) => t.kind)).not.toContain('grant');
  });

  it('still finds the grant of firms approved now (三家企业获准进口H200)', () => {
    expect(findTriggers('三家企业获准进口H200芯片。').map((t) => t.kind)).toContain('grant');
  });
});
