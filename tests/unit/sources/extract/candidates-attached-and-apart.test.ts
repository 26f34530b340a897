/**
 * The conditions "attached" to an approval (批准附带的条件) name no firm; the firms still waiting, told in a clause of
 * their own (另有多家企业在排队等候), are no holders of the approval told of named firms; an estimate from Taiwan's
 * supply chain (台湾供应链的估计) places no deal in Taiwan.
 */
import { describe, expect, it } from 'vitest';
import { extractCandidates } from '../../../../src/sources/extract/index.js';
import { holders } from './candidates-helpers.js';
import { seedState } from './state.js';

describe('words around the trio approval', () => {
  it('does not take 附带 for a firm', () => {
    const found = holders(
      '知情人士：字节、阿里、腾讯获准合计采购逾40万颗英伟达H200',
      '知情人士称，字节跳动、阿里巴巴和腾讯已获中方批准购买H200芯片，但批准附带的条件还在谈。',
    ).join('+');
    expect(found).not.toContain('附带');
    expect(found).toContain('字节');
  });

  it('keeps the firms waiting in their own clause out of the approval', () => {
    const found = extractCandidates(
      {
        title: '知情人士：中方同意字节、阿里、腾讯购入英伟达H200',
        summary: '知情人士称，中国已同意字节跳动、阿里巴巴与腾讯购入英伟达H200芯片，附加条件仍在商定之中，另有多家企业在排队等候。',
      },
      seedState(),
    ).candidates;
    expect(found.filter((c) => c.holders.some((h) => h.value === 'bytedance')).every((c) => c.holders.every((h) => h.value !== 'other-cn-firms'))).toBe(true);
  });
});

describe('a country that only estimates', () => {
  it('reads customs figures weighed against a Taiwanese estimate as China’s', () => {
    expect(
      extractCandidates(
        { title: '海关数据：8月我国进口H200芯片约15万颗', summary: '据海关总署数据，8月我国进口英伟达H200芯片约15万颗，低于此前台湾供应链的估计。' },
        seedState(),
      ).notes.join(' '),
    ).not.toContain('another country');
  });
});
