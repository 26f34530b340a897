/**
 * Terms a firm agrees to (同意…不对外出租, 同意…落地国家枢纽节点) against terms required of firms (获批企业须承诺…, 要求…
 * 不得…): a pledge that must be given is asked for, and what a requirement bars is its term, not a ban. Goods that come in
 * "under Beijing's approval" grant nothing; the count of goods named by their approval (获批的48颗) is the delivery's.
 */
import { describe, expect, it } from 'vitest';
import { briefs, read } from './candidates-helpers.js';

const kinds = (title: string, summary = '') => read(title, summary).candidates.map((c) => `${c.kind}/${c.certainty}`);

describe('terms pledged and required', () => {
  it('reads a tracked buyer agreeing to keep its chips at national hubs and not to rent them out as terms agreed', () => {
    expect(kinds('知情人士：阿里巴巴同意将H200算力落地国家枢纽节点机房')).toEqual(['condition_agreed/hedged']);
    expect(kinds('知情人士：阿里巴巴同意所购H200算力不对外出租')).toEqual(['condition_agreed/hedged']);
  });

  it('reads a pledge approved firms must give, and what the requirement bars, as a term proposed', () => {
    expect(
      kinds(
        'H200进口或再添门槛：获批企业据悉须承诺算力不对外出租',
        '知情人士称，商务部拟在批复中要求获批企业将芯片用于自身业务，不得以算力租赁形式向第三方提供。',
      ),
    ).toEqual(['condition_proposed/hedged']);
  });

  it('reads no grant in chips brought in under Beijing’s approval', () => {
    expect(
      kinds(
        'Alibaba confirms it will run imported H200s only in mainland data centres',
        'Alibaba said the Nvidia H200 chips it brings in under Beijing’s approval will be deployed solely in its data centres in mainland China, confirming a condition first reported last week.',
      ),
    ).toEqual(['condition_agreed/reported']);
  });

  it('gives the count of goods named by their approval to their arrival', () => {
    expect(briefs('青川果业：子公司获批的48颗H200芯片已全部到货', '青川果业回复投资者称，全资子公司获准进口的48颗英伟达H200芯片已全部到货。')).toEqual([
      'delivery/reported - [zh-i4cayq] h200 delivery:exact:48',
    ]);
  });
});
