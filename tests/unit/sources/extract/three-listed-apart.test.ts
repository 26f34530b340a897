/**
 * The three approved platforms listed by name only as those others come after (在字节跳动、阿里巴巴、腾讯之外): the event is
 * the waiting firms'; one firm told as among the first beyond the three (三大平台之外) is that firm.
 */
import { describe, expect, it } from 'vitest';
import { briefsAgainst, told } from './candidates-helpers.js';
import { withWaiting } from './state.js';

describe('the three listed apart from the rest', () => {
  it('gives requests counted beyond the three, listed by name, to the waiting firms', () => {
    expect(
      briefsAgainst(withWaiting(), '果汁企业也排队：H200进口申请据悉约90家', '知情人士称，在字节跳动、阿里巴巴、腾讯之外，已递交H200进口申请的企业约90家。'),
    ).toEqual(['application/hedged mofcom [other-cn-firms] h200']);
  });

  it('keeps one firm told as among the first beyond the three as that firm', () => {
    expect(
      told('彭博：冷链物流企业青川果业获批进口H200 数量约480颗', '知情人士称，青川果业已获准进口约480颗英伟达H200，成为三大平台之外较早拿到批文的公司之一。'),
    ).toEqual(['grant/hedged 青川果业']);
  });
});
