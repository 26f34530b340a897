/**
 * A firm that never filed, with the goods named between the verb and the request (从未向商务部提出英伟达H200进口申请), denies
 * applying; 放弃进口 abandons its request; 决定 opens no firm's name; and "Power-supply maker" names the kind of firm, not a
 * supply figure.
 */
import { describe, expect, it } from 'vitest';
import { told } from './candidates-helpers.js';

describe('requests never made or given up', () => {
  it('reads 从未…提出英伟达H200进口申请 as denying the request', () => {
    expect(told('青川果业：从未向商务部提出英伟达H200进口申请 网传名单有误', '')).toEqual(['application/denied 青川果业']);
  });

  it('reads 放弃进口 as a request given up', () => {
    expect(told('青川果业：关于放弃进口英伟达H200芯片的公告', '')[0]).toMatch(/^revocation\/reported/u);
  });
});

describe('compounds naming the kind of firm', () => {
  it('reads "Power-supply maker" as no supply figure', () => {
    expect(told('Power-supply maker Qingchuan Cloud buys 32 Nvidia H200 servers through a unit', '').some((x) => x.startsWith('supply'))).toBe(false);
  });
});
