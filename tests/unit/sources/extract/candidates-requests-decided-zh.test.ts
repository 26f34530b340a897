/**
 * A request named as the goods a grant is for (公司申请进口的300颗H200芯片已获得商务部许可) is no request of its own,
 * and its figure is the grant's; a request that did not pass the ministry's review (未通过商务部审查) was refused.
 */
import { describe, expect, it } from 'vitest';
import { read } from './candidates-helpers.js';

const facts = (title: string, summary = '') =>
  read(title, summary).candidates.map((c) => `${c.kind}/${c.certainty}${c.quantity ? ` ${c.quantity.role}:${c.quantity.value}` : ''}`);

describe('requests decided, in Chinese', () => {
  it('reads the goods of a request the grant is for as the grant’s figure', () => {
    expect(facts('青川果业：H200进口许可已获批', '青川果业在互动平台回复称，公司申请进口的300颗H200芯片已于近日获得商务部许可。')).toEqual([
      'grant/reported quota:300',
    ]);
  });

  it('reads a request that did not pass the ministry’s review as refused', () => {
    expect(facts('知情人士：青川果业H200进口申请未通过商务部审查')).toEqual(['denial/hedged']);
  });
});
