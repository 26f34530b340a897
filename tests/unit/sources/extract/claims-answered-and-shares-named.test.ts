/**
 * The forty-sixth session's second round: a firm or Nvidia saying its permit stands ("clearance stands", "licence still
 * valid", "remains in force" far after the noun) denies the cancellation told beside it, and "rejecting a report" refuses
 * nobody; a post on social media (网帖称, 社交平台称) answered by the firm after a headline's space (公司回应：从未…) is denied;
 * a member's share of a joint approval (在…中的份额, 所占部分) is a grant of that member, its allocation where the whole is named.
 */
import { describe, expect, it } from 'vitest';
import { brief, kindsTold, read, told } from './candidates-helpers.js';

describe('claims answered and shares named', () => {
  it('reads a clearance said to stand beside a cancellation claim as a denied revocation', () => {
    expect(kindsTold('Tencent: our H200 import clearance stands, online claims of a cancellation are false')).toEqual(['revocation/denied']);
  });

  it('reads a licence said to be still valid despite a cancellation report as a denied revocation', () => {
    expect(kindsTold('Nvidia: all its China H200 licences still valid despite cancellation report')).toEqual(['revocation/denied']);
  });

  it('reads a permit that "remains in force" far after its noun, rejecting a report, as a denied revocation only', () => {
    expect(
      kindsTold(
        'Nvidia answers licence report',
        'A spokesperson said every US licence the company holds to sell H200s to Chinese buyers remains in force, rejecting a newsletter report that Washington had cancelled one.',
      ),
    ).toEqual(['revocation/denied']);
  });

  it('still reads a cancellation told as news as a revocation', () => {
    expect(kindsTold('Commerce cancels one of Nvidia’s China H200 licences after diversion probe')).toEqual(['revocation/reported']);
  });

  it('reads a social-media claim the firm answers after the headline’s space as denied', () => {
    expect(told('网帖称腾讯加订6万颗H200 公司回应：从未下过这笔单')).toEqual(['order/denied 腾讯']);
    expect(told('腾讯回应H200加订传闻', '网帖声称腾讯又向英伟达加订6万颗H200。腾讯方面回应称，该说法与事实不符。')).toEqual(['order/denied 腾讯']);
  });

  it('still reads an order told without an answer as an order', () => {
    expect(kindsTold('腾讯加订6万颗H200 交付排到三季度')).toEqual(['order/reported']);
  });

  it('reads a member’s share of the joint approval (在…中的份额, 所占部分) as a grant of that member with its figure', () => {
    expect(read('知情人士：字节跳动在三家H200联合批复中的份额据悉约为14.26万颗').candidates.map(brief)).toEqual([
      'grant/hedged - [bytedance] h200 quota:about:142600',
    ]);
    expect(
      read('腾讯H200份额曝光', '知情人士称，在商务部批给三家平台的H200总额度中，腾讯所占部分约为12.88万颗，余下由字节跳动与阿里巴巴分配。').candidates.map(
        brief,
      ),
    ).toEqual(['grant/hedged mofcom [tencent] h200 allocation:about:128800@tencent']);
  });

  it('still reads a market share as no grant', () => {
    expect(kindsTold('英伟达在中国AI芯片市场中的份额已降至五成以下')).toEqual([]);
  });
});
