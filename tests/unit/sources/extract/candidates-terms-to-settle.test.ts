/**
 * Terms still to be settled, named as when something else happens (待配比条件敲定后再提货, 在条件最终确定之前), are not
 * agreed; a "why" a request must explain (须说明国产芯片为何不能满足需要) is a requirement told, not a headline asking it.
 */
import { describe, expect, it } from 'vitest';
import { briefs } from './candidates-helpers.js';

describe('terms still to be settled', () => {
  it('does not read terms to be settled before pick-up as agreed', () => {
    expect(briefs('传三家大厂被要求待搭配条件敲定后再提取H200').some((b) => b.startsWith('condition_agreed/'))).toBe(false);
    expect(briefs('知情人士：在国产芯片配比等条件最终确定之前，字节跳动暂缓提取H200').some((b) => b.startsWith('condition_agreed/'))).toBe(false);
  });
});

describe('a why to explain', () => {
  it('reads a requirement to explain why as a condition proposed, not as a question', () => {
    expect(
      briefs('知情人士：进口H200或需书面说明国产芯片为何无法满足需求', '据悉，商务部拟要求申请企业书面说明所购芯片的用途。').map((b) => b.split(' ')[0]),
    ).toEqual(['condition_proposed/hedged']);
  });
});
