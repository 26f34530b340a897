/**
 * An authority's tally of decisions by count: each kind it counts (granted, refused, still
 * pending, received) is a decision of its own on the same record, counted in licences.
 */
import { describe, expect, it } from 'vitest';
import { briefs, read } from './candidates-helpers.js';

describe('a tally of decisions', () => {
  it('reads "granted N licences and turned M away" as a grant and a denial of the US licence, each with its count', () => {
    expect(briefs('Commerce issued 15 Nvidia H200 licences for China in March and turned three away').sort()).toEqual([
      'denial/reported bis [nvidia] h200 licence_count:exact:3',
      'grant/reported bis [nvidia] h200 licence_count:exact:15',
    ]);
  });

  it('reads "with N still under review" as applications beside the grant', () => {
    expect(briefs('Commerce has approved nine Nvidia H200 licences for China so far this year, with 12 still under review').sort()).toEqual([
      'application/reported bis [nvidia] h200 licence_count:exact:12',
      'grant/reported bis [nvidia] h200 licence_count:exact:9',
    ]);
  });

  it('reads 准予N件 in a tally of applications decided as the grants, and 审结 as no firm', () => {
    expect(briefs('商务部：三季度审结H200芯片进口许可申请31件 准予24件', '全年审结的英伟达H200芯片进口许可申请中，准予许可24件、不予许可7件。').sort()).toEqual(
      ['denial/official mofcom [other-cn-firms] h200 licence_count:exact:7', 'grant/official mofcom [other-cn-firms] h200 licence_count:exact:24'],
    );
  });

  it('reads a ministry tally in 件 (received, approved, refused) for the firms still waiting', () => {
    expect(briefs('商务部：一季度受理H200芯片进口申请四十余件 批准二十三件 另有五件不予许可').sort()).toEqual([
      'application/official mofcom [other-cn-firms] h200 licence_count:over:40',
      'denial/official mofcom [other-cn-firms] h200 licence_count:exact:5',
      'grant/official mofcom [other-cn-firms] h200 licence_count:exact:23',
    ]);
  });

  it('counts suspensions by the firms they stop (暂停3家企业许可, 2家企业…被暂停许可)', () => {
    expect(briefs('商务部：上半年批准H200芯片进口申请28件 暂停3家企业许可').sort()).toEqual([
      'grant/official mofcom [other-cn-firms] h200 licence_count:exact:28',
      'suspension/official mofcom [other-cn-firms] h200 licence_count:exact:3',
    ]);
    const e = read('商务部通报H200进口许可审查情况', '商务部新闻发言人通报，今年以来共批准H200芯片进口申请31件；另有2家企业因转租芯片被暂停许可。');
    expect(e.candidates.map((c) => `${c.kind} ${c.quantity?.value}`).sort()).toEqual(['grant 31', 'suspension 2']);
  });

  it("reads last month's tally, told in this month's bulletin, as news", () => {
    const e = read(
      '商务部：9月批准H200芯片进口申请14件 新受理25件',
      '商务部10月12日发布月度通报，9月共批准英伟达H200芯片进口申请14件，受理企业新提交的申请25件。',
      '2031-10-12T08:00:00Z',
    );
    expect(e.candidates.map((c) => `${c.kind} ${c.quantity?.value}`).sort()).toEqual(['application 25', 'grant 14']);
  });

  it('counts a refusal by its own count, not the approvals told before it (批准…52件 不予许可7件)', () => {
    expect(briefs('商务部：上半年批准H200芯片进口申请52件 不予许可7件').sort()).toEqual([
      'denial/official mofcom [other-cn-firms] h200 licence_count:exact:7',
      'grant/official mofcom [other-cn-firms] h200 licence_count:exact:52',
    ]);
  });

  it('does not take the reason for refusals (因…存在转租风险) for a condition of the approvals', () => {
    const [grant] = read(
      '商务部：1至4月批准H200芯片进口申请16件',
      '商务部负责人介绍，今年1至4月共办结H200芯片进口许可申请20件，其中16件获得批准，4件因存在转租风险未予许可。',
    ).candidates.filter((c) => c.kind === 'grant');
    expect(grant?.conditions).toEqual([]);
  });

  it('does not count a pronoun ("rejected one from Bilibili") or "another firm" (又一家) as a tally', () => {
    expect(
      briefs(
        'Ministry clears two AI firms for H200 imports and turns one away',
        'The commerce ministry approved applications by Qiyun and Luxi to import Nvidia H200 chips, but rejected one from Tanbo, a notice showed.',
      ).every((b) => !b.includes('licence_count')),
    ).toBe(true);
    expect(briefs('知情人士：云岭汽车获准进口H200约五千颗', '若消息属实，云岭汽车将成为又一家获准进口H200的车企。')).toEqual([
      expect.stringContaining(' quota:'),
    ]);
  });
});

describe('an English tally of requests received, approved and rejected', () => {
  it('reads each count as its own decision on the firms still waiting', () => {
    const c = read(
      'China has received 52 H200 import applications, approved 11 and rejected 4, ministry says',
      'The commerce ministry has received 52 applications to import Nvidia’s H200 from firms other than ByteDance, Alibaba and Tencent, approving eleven and turning down four so far, a spokesperson said.',
    ).candidates;
    expect(c.map((x) => `${x.kind}/${x.certainty} ${x.quantity?.role}:${x.quantity?.value}`).sort()).toEqual([
      'application/official licence_count:52',
      'denial/official licence_count:4',
      'grant/official licence_count:11',
    ]);
  });
});
