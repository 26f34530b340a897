/**
 * A count written as ten thousands and a rest (二万八千颗, 两万五千台) is one number, and a figure named as an earlier
 * one (由一月底约60万颗减至…, 低于市场此前流传的约70万颗) is no news beside the new one.
 */
import { describe, expect, it } from 'vitest';
import { zhNumeralsToDigits } from '../../../../src/sources/extract/text-units.js';
import { briefs } from './candidates-helpers.js';

describe('ten thousands and a rest, written out', () => {
  it('writes them as one number', () => {
    expect(zhNumeralsToDigits('约有二万八千颗，两万五千台，二万零五百片，三万颗')).toBe('约有28000颗，25000台，20500片，3万颗');
  });

  it('leaves a name holding 万 alone', () => {
    expect(zhNumeralsToDigits('万物互联，零一万物')).toBe('万物互联，零一万物');
  });

  it('reads 二万八千颗 delivered as 28,000, not 8,000', () => {
    expect(briefs('物流业者估算：二月上半月英伟达H200入境约二万八千颗')).toEqual([expect.stringMatching(/^delivery\/\w+ .* delivery:about:28000$/)]);
  });
});

describe('a figure named as an earlier one', () => {
  it('drops the month-end figure the stock fell from (由一月底约60万颗)', () => {
    expect(
      briefs('外资券商：英伟达可供中国客户的H200存货料降至约50万颗', '报告估算，英伟达可交付中国客户的H200存货或已由一月底约六十万颗减至五十万颗左右。'),
    ).toEqual([expect.stringMatching(/^supply\/\w+ .* inventory:about:500000$/)]);
  });

  it('drops the figure said before (低于市场此前流传的约70万颗)', () => {
    expect(
      briefs('服务器厂商估算 英伟达对华可售H200存货或仅66万颗', '产业链人士测算，英伟达可向中国客户发货的H200存货在66万颗上下，低于市场此前流传的约70万颗。'),
    ).toEqual([expect.stringMatching(/^supply\/\w+ .* inventory:about:660000$/)]);
  });

  it('keeps a figure over a number (超过70万颗) as the figure', () => {
    expect(briefs('英伟达对华可售H200存货超过70万颗')).toEqual([expect.stringMatching(/^supply\/\w+ .* inventory:over:700000$/)]);
  });
});
