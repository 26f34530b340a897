/** 二十余家企业的H200进口申请已附条件获批: the firms counted approved with conditions, the requests granted rather than pending. */
import { describe, expect, it } from 'vitest';
import { extractCandidates } from '../../../../src/sources/extract/index.js';
import { withWaiting } from './state.js';

const state = withWaiting();
const facts = (title: string) =>
  extractCandidates({ title }, state).candidates.map(
    (c) =>
      `${c.kind} [${c.holders.map((h) => h.value).join(',')}]${c.conditions.length ? ' with terms' : ''}${c.quantity ? ` ${c.quantity.role}:${c.quantity.qualifier}:${c.quantity.value}` : ''}`,
  );

describe('firms counted approved with conditions', () => {
  it('reads 已附条件获批 after the requests as their grant, counted', () => {
    expect(facts('商务部：三十余家企业的H200进口申请已附条件获批')).toEqual(['grant [other-cn-firms] with terms licence_count:over:30']);
  });

  it('reads 已获附条件批准 the same way', () => {
    expect(facts('商务部：逾十五家企业H200芯片进口申请已获附条件批准')).toEqual(['grant [other-cn-firms] with terms licence_count:over:15']);
  });

  it('reads 已获附条件许可 as one phrase granting the requests', () => {
    expect(facts('商务部：四十余家企业的H200进口申请已获附条件许可')).toEqual(['grant [other-cn-firms] with terms licence_count:over:40']);
  });
});
