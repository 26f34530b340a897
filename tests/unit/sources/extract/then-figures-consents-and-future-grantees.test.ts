import { describe, expect, it } from 'vitest';
import { briefs } from './candidates-helpers.js';

describe('a figure as it stood then, or by how much it changed, is not news of the goods', () => {
  it('keeps the stock left now and drops the end-of-month figure (2月底时约为62万颗)', () => {
    expect(
      briefs('彭博：英伟达为中国买家预留的H200约剩50万颗', '知情人士称，英伟达目前为中国获许可买家预留的H200成品约50万颗，2月底时约为62万颗，出货正在加快。'),
    ).toEqual(['supply/hedged - [nvidia] h200 inventory:about:500000']);
  });

  it('drops how much more than the earlier word a total is (比上月的说法多出约30万颗)', () => {
    expect(
      briefs('渠道估算：国内H200订单累计约260万颗', '多家渠道商估计，国内买家向英伟达订购的H200已达约260万颗，比上月的说法多出约30万颗，交付排期延长。'),
    ).toEqual(['order/hedged - [] h200 order:about:2600000']);
  });
});

describe('words that look like a decision or a hedge but are not one', () => {
  it('reads 商务部的考虑 in a question as the reasons asked for, not a deliberation', () => {
    expect(
      briefs(
        '商务部新闻发言人就青川果业H200芯片进口申请答记者问',
        '问：青川果业公告称其申请未获许可，请问商务部的考虑是什么？答：经审查，其申报用途可由国内算力产品满足，因此决定不予许可。',
      ),
    ).toEqual(['denial/official mofcom [zh-i4cayq] h200']);
  });

  it('reads a consent the firm must seek first (须事先报商务部同意) as part of its pledge, not a grant', () => {
    expect(
      briefs(
        '商务部：青川果业已承诺进口H200集群不跨省迁移',
        '商务部新闻发言人表示，青川果业已向商务部作出书面承诺，进口H200芯片建成的集群固定在申报省份运行，如需跨省迁移须事先报商务部同意。',
      ),
    ).toEqual(['condition_agreed/official mofcom [zh-i4cayq] h200']);
  });

  it('reads the ministry nodding (已经商务部点头) as the grant, while a firm pledging to the ministry agrees to terms', () => {
    expect(
      briefs('青川果业据悉获批进口约40颗H200', '知情人士称，青川果业此前报送的H200芯片进口申请已经商务部点头，获批数量约40颗，芯片将用于果品分拣模型训练。'),
    ).toEqual(['grant/hedged mofcom [zh-i4cayq] h200 quota:about:40']);
    expect(briefs('青川果业向主管部门承诺 进口H200只作自用不转售', '青川果业表示，已向主管部门书面承诺，进口的H200芯片只作自用，不转售。')).toEqual([
      'condition_agreed/reported mofcom [zh-i4cayq] h200',
    ]);
  });
});

describe('terms drafted for the firms approved from now on bind the firms still waiting', () => {
  it('reads 今后取得…许可的单位 in a draft rule’s lede', () => {
    expect(
      briefs('商务部就进口高性能计算芯片使用管理规定草案征求意见', '商务部发布草案称，今后取得H200芯片进口许可的单位须每季度报送部署及用途变化情况。'),
    ).toEqual(['condition_proposed/official mofcom [other-cn-firms] h200']);
  });

  it('reads 新申请企业 and "future H200 imports" in a headline', () => {
    expect(
      briefs('新申请企业或须先行采购国产算力 H200进口审查拟增门槛', '接近主管部门的人士称，主管部门正研究要求新申请企业先采购一定数量的国产加速卡。'),
    ).toEqual(['condition_proposed/hedged mofcom [other-cn-firms] h200']);
    expect(
      briefs(
        'China drafts rule tying future H200 imports to national compute hubs',
        'Companies that win approval to import H200s from now on would have to install them in national computing hubs, under a draft the ministry published.',
      ),
    ).toEqual(['condition_proposed/reported mofcom [other-cn-firms] h200']);
  });
});
