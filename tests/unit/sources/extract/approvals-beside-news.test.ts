/**
 * An approval the holders already have, named beside the item's own news (an order, a request, a term, a stock figure),
 * is background, not a grant; a further approval told beside it still is one. Deliveries put off (延后, 排在…之后,
 * "pushed back") tell no arrival.
 */
import { describe, expect, it } from 'vitest';
import { kinds, kindsAgainst, readAgainst } from './candidates-helpers.js';
import { withGroup } from './state.js';

/** The kind of each candidate, read against the group approval on record (`withGroup`). */
const kindsBesideGroup = (title: string, summary: string): string[] => kindsAgainst(withGroup(), title, summary);

describe('an approval on record named beside other news', () => {
  it('is no grant beside an order', () => {
    expect(
      kindsBesideGroup(
        'Tencent books about 60,000 more H200s',
        'Tencent has placed orders for about 60,000 additional Nvidia H200 chips on top of its share of the group approval, people briefed on the deal said.',
      ),
    ).toEqual(['order']);
    expect(kindsBesideGroup('腾讯据悉再订约6万颗H200', '知情人士称，腾讯已向英伟达再下约6万颗H200订单，到货数量以商务部核准的进口额度为上限。')).toEqual([
      'order',
    ]);
  });

  it('is no grant beside a request or a term', () => {
    expect(
      kindsBesideGroup(
        'Alibaba asks Beijing to widen its H200 import allowance, sources say',
        'Alibaba has formally asked for a bigger share of the Nvidia H200 volume China approved for its three largest platforms, two people said.',
      ),
    ).not.toContain('grant');
    expect(
      kindsBesideGroup(
        'Beijing asks ByteDance, Alibaba, Tencent to log H200 usage weekly',
        'China’s commerce ministry wants weekly usage logs for every Nvidia H200 chip the three firms import, two people said, as a further condition on their import approvals.',
      ),
    ).toEqual(['condition_proposed']);
  });

  it('keeps a further approval told beside an order', () => {
    expect(
      kindsBesideGroup(
        'Tencent wins approval for more H200s and orders 60,000, sources say',
        'Beijing has granted Tencent a further approval to import Nvidia H200 chips, and the company has placed orders for about 60,000, two people said.',
      ),
    ).toContain('grant');
  });
});

describe('a delivery put off', () => {
  it('tells no arrival', () => {
    expect(kinds('腾讯据悉追加约6万颗H200订单', '知情人士称，腾讯近期向英伟达追加约6万颗H200订单，受产能影响，部分交付可能延后至四季度。')).toEqual(['order']);
    expect(kinds('阿里被曝加订H200逾5万颗', '供应链人士称，阿里巴巴追加H200采购逾5万颗，交付将排在首批货物之后。')).toEqual(['order']);
    expect(kinds('Alibaba orders 50,000 more H200s', 'Deliveries may be pushed back to the fourth quarter, people familiar with the order said.')).toEqual([
      'order',
    ]);
  });

  it('is not the figure a named buyer ordered', () => {
    expect(kinds('青川果业被曝订购约3000颗H200', '渠道商称，青川果业已通过代理商向英伟达下单H200芯片，数量在3000颗左右，交货须待进口许可落地。')).toEqual([
      'order',
    ]);
  });

  it('leaves an arrival told as done', () => {
    expect(kinds('阿里巴巴首批约5万颗H200已完成交付', '知情人士称，阿里巴巴订购的首批约5万颗H200已于本周完成交付。')).toContain('delivery');
  });
});

describe('a Chinese qualifier right after the item’s name', () => {
  it('bounds the count', () => {
    const figure = (summary: string) => readAgainst(withGroup(), '青川果业H200订单', summary).map((c) => c.quantity?.qualifier);
    expect(figure('知情人士称，青川果业订购H200约3000颗。')).toEqual(['about']);
    expect(figure('知情人士称，青川果业追加采购H200超过3000颗。')).toEqual(['over']);
  });

  it('reads an order put between 追加 and 采购, and the goods’ arrival as no firm', () => {
    const read = readAgainst(withGroup(), 'x', '供应链人士称，青川果业追加H200采购逾3000颗，交付将排在首批货物之后。');
    expect(read.map((c) => `${c.kind} ${c.holders.map((h) => h.words).join('+')} ${c.quantity?.qualifier ?? '-'}`)).toEqual(['order 青川果业 over']);
  });
});
