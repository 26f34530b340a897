/**
 * Firms queueing after the three (三大平台之后 排队申请…的企业), licences newly issued (新发约17份许可), and an order "of at
 * least" a figure.
 */
import { describe, expect, it } from 'vitest';
import { briefsAgainst } from './candidates-helpers.js';
import { withUsExport, withWaiting } from './state.js';

describe('after the three, new licences, orders of at least', () => {
  it('gives requests from firms queueing after the three to the waiting firms', () => {
    expect(briefsAgainst(withWaiting(), '三大平台之后 排队申请H200进口的果汁企业据悉超过40家')).toEqual(['application/hedged mofcom [other-cn-firms] h200']);
  });

  it('keeps a firm named beside the three its own', () => {
    expect(briefsAgainst(withWaiting(), '字节、阿里、腾讯之外，青川果业据悉也申请进口H200')).toEqual(['application/hedged mofcom [zh-i4cayq] h200']);
  });

  it('reads licences newly issued (新发) as granted, with their count', () => {
    expect(briefsAgainst(withUsExport(), '彭博：美方新发约17份许可 英伟达H200对华出货再放宽')).toEqual([
      'grant/hedged bis [nvidia] h200 licence_count:about:17',
    ]);
  });

  it('reads an order "of at least" a figure as an order of that size', () => {
    expect(briefsAgainst(withWaiting(), 'Qingchuan Fruit places H200 order of at least 2,400 chips, people say')).toEqual([
      'order/hedged - [qingchuan-fruit] h200 order:at_least:2400',
    ]);
  });
});
