/**
 * The ministry counting the firms approved by the permits it issued (已向36家企业发放附条件进口许可, 向36家企业核发许可) or by the
 * permits they hold with the model or the terms between (逾36家企业已获H200进口附条件许可, 拿到…许可的企业已超过36家): a grant to the
 * firms that were waiting, with their count. The count is read whole (目前52家 is 52, not 2), and a firm approved "with
 * two others" (与另外两家企业一同获得批准) counts no firms.
 */
import { describe, expect, it } from 'vitest';
import { extractCandidates } from '../../../../src/sources/extract/index.js';
import { withWaiting } from './state.js';

const state = withWaiting();
const facts = (title: string, summary = '') =>
  extractCandidates({ title, summary }, state).candidates.map(
    (c) =>
      `${c.kind}/${c.certainty} ${c.holders.map((h) => h.value).join('+')} ${c.quantity ? `${c.quantity.qualifier} ${c.quantity.value} ${c.quantity.role}` : '-'}`,
  );

describe('firms counted approved by their permits', () => {
  it('reads permits issued to N firms as a grant to the waiting firms with their count', () => {
    for (const title of ['商务部：已向三十余家企业发放H200附条件进口许可', '商务部：已向30余家企业核发H200芯片进口附条件许可'])
      expect(facts(title)).toEqual(['grant/official other-cn-firms over 30 licence_count']);
  });

  it('reads N firms holding the permit, the model or terms between, as the same grant', () => {
    expect(facts('商务部：逾30家企业已获H200进口附条件许可')).toEqual(['grant/official other-cn-firms over 30 licence_count']);
    expect(facts('商务部：拿到H200附条件进口许可的企业已超过30家')).toEqual(['grant/official other-cn-firms over 30 licence_count']);
  });

  it('reads a count right after 目前 whole', () => {
    expect(facts('商务部：截至目前52家企业获得H200芯片进口附条件许可')).toEqual(['grant/official other-cn-firms exact 52 licence_count']);
  });

  it('reads exactly three firms holding the permit, none called other, as the first three told again', () => {
    expect(facts('旧文重发｜三家企业拿到H200进口许可的那一天').some((f) => f.includes('licence_count'))).toBe(false);
  });

  it('counts no firms in one approved with two others', () => {
    expect(facts('青川果业：公司与另外两家中国企业一同获得商务部批准进口英伟达H200芯片').some((f) => f.includes('licence_count'))).toBe(false);
  });
});
