/**
 * Delivery words that tell no arrival (交付会分批进行, 何时交付要看…, 已交付芯片的用途), and an undertaking a firm gives as a body
 * requires (按商务部要求作出书面承诺，…) agreeing to the terms its next clause names.
 */
import { describe, expect, it } from 'vitest';
import { kindsTold, told } from './candidates-helpers.js';

describe('delivery words that tell no arrival', () => {
  it('reads deliveries to come in batches, or whose timing depends on something, as no delivery', () => {
    expect(kindsTold('字节跳动向英伟达追加约3万颗H200订单', '字节跳动表示交付会分批进行，首批供给自有集群。')).toEqual(['order/reported']);
    expect(kindsTold('字节跳动向英伟达追加约3万颗H200订单', '字节跳动称芯片何时交付要看英伟达排产情况。')).toEqual(['order/reported']);
  });
  it('reads goods named by their delivery as no delivery', () => {
    expect(kindsTold('青川果业H200进口据悉暂停', '据悉当局已暂停青川果业进口H200，待核查人员确认已交付芯片的实际用途后才会恢复。')).toEqual([
      'suspension/hedged',
    ]);
  });
});

describe('an undertaking given as required', () => {
  it('reads a firm’s undertaking given per a body’s requirement as agreeing to the terms after it', () => {
    expect(told('字节跳动已按商务部要求作出书面承诺，进口的H200将部署在国家算力枢纽节点')).toEqual(['condition_agreed/reported 字节跳动']);
  });
});
