/**
 * Firms counted applying in the present tense ("About 45 more Chinese firms apply", "line up for permits"), a
 * headline that says it recaps (重温：, 温习：), a permission said to stand while its suspension is denied (许可依旧
 * 有效 beside 未收到暂停通知), and a claim named as 说法 (有关…已获准…的说法).
 */
import { describe, expect, it } from 'vitest';
import { briefs, told } from './candidates-helpers.js';

describe('firms counted applying, in the present tense', () => {
  it('reads “About 45 more Chinese firms apply” as the waiting firms’ request, 45 of them', () => {
    expect(briefs('About 45 more Chinese firms apply for H200 import permits, sources say')).toEqual([
      'application/hedged mofcom [other-cn-firms] h200 licence_count:about:45',
    ]);
  });

  it('reads “line up for … permits” the same way, not as a grant', () => {
    expect(briefs('Some 70 further Chinese companies line up for H200 import permits, sources say')).toEqual([
      'application/hedged mofcom [other-cn-firms] h200 licence_count:about:70',
    ]);
  });
});

describe('a headline that says it recaps', () => {
  it('reads 重温：… as old news', () => {
    expect(briefs('重温：H200对华出口新规设出口量上限 须做客户尽职审查').map((b) => b.split('/')[0])).toEqual(['restatement']);
  });
});

describe('a permission said to stand while its suspension is denied', () => {
  it('reads the suspension denied, and no grant beside it', () => {
    expect(
      told(
        '青川果业回应：H200进口许可运转正常 未收到暂停通知',
        '针对有关其H200进口许可被冻结的报道，青川果业相关人士表示，公司拿到的英伟达H200进口许可依旧有效，并未接到任何暂停通知。',
      ),
    ).toEqual(['suspension/denied 青川果业']);
  });

  it('keeps a grant told beside no denied undoing', () => {
    expect(told('青川果业获批进口英伟达H200芯片 许可依旧有效期一年')).toContainEqual(expect.stringMatching(/^grant\//));
  });
});

describe('a claim named as 说法', () => {
  it('reads the approval the claim tells, answered with the request still under review, as denied', () => {
    expect(
      told(
        '青川果业回应：H200进口申请仍在审查 尚未取得批复',
        '针对网络上有关青川果业已获准进口英伟达H200芯片的说法，公司工作人员回应称，相关申请还在主管部门审查流程中，公司目前没有拿到批准文件。',
      ),
    ).toEqual(['grant/denied 青川果业']);
  });
});
