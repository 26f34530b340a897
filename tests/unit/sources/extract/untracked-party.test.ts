/**
 * One firm nobody tracks, named short in one telling and by its full legal name in another, gets
 * one party id: without its place, legal form and the trade its name closes with.
 */
import { describe, expect, it } from 'vitest';
import { zhPartyId } from '../../../../src/sources/extract/untracked-party.js';

describe('the id of a firm named in Chinese', () => {
  it.each([
    ['浙江星力机械股份有限公司', '星力'],
    ['山东星河轮胎股份有限公司', '星河轮胎'],
    ['广东星海五金制品股份有限公司', '星海五金'],
  ])('gives %s and %s one id', (legal, short) => {
    expect(zhPartyId(legal)).toBe(zhPartyId(short));
  });

  it('keeps firms with different names apart', () => {
    expect(zhPartyId('星河轮胎')).not.toBe(zhPartyId('星海轮胎'));
    expect(zhPartyId('郑州银行')).not.toBe(zhPartyId('苏州银行'));
  });
});
