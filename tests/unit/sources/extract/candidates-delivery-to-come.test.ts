/**
 * Goods a named buyer will receive later (预计…陆续交付, 交付排期至年底, "will be delivered") or goods
 * described by their arrival ("the chips already delivered") tell no delivery without a figure;
 * goods that arrived (首批H200到位, 新到…颗) do, and "not yet arrived" (尚未到货) is a denied delivery.
 */
import { describe, expect, it } from 'vitest';
import { read } from './candidates-helpers.js';

const kinds = (title: string, summary: string) => read(title, summary).candidates.map((c) => `${c.kind}/${c.certainty}`);

describe('deliveries still to come', () => {
  it.each([
    ['美团追加H200订单', '美团近期向英伟达追加订购超过3万颗H200芯片，交付排期至今年四季度。'],
    ['小米向英伟达下单', '小米集团近期向英伟达下达了约5万颗H200芯片的订单，预计从明年一季度起陆续交付。'],
  ])('reads only the order in "%s"', (title, summary) => {
    expect(kinds(title, summary).map((k) => k.split('/')[0])).toEqual(['order']);
  });

  it('reads no delivery in chips described as already delivered', () => {
    expect(
      kinds(
        'China freezes Ningxia firm’s H200 permit',
        'China has suspended the H200 import permit of Kestrel Computing while it checks who is using the chips already delivered, people familiar said.',
      ),
    ).not.toContain('delivery/hedged');
  });

  it('reads goods that arrived, and goods not yet arrived as denied', () => {
    expect(kinds('腾讯云智算中心首批H200到位 规模约1.2万颗', '腾讯云智算中心已完成首批英伟达H200芯片的安装，规模约1.2万颗。')).toContain('delivery/reported');
    expect(kinds('兴业银行：获批进口的H200芯片尚未到货', '兴业银行表示，公司获准进口的英伟达H200芯片目前尚未到货，预计明年一季度陆续交付。')).toContain(
      'delivery/denied',
    );
  });
});
