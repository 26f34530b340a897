/**
 * Chips taken into stock at a firm's site (入库) arrive: a delivery, hedged when 传 ("reportedly") stands right before the
 * verb; water flowing into a reservoir (入库流量) is no delivery.
 */
import { describe, expect, it } from 'vitest';
import { briefs, told } from './candidates-helpers.js';

describe('chips taken into stock', () => {
  it('reads chips taken into stock at a firm as a delivery', () => {
    expect(briefs('岑溪智能首批736颗H200入库 质检模型开始训练')).toEqual([expect.stringMatching(/^delivery\/reported .* h200 delivery:exact:736$/u)]);
  });

  it('reads chips said to be taken into stock at a cloud unit as a hedged delivery to its parent', () => {
    expect(briefs('阿里云乌兰察布园区传入库约1.7万颗H200')).toEqual(['delivery/hedged - [alibaba] h200 delivery:about:17000']);
  });

  it('reads a permit said to be suspended, with 传 before the verb, as hedged', () => {
    expect(told('沣溯科技H200进口许可传遭暂停')).toEqual(['suspension/hedged 沣溯科技']);
  });

  it('still reads no delivery in water flowing into a reservoir', () => {
    expect(told('汀岑数据递交H200进口申请 拟训练水库入库流量预报模型')).toEqual(['application/reported 汀岑数据']);
  });
});
