/**
 * Firms told by count or by a phrase for a group: 逾20家企业已向商务部递交申请 and "more than 20 other Chinese companies
 * have applied" are the firms still waiting, counted; 三家大厂 is the tracked trio and their figure the group's quota;
 * 首批三家以外的企业 and 除首批三家外 are the others. Function words (随着, 以便) and a kind of firm told before its
 * name (云服务商七牛智能) are no part of a firm's name.
 */
import { describe, expect, it } from 'vitest';
import { extractCandidates } from '../../../../src/sources/extract/index.js';
import { brief, holders, read } from './candidates-helpers.js';
import { withGroup } from './state.js';

const WAITING = 'other-cn-firms';

describe('firms counted waiting', () => {
  it('reads firms counted filing requests in Chinese as the waiting firms, with the count', () => {
    expect(read('知情人士：逾30家企业已向商务部递交H200进口申请').candidates.map(brief)).toEqual([
      `application/hedged mofcom [${WAITING}] h200 licence_count:over:30`,
    ]);
    expect(read('消息称二十多家公司已向商务部提交英伟达H200进口申请').candidates.map(brief)).toEqual([
      `application/hedged mofcom [${WAITING}] h200 licence_count:over:20`,
    ]);
  });

  it('reads firms counted at least (至少, 不少于), or counted after the queue they stand in, with the count', () => {
    expect(read('知情人士：至少12家企业已向商务部申请进口英伟达H200').candidates.map(brief)).toEqual([
      `application/hedged mofcom [${WAITING}] h200 licence_count:at_least:12`,
    ]);
    expect(read('消息称，不少于12家国内企业已就进口英伟达H200向商务部提出申请').candidates.map(brief)).toEqual([
      `application/hedged mofcom [${WAITING}] h200 licence_count:at_least:12`,
    ]);
    expect(read('H200进口申请增多 知情人士：排队企业已达四十余家').candidates.map(brief)).toEqual([
      `application/hedged mofcom [${WAITING}] h200 licence_count:over:40`,
    ]);
    expect(read('知情人士：排队申请进口英伟达H200的企业已达四十余家').candidates.map(brief)).toEqual([
      `application/hedged mofcom [${WAITING}] h200 licence_count:over:40`,
    ]);
    expect(read('More than 40 Chinese companies are now waiting for approval to import Nvidia H200 chips, sources say').candidates.map(brief)).toEqual([
      `application/hedged mofcom [${WAITING}] h200 licence_count:over:40`,
    ]);
  });

  it('reads firms counted in English the same way', () => {
    expect(read('More than 30 other Chinese companies have applied to import Nvidia H200 chips, sources say').candidates.map(brief)).toEqual([
      `application/hedged mofcom [${WAITING}] h200 licence_count:over:30`,
    ]);
  });

  it('reads the others besides the first three as the waiting firms', () => {
    expect(read('据悉，除首批三家外，另有多家企业已向商务部递交英伟达H200进口申请').candidates.every((c) => c.holders.every((h) => h.value === WAITING))).toBe(
      true,
    );
    expect(read('市场传商务部已暂停受理首批三家以外企业的英伟达H200进口申请').candidates.map(brief)).toEqual([`suspension/hedged mofcom [${WAITING}] h200`]);
  });
});

describe('the approval process paused', () => {
  it('reads halting import approvals, or a review of applications, as about the firms still waiting', () => {
    expect(read("China's commerce ministry denies halting H200 import approvals").candidates.map(brief)).toEqual([
      `suspension/denied mofcom [${WAITING}] h200`,
    ]);
    expect(read('China has suspended its review of applications to import Nvidia H200 chips, people familiar said').candidates.map(brief)).toEqual([
      `suspension/hedged mofcom [${WAITING}] h200`,
    ]);
  });
});

describe('the trio told as a group', () => {
  it('reads 三家大厂 as the three holders, and their figure as the group quota', () => {
    const found = extractCandidates({ title: '传三家大厂H200配额上调至约50万颗' }, withGroup()).candidates.map(brief);
    expect(found).toEqual([expect.stringMatching(/^grant\/hedged .* \[bytedance,alibaba,tencent\] h200 quota:about:500000$/u)]);
  });
});

describe('words that are no firm', () => {
  it('does not take a function word opening a clause for a firm', () => {
    expect(
      holders('中国企业H200订单据悉增至约250万颗', '财新从多位人士处获悉，随着首批企业获准采购，中国买家向英伟达订购的H200数量已升至约250万颗。').join('+'),
    ).not.toContain('随着');
  });

  it('takes the kind of firm told before a name off the name', () => {
    expect(holders('知情人士：视频云服务商云帆智能获准进口约2000颗英伟达H200')).toEqual(['云帆智能']);
  });
});

describe('firms said to be waiting, counted in a headline', () => {
  it('reads "More Than 40 Chinese Firms Are Said to Await Beijing\'s Nod" as the waiting firms, counted', () => {
    const c = read("More Than 40 Chinese Firms Are Said to Await Beijing's Nod on H200 Imports").candidates;
    expect(c.map((x) => `${x.kind}/${x.certainty} ${x.holders.map((h) => h.value).join(',')} ${x.quantity?.qualifier}:${x.quantity?.value}`)).toEqual([
      `application/hedged ${WAITING} over:40`,
    ]);
  });
});

describe('a name opening with 每日', () => {
  it('takes 每日优鲜 heading its own notice for the holder (每 alone opens a phrase, 每日 a name)', () => {
    expect(holders('每日优鲜公告：H200芯片进口申请获商务部批准 获准数量256颗')).toEqual(['每日优鲜']);
  });
});
