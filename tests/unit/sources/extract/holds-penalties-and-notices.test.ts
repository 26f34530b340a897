/**
 * The forty-fifth session's first round: chips held at customs on an authority's word are a suspension; a quota a rule
 * would cut (低于六成将下调额度) is a penalty in a term, not a grant; a ministry's public listing (公示, 受理清单, its
 * website) makes what it says official; firms waiting their turn (轮候企业) are the waiting firms.
 */
import { describe, expect, it } from 'vitest';
import { briefsAgainst, holders, kinds, kindsAgainst, kindsTold, readAgainst } from './candidates-helpers.js';
import { withGroup, withOpenBundling, withWaiting } from './state.js';

describe('chips held at customs', () => {
  it('reads approved chips stuck at customs on an authority’s orders as a suspension', () => {
    expect(
      kindsAgainst(
        withGroup(),
        'ByteDance and Alibaba’s approved H200s stuck at customs while Beijing reviews their domestic-chip purchases, sources say',
        'Shipments cleared for the two firms have not been released since last week, two people said.',
      ),
    ).toContain('suspension');
  });

  it('reads chips parked in bonded warehouses on an authority’s word as a suspension', () => {
    expect(kindsAgainst(withGroup(), 'Beijing said to park Tencent’s approved H200s in bonded warehouses for now')).toEqual(['suspension']);
  });

  it('reads the same in Chinese', () => {
    expect(kindsAgainst(withGroup(), '知情人士称 阿里巴巴已获批的H200卡在海关 尚未放行')).toContain('suspension');
  });

  it('still reads chips clearing customs as a delivery', () => {
    expect(kindsTold('First 3,200 H200s for Tencent clear customs in Shanghai, people say')).toEqual(['delivery/hedged']);
  });
});

describe('a quota a rule would cut', () => {
  it('reads a proposed utilisation rule with a quota cut as no grant', () => {
    expect(
      kindsAgainst(
        withGroup(),
        'H200集群闲置率若超四成或被削减额度 三大平台或面临半年考核',
        '接近监管的人士称，有关部门正考虑要求字节跳动、阿里巴巴和腾讯每半年报送H200集群使用率，连续两期闲置率超过四成的，后续进口额度将相应下调。',
      ),
    ).not.toContain('grant');
  });

  it('reads a firm accepting such a rule as a term agreed, with no grant', () => {
    expect(
      kindsAgainst(
        withGroup(),
        '阿里巴巴据悉接受H200半年使用率考核 闲置超四成将下调额度',
        '据知情人士透露，阿里巴巴已同意主管部门提出的要求：每半年报送H200使用率，若闲置率超过四成，后续进口额度相应调减。',
      ),
    ).toEqual(['condition_agreed']);
  });

  it('still reads a quota lowered to a figure as a grant', () => {
    expect(briefsAgainst(withGroup(), '字节跳动H200分配额度据悉下调至约13.5万颗')).toEqual([
      'grant/hedged - [bytedance] h200 allocation:about:135000@bytedance',
    ]);
  });
});

describe('a ministry’s public listing', () => {
  it('reads a refusal published in the ministry’s licensing notice as official', () => {
    const [c] = readAgainst(
      withGroup(),
      '商务部不予许可岚汀智能进口H200',
      '商务部3日在行政许可公示中称，岚汀智能申请进口英伟达H200芯片，经核查其申报的机房地址与实际不符，决定不予许可。',
    );
    expect([c?.kind, c?.certainty]).toEqual(['denial', 'official']);
  });

  it('still reads a firm’s refusal told by people familiar as hedged', () => {
    const [c] = readAgainst(withGroup(), '知情人士：岚汀智能H200进口申请遭商务部驳回');
    expect([c?.kind, c?.certainty]).toEqual(['denial', 'hedged']);
  });
});

describe('firms waiting their turn', () => {
  it('reads firms waiting their turn as the waiting firms', () => {
    expect(briefsAgainst(withWaiting(), '据报又一批轮候企业获批进口H200 合计约7.3万颗')).toEqual([
      'grant/hedged mofcom [other-cn-firms] h200 quota:about:73000',
    ]);
  });
});

describe('terms told with a grant, and terms accepted in other words', () => {
  it('reads a grant whose terms bar moving the chips as a conditional grant, not a refusal', () => {
    expect(kinds('澜栖智能传获批约960颗H200 附带芯片不得出贵州的条件')).toEqual(['grant']);
  });

  it('reads a platform bowing to a placement rule as a term agreed', () => {
    expect(kindsAgainst(withGroup(), 'Tencent bows to Beijing’s western-hub placement rule for its H200 servers')).toEqual(['condition_agreed']);
  });

  it('reads bundling terms settled (落定) as a term agreed', () => {
    expect(kindsAgainst(withOpenBundling(), 'H200配购条款据悉落定：三大平台每进口五颗配一颗国产加速卡')).toEqual(['condition_agreed']);
  });
});

describe('requests filed again, quotas used up, places and written confirmations', () => {
  it('reads a firm that files again after a refusal as a request, not a refusal', () => {
    expect(
      kindsTold(
        'Rejected in March, Maplecourt Analytics files again for H200s with a new server hall',
        'Maplecourt Analytics, whose first request was refused over its declared site, said it has submitted a new application to import Nvidia H200s.',
      ),
    ).toEqual(['application/reported']);
  });

  it('reads an order that uses up an approved quota as an order only', () => {
    expect(kinds('岚澈科技补签512颗H200订单 用满获批额度', '岚澈科技披露，公司已与分销商补签512颗英伟达H200的采购合同，合计用满获批的进口额度。')).toEqual([
      'order',
    ]);
  });

  it('does not take a site for the firm that received the chips', () => {
    expect(holders('Ordos Site Receives About 18,400 H200s for Tencent’s Cloud Unit')).toEqual(['Tencent']);
  });

  it('reads platforms confirming a bundling ratio in writing as a term agreed', () => {
    expect(kindsAgainst(withOpenBundling(), '知情人士：三大平台已书面确认H200与国产加速卡按五比一搭配采购')).toEqual(['condition_agreed']);
  });
});
