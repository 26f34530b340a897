/**
 * An earlier order changed now (将此前下达的订单下调至…) is news: the old-news marker dates only the
 * order's relative clause. 据…获悉 ("as … learned") hedges like 据悉.
 */
import { describe, expect, it } from 'vitest';
import { briefs } from './candidates-helpers.js';

describe('an earlier order changed now', () => {
  it('reads 将此前下达的H200订单下调至… as an order, hedged by 据…获悉', () => {
    expect(briefs('腾讯下调H200订单', '据财经杂志记者独家获悉，腾讯已将此前下达的英伟达H200订单下调至12万颗左右。')).toEqual([
      'order/hedged - [tencent] h200 order:about:120000',
    ]);
  });

  it('still reads an earlier order only recalled as old news', () => {
    expect(briefs('腾讯H200订单回顾', '腾讯此前下达的英伟达H200订单约为15万颗。').map((b) => b.split('/')[0])).toEqual(['restatement']);
  });
});
