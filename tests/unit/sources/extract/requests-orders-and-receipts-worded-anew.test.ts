/**
 * The forty-fifth session's second round: a firm that applies to bring in the chips or lodges paperwork for them asks
 * for a permit; 订了 is an order placed; 签收 is a delivery signed for.
 */
import { describe, expect, it } from 'vitest';
import { kindsTold } from './candidates-helpers.js';

describe('requests, orders and receipts in other words', () => {
  it('reads a firm applying to bring in the chips as a request', () => {
    expect(kindsTold('Canal-Lock Scheduler Wrenfold Data Applies to Bring In Nvidia H200s')).toEqual(['application/reported']);
  });

  it('reads a firm lodging paperwork for the chips as a request', () => {
    expect(kindsTold('Tidewell Robotics lodges Beijing paperwork for 900 Nvidia H200s')).toEqual(['application/reported']);
  });

  it('reads 订了 as an order placed', () => {
    expect(kindsTold('分三批交付 腾讯被指又向英伟达订了约3.72万颗H200')).toEqual(['order/hedged']);
  });

  it('reads chips signed for (签收) as a delivery', () => {
    expect(kindsTold('腾讯云贵安园区传已签收约1.18万颗H200')).toEqual(['delivery/hedged']);
  });
});
