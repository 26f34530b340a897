/**
 * The buyer a purchase is told of: an order or delivery with no holder in its own sentence is the untracked firm
 * that opens the headline with a buyer's verb (福田汽车采购…, "ECARX places order…"), or the firm whose full-name
 * filing tells it (…股份有限公司关于签订芯片采购合同的公告). A headline opened by another subject gives no buyer.
 */
import { describe, expect, it } from 'vitest';
import { holders } from './candidates-helpers.js';

describe('the buyer a headline opens with', () => {
  it('gives a Chinese firm opening the headline with 采购 the order', () => {
    expect(holders('华源汽车采购512颗英伟达H200 用于智驾研发', '公司日前与英伟达国内授权渠道签订采购协议，购入512颗H200芯片，用于自动驾驶训练。')).toEqual([
      '华源汽车',
    ]);
  });

  it('gives a Latin-named firm opening the headline with "places order" the order', () => {
    expect(
      holders(
        'Quanyu Robotics places order for Nvidia H200 GPUs to train warehouse models',
        'Quanyu Robotics Inc. today announced that it has ordered approximately 1,000 Nvidia H200 GPUs for a training cluster in Suzhou.',
      ),
    ).toEqual(['Quanyu Robotics']);
  });

  it('gives the filer of a full-name filing the purchase its body tells', () => {
    expect(
      holders('青岛澜海冷链股份有限公司关于签订芯片采购合同的公告', '公司于4月12日与一家服务器集成商签订采购合同，购买英伟达H200芯片256颗，用于仿真计算。'),
    ).toEqual(['青岛澜海冷链股份有限公司']);
  });

  it('gives no buyer when the headline opens with someone else', () => {
    expect(holders('券商：华源汽车采购512颗英伟达H200', '公司日前签订采购协议，购入512颗H200芯片。')).not.toContain('券商');
  });
});
