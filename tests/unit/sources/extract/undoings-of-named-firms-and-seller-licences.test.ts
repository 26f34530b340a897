/**
 * Undoings of named firms: a unit's permit under its parent (山东…算力子公司, 回应…子公司H200许可被暂停, "confirms halt to
 * unit's … licence"), "strips X of … permit", "withdraws … approval from X's arm". Counted undoings: "suspends one H200
 * importer", "rescind three smaller … approvals". "Two of Nvidia's China licences put on hold": the seller's export
 * licences. Arrivals: 已于春节前运抵 is news, 消息： hedges, and a count right after a headline's colon is read.
 */
import { describe, expect, it } from 'vitest';
import { briefs, told } from './candidates-helpers.js';

describe('undoings of named firms', () => {
  it('reads a unit’s permit stopped as its parent’s', () => {
    expect(told('市场传青川果业算力子公司H200进口许可被叫停')).toEqual(['suspension/hedged 青川果业']);
    expect(told('商务部回应青川果业子公司H200许可被暂停：未如实申报最终用户')).toEqual(['suspension/official 青川果业']);
    expect(told("Qingchuan Fruit confirms halt to unit's H200 import licence")).toEqual(['suspension/reported Qingchuan Fruit']);
  });

  it('reads the firm stripped of a permit, or a permit withdrawn from it', () => {
    expect(
      told('China Strips Qingchuan Fruit of Nvidia Chip Permit Over Suspected Resale', 'The juice maker had been cleared to import 200 H200s last month.')[0],
    ).toEqual('revocation/reported Qingchuan Fruit');
    expect(told("China withdraws H200 import approval from juice maker Qingchuan's computing arm - sources").map((t) => t.split(' ')[1])).toEqual([
      'Qingchuan',
    ]);
  });
});

describe('undoings counted', () => {
  it('reads one importer suspended and three approvals rescinded as the waiting firms’, counted', () => {
    expect(briefs('China suspends one H200 importer over resale, commerce ministry says')).toEqual([
      'suspension/official mofcom [other-cn-firms] h200 licence_count:exact:1',
    ]);
    expect(briefs('Beijing Said to Rescind Three Smaller H200 Import Approvals')).toEqual([
      'revocation/hedged mofcom [other-cn-firms] h200 licence_count:exact:3',
    ]);
  });
});

describe('the seller’s licences and arrivals', () => {
  it('reads two of Nvidia’s China licences put on hold as its US licences', () => {
    // (China between the seller and its licences names their market; Commerce, which put them on hold, is the actor.)
    expect(briefs("Two of Nvidia's China H200 licenses put on hold by Commerce, source says")).toEqual(['suspension/hedged bis [nvidia] h200']);
  });

  it('reads goods that arrived before the holiday as news, hedged under 消息：', () => {
    expect(briefs('消息：阿里云第二批约2.5万颗H200节前到货', '市场消息指，阿里巴巴订购的第二批约2.5万颗H200已于春节前运抵数据中心。')).toEqual([
      'delivery/hedged - [alibaba] h200 delivery:about:25000',
    ]);
  });

  it('reads a count right after a headline’s colon', () => {
    expect(told('青川果业回复投资者：50颗H200已到位 调度大模型进入调试')).toEqual(['delivery/reported 青川果业']);
    expect(briefs('青川果业回复投资者：50颗H200已到位').map((b) => b.split(' ').at(-1))).toEqual(['delivery:exact:50']);
  });
});
