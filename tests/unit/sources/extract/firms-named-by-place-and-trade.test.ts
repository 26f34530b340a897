/**
 * The forty-third session's second rule round: Chinese firms named after a region, before a hedge, before their notice
 * or disclosure, after a trade ending in 企业 or …商, and ahead of a decision on 其 ("its") permit; a permission
 * secured; a request filed "with Beijing" or "to bring in" chips; a request made again and granted (重新申请获批); a
 * building's permit that is no permission for the goods; a firm agreeing to mirror its logs; and 曾涉 as no firm.
 */
import { describe, expect, it } from 'vitest';
import { kindsTold, told } from './candidates-helpers.js';

describe('Chinese firms named where they stand', () => {
  it('reads a firm after its city and before a hedge', () => {
    expect(told('四川拓川数据H200进口据悉获批 附带单一机房要求')).toEqual(['grant/hedged 拓川数据']);
    expect(told('内蒙古澄岚科技据悉获准进口约1380颗H200')).toEqual(['grant/hedged 澄岚科技']);
  });

  it('reads a firm before its notice or its disclosure', () => {
    expect(told('岚拓数据公告获准进口1320颗H200 须集中存放')).toEqual(['grant/reported 岚拓数据']);
    expect(told('澄拓智能披露：商务部准其进口1184颗H200 用于风电功率预测', '公司在互动平台表示，商务部已准予其进口1184颗英伟达H200芯片。')).toEqual([
      'grant/reported 澄拓智能',
    ]);
  });

  it('reads a firm after a trade that ends in 企业 or …商', () => {
    expect(told('矿井通风预测企业岚拓智能递交H200进口申请')).toEqual(['application/reported 岚拓智能']);
    expect(told('冰川径流预报商澄川算力被曝已递交H200进口申请')).toEqual(['application/hedged 澄川算力']);
  });

  it('reads a firm that opens a ministry’s clause deciding on 其 permit', () => {
    expect(told('商务部：拓溪科技整改完成前暂停其H200进口许可')).toEqual(['suspension/official 拓溪科技']);
    expect(told('商务部：澜岫智能算力实为博彩网站所用 依法撤销其H200进口许可')).toEqual(['revocation/official 澜岫智能']);
  });

  it('reads a request made again and granted as a grant', () => {
    expect(kindsTold('岫川科技公布重新申请获批 可进口1216颗H200')).toEqual(['grant/reported']);
  });

  it('reads 曾涉 as no firm', () => {
    expect(told('创始人旧公司曾涉违规转卖显卡 拓岚机器人H200申请据悉被拒').join(' ')).not.toContain('曾涉');
  });
});

describe('English firms and verbs', () => {
  it('reads a permission secured as a grant to the firm the body names', () => {
    expect(
      told(
        'A Pearl River flood-forecasting AI firm wins its H200 nod',
        'Lanxu Intelligence, which models river levels for Guangzhou’s flood office, has reportedly secured permission for around 1,870 Nvidia H200s, people familiar with the matter said.',
      ),
    ).toEqual(['grant/hedged Lanxu Intelligence']);
  });

  it('reads a request filed with Beijing, after a trade, as an application', () => {
    expect(told('Salt-lake brine modeller Qinghe Data files with Beijing to import Nvidia H200s')).toEqual(['application/reported Qinghe Data']);
  });

  it('reads a firm agreeing to mirror its logs as terms agreed', () => {
    expect(
      kindsTold('Tencent agrees to mirror its H200 job logs at a state backup site', 'People familiar with the talks said the step was one of the terms.'),
    ).toEqual(['condition_agreed/hedged']);
  });
});

describe('other permissions', () => {
  it('reads a building permit not obtained as no refused grant', () => {
    expect(
      kindsTold('厂房未取得规划许可 拓洄科技H200进口许可传被暂停', '知情人士称，拓洄科技的H200进口许可已被暂停，原因是新建厂房尚未取得规划许可。'),
    ).toEqual(['suspension/hedged']);
  });
});
