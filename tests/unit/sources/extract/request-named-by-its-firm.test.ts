/**
 * 青川果业引进H200的申请未获放行: the firm named right before the import its request was for is the one refused.
 */
import { describe, expect, it } from 'vitest';
import { told } from './candidates-helpers.js';

describe('a request named by the firm that made it', () => {
  it.each([
    ['路透：青川果业引进H200的申请未获商务部放行', 'denial/hedged 青川果业'],
    ['路透：青川汽车引进H200芯片的申请据悉被商务部否决', 'denial/hedged 青川汽车'],
  ])('reads "%s" as the firm refused', (title, expected) => {
    expect(told(title)).toEqual([expected]);
  });
});
