/**
 * A platform that puts H200 capacity in service (clusters going live, H200 instances opened, its H200 compute pool
 * opened to customers) has the goods: a delivery for its parent. Instances of another chip, or abroad, are not.
 * Shipments counted to the mainland (对华付运, 运往大陆) are deliveries, and supply-chain talk hedges them;
 * 递交材料 applies and 签下…合同 orders.
 */
import { describe, expect, it } from 'vitest';
import { briefs } from './candidates-helpers.js';

describe('goods in service and goods shipped', () => {
  it.each([
    ["Alibaba Cloud's first H200 clusters go live at its Qingchuan campus", 'delivery/reported - [alibaba] h200'],
    ['Volcano Engine opens H200 instances to outside developers in its Qingchuan region', 'delivery/reported - [bytedance] h200'],
    ['火山引擎H200算力池向外部企业开放 首批客户来自青川', 'delivery/reported - [bytedance] h200'],
  ])('reads "%s" as a delivery', (title, expected) => {
    expect(briefs(title)).toEqual([expected]);
  });

  it.each([
    ['火山引擎上线沐曦曦思N260推理实例 分流豆包线上请求'],
    ['Alibaba Cloud launches Nvidia H200 instances in its Frankfurt region for European customers'],
  ])('reads no delivery in "%s"', (title) => {
    expect(briefs(title)).toEqual([]);
  });

  it('reads 对华付运 as a delivery count, hedged by 供應鏈指', () => {
    expect(briefs('供應鏈指輝達H200本月對華付運料超過9萬顆')).toEqual(['delivery/hedged - [] h200 delivery:over:90000']);
  });

  it('reads 向商务部递交材料 as an application', () => {
    expect(briefs('青川果业：公司已就进口H200芯片向商务部递交材料')[0]).toMatch(/^application\/reported mofcom \[zh-[a-z0-9]+\] h200$/);
  });

  it('reads 签下…整机合同 as an order', () => {
    expect(briefs('青川果业深圳研发子公司签下24台H200整机合同')[0]).toMatch(/^order\/reported - \[zh-[a-z0-9]+\] h200 order:exact:24$/);
  });
});
