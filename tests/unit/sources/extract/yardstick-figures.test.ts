/**
 * A look-back headlined on one half of the order–stock pair ("Refresher: the 3.4 million H200 orders…", 回顾：…订单逾340万颗)
 * retells that figure; the other half its body sets beside it ("against roughly 900,000 in stock", 而英伟达库存约90万颗) is
 * the yardstick, not a second figure retold. A headline naming both, a roundup that also recalls an approval, a stock
 * figure told in a sentence of its own, and a republished story keep every figure.
 */
import { describe, expect, it } from 'vitest';
import { briefs } from './candidates-helpers.js';

describe('the yardstick beside the figure a look-back recalls', () => {
  it('keeps only the orders when the headline recalls the orders', () => {
    expect(
      briefs(
        'Refresher: the 3.4 million H200 orders Chinese buyers placed in March',
        'In March, reports had Chinese companies ordering more than 3.4 million Nvidia H200s against roughly 900,000 in stock; we revisit how that gap framed expectations.',
      ),
    ).toEqual(['restatement/reported - [] h200 order:over:3400000']);
  });

  it('keeps only the stock when the headline recalls the stock', () => {
    expect(
      briefs(
        'Recap: the roughly 900,000 H200s Nvidia was holding in March',
        'A reminder that Nvidia was reported in March to hold about 900,000 H200s against Chinese orders of more than 3.4 million.',
      ),
    ).toEqual(['restatement/reported - [nvidia] h200 inventory:about:900000']);
  });

  it('reads 回顾：…订单… the same way in Chinese', () => {
    expect(briefs('回顾：三月中国企业H200订单逾340万颗', '三月下旬有报道称，国内企业向英伟达订购H200合计超过340万颗，而英伟达库存约90万颗。')).toEqual([
      'restatement/reported - [] h200 order:over:3400000',
    ]);
  });

  it('and 重温：…库存… with the orders as the yardstick', () => {
    expect(briefs('重温：英伟达手上约90万颗H200库存从何而来', '回顾三月的报道：英伟达当时持有约90万颗H200库存，而中国企业订单超过340万颗。')).toEqual([
      'restatement/reported - [nvidia] h200 inventory:about:900000',
    ]);
  });
});

describe('still every figure retold', () => {
  it('when the headline names both halves', () => {
    expect(briefs('回顾：H200订单逾340万颗 英伟达库存约90万颗', '三月下旬有报道称，国内企业向英伟达订购H200合计超过340万颗，而英伟达库存约90万颗。')).toEqual([
      'restatement/reported - [] h200 order:over:3400000',
      'restatement/reported - [nvidia] h200 inventory:about:900000',
    ]);
  });

  it('when the headline is a roundup that also recalls an approval', () => {
    expect(
      briefs(
        '回顾：三巨头获准采购逾50万颗H200 订单逾340万颗',
        '三月下旬，字节、阿里、腾讯获准合计采购逾50万颗H200；彼时中国企业订单逾340万颗，英伟达库存约90万颗。',
      ),
    ).toContain('restatement/reported - [nvidia] h200 inventory:about:900000');
  });

  it('when the stock is told in a sentence of its own', () => {
    expect(
      briefs(
        'Looking back: the 3.4 million H200 orders that set the China story',
        'In March, reports had Chinese firms ordering more than 3.4 million H200s. Separately, Nvidia held about 900,000 of the chips in inventory at the time.',
      ),
    ).toEqual(['restatement/reported - [] h200 order:over:3400000', 'restatement/reported - [nvidia] h200 inventory:about:900000']);
  });

  it('when the story is only published again', () => {
    expect(
      briefs(
        'Chinese firms have ordered over 3.4 million Nvidia H200 chips, sources say',
        'Chinese companies have placed orders for more than 3.4 million Nvidia H200 chips, far exceeding the roughly 900,000 units Nvidia holds in inventory, people familiar said. (This story was originally published on March 3.)',
      ),
    ).toEqual(['restatement/hedged - [] h200 order:over:3400000', 'restatement/hedged - [nvidia] h200 inventory:about:900000']);
  });
});
