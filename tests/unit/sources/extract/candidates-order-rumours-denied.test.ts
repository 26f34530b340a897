/**
 * A firm heading its reply (青川果业：…) and calling the report of its own order untrue (网传公司订购英伟达H200一事不属实) denies
 * that order: its 公司 is the firm. "大量" (in bulk) opens no firm's name.
 */
import { describe, expect, it } from 'vitest';
import { told } from './candidates-helpers.js';

describe('a firm calling the report of its own order untrue', () => {
  it('reads it as the firm denying the order', () => {
    expect(told('青川果业：网传公司订购英伟达H200一事不属实', '')).toEqual(['order/denied 青川果业']);
    expect(told('青川果业：网传公司下单H200不实', '针对网络上关于公司大量订购H200的说法，青川果业回复投资者称，公司从未向英伟达下过H200订单。')).toEqual([
      'order/denied 青川果业',
    ]);
  });

  it('leaves a report about another firm alone', () => {
    expect(told('网传青川果业订购英伟达H200', '').some((x) => x.startsWith('order/denied'))).toBe(false);
  });
});
