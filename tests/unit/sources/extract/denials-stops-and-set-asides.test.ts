/**
 * A buyer denying new purchases denies an order; issuing permits stopped is a suspension, not a grant; chips set aside for
 * buyers are stock, while part of a quota set aside for a holder is its share.
 */
import { describe, expect, it } from 'vitest';
import { briefs } from './candidates-helpers.js';

describe('new purchases denied', () => {
  it('reads a buyer saying it made no new purchase as an order denied', () => {
    expect(briefs('阿里巴巴回应：近期没有新增H200采购')).toEqual(['order/denied - [alibaba] h200']);
    expect(briefs('字节跳动否认“新增H200采购”一说')).toEqual(['order/denied - [bytedance] h200']);
  });
});

describe('issuing stopped', () => {
  it('reads permits no longer issued to the waiting firms as a suspension, not a grant', () => {
    expect(briefs('商务部门暂时停止向排队企业签发新的H200进口批复').map((b) => b.split(' ')[0])).toEqual(['suspension/reported']);
  });
});

describe('set aside', () => {
  it('reads chips set aside for buyers as stock', () => {
    expect(briefs('Nvidia has about 600,000 H200s set aside for Chinese buyers, people familiar say')).toEqual([
      'supply/hedged - [nvidia] h200 inventory:about:600000',
    ]);
  });

  it('reads part of a quota set aside for a holder as its share, not stock', () => {
    const read = briefs('Beijing raises the part of the shared H200 quota set aside for ByteDance to about 140,000');
    expect(read.map((b) => b.split(' [')[0])).toEqual(['grant/reported mofcom']);
    expect(read[0]).toContain('[bytedance] h200');
  });
});

describe('shipments beside a stock figure', () => {
  it('reads shipments with no figure or buyer as why the stock fell, not a delivery', () => {
    expect(briefs("Nvidia's H200 stock for China falls to about 560,000 as first shipments leave its warehouses")).toEqual([
      'supply/reported - [nvidia] h200 inventory:about:560000',
    ]);
  });

  it('still reads a delivery with its own figure', () => {
    expect(briefs('Nvidia H200 stock for China falls to about 560,000 after 40,000 chips were delivered to Tencent').map((b) => b.split('/')[0])).toContain(
      'delivery',
    );
  });
});
