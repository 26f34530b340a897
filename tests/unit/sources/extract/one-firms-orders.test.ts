/**
 * One untracked firm's order, whose buyer no pattern read, held by the firm the item names as the buyer (not the tracked
 * aggregate of Chinese firms' orders); and a buyer saying its order is none ("placed no fresh order", 并无新增订单).
 */
import { describe, expect, it } from 'vitest';
import { read } from './candidates-helpers.js';

const facts = (title: string, summary?: string): string[] =>
  read(title, summary).candidates.map((c) => `${c.kind}/${c.certainty} [${c.holders.map((h) => h.words).join(',')}]`);

describe("one untracked firm's order", () => {
  it('reads 某某科技据悉订购约N颗H200 and 傳向經銷商訂約 as that firm ordering', () => {
    expect(facts('光伏清洗机器人商禾铮科技据悉订购约1050颗H200')).toEqual(['order/hedged [禾铮科技]']);
    expect(
      facts(
        '光伏新創禾铮科技傳向經銷商訂約870顆H200 訓練組件缺陷模型',
        '市場消息指，福建企業禾铮科技已向經銷商訂購約870顆英偉達H200，用作訓練組件缺陷識別模型，公司未有回應。',
      ),
    ).toEqual(['order/hedged [禾铮科技]']);
  });

  it('reads an English buyer as the subject of "books" or the owner of the purchase', () => {
    expect(facts('Marlow Robotics, a Suzhou arm maker, quietly books about 1,300 Nvidia H200s')).toEqual(['order/reported [Marlow Robotics]']);
    expect(
      facts(
        'A Xiamen drone start-up’s H200 order is said to be near 2,700 chips',
        'Distributors say Kestrel Dynamics’ H200 purchase runs to roughly 2,700 units.',
      ),
    ).toEqual(['order/hedged [Kestrel Dynamics]']);
  });

  it('still reads firms counted or described as many, and the aggregate, as no one buyer', () => {
    expect(facts('Chinese carmakers said to have booked about 30,000 H200s for driving models')).toEqual(['order/hedged []']);
    expect(facts('中国客户本月新增H200订单约8.8万颗 买方未具名')).toEqual(['order/reported []']);
    expect(facts('Chinese firms have now ordered more than 2.6 million Nvidia H200s, distributors say')).toEqual(['order/reported []']);
  });
});

describe('a buyer saying its order is none', () => {
  it('reads "has placed no fresh order", "no orders beyond" and 并无新增订单 as a denied order', () => {
    expect(facts('Tencent says it has placed no fresh H200 order, calling a report wrong')).toEqual(['order/denied [Tencent]']);
    expect(facts('Alibaba says it has placed no H200 orders beyond its first batch')).toEqual(['order/denied [Alibaba]']);
    expect(facts('阿里巴巴回应加单传闻：并无新增H200订单')).toEqual(['order/denied [阿里巴巴]']);
  });

  it('still reads "no decision yet" on an order, and "not" alone before a delivery, as nothing denied', () => {
    expect(facts('Tencent says no decision yet on H200 order').map((f) => f.split(' ')[0])).not.toContain('order/denied');
    expect(
      facts('Tencent mulls a further H200 purchase for its cloud arm', 'Tencent is weighing more Nvidia H200 chips, though no order has been placed.').map(
        (f) => f.split(' ')[0],
      ),
    ).not.toContain('order/denied');
    expect(facts('Tencent says H200 deliveries have not started').map((f) => f.split(' ')[0])).not.toContain('delivery/denied');
  });
});
