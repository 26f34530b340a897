/**
 * Decisions on firms nobody names: revocations counted by the firms or licences they undo (撤销两家企业…许可,
 * "revoked the licences of two firms"), terms weighed for the firms approved from now on (后续H200获批企业,
 * 今后新获准…的企业), and words before a verb that are no firm (今后, 希望在), nor a grant (已获批额度之外).
 */
import { describe, expect, it } from 'vitest';
import { briefs, told } from './candidates-helpers.js';

describe('a revocation counted by the firms it undoes', () => {
  it('reads 撤销两家企业…许可 as the waiting firms’ revocation, two licences', () => {
    expect(briefs('商务部撤销两家企业H200进口许可 涉擅自转租算力')).toEqual(['revocation/reported mofcom [other-cn-firms] h200 licence_count:exact:2']);
  });

  it('reads 两家企业…进口许可被依法撤销 the same way', () => {
    expect(briefs('商务部：两家企业违规转让H200芯片 进口许可被依法撤销')).toEqual(['revocation/official mofcom [other-cn-firms] h200 licence_count:exact:2']);
  });

  it('reads “revoked the licences of two companies” the same way', () => {
    expect(briefs('China’s commerce ministry revoked the H200 import licences of two companies that resold chips')).toEqual([
      'revocation/reported mofcom [other-cn-firms] h200 licence_count:exact:2',
    ]);
  });

  it('keeps a named firm’s revocation as that firm’s', () => {
    expect(told('商务部撤销青川果业H200进口许可')).toEqual(['revocation/reported 青川果业']);
  });
});

describe('terms weighed for the firms approved from now on', () => {
  it('binds 后续H200获批企业 to the waiting firms', () => {
    expect(
      briefs(
        '消息称主管部门研究要求后续H200获批企业将芯片部署在备案机房',
        '据了解，有关部门正在讨论：今后获准进口H200的企业须把芯片安装在事先备案的数据中心，未经同意不得迁移。该方案尚在征求意见。',
      ),
    ).toEqual([expect.stringMatching(/^condition_proposed\/\w+ \S+ \[other-cn-firms\]/)]);
  });

  it('reads no firm in 今后新获准进口…的企业', () => {
    expect(
      told(
        '知情人士：后续获批企业进口的H200或须部署在备案数据中心',
        '接近监管的人士表示，有关部门正在研究，今后新获准进口H200芯片的企业须将芯片部署在经过备案的数据中心内，方案还没有定稿。',
      ).filter((t) => /今后/u.test(t)),
    ).toEqual([]);
  });
});

describe('a wish and a quota named as a measure', () => {
  it('reads the request alone, with no grant from 已获批额度之外 and no firm named 希望在', () => {
    expect(
      told('青川果业据悉申请增加H200进口数量', '据悉，青川果业近期向商务部递交了增加英伟达H200进口数量的申请，希望在已获批额度之外再引进一批芯片。'),
    ).toEqual(['application/hedged 青川果业']);
  });
});
