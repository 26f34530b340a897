/**
 * Words the lexicons lacked: 加订 (an order added to), record-keeping and serial-number filing as end-use terms, and
 * 拟对…实行 / 拟增设 as a ministry proposing them.
 */
import { describe, expect, it } from 'vitest';
import { briefs } from './candidates-helpers.js';

describe('terms and orders worded anew', () => {
  it('reads 加订 as an order with its count', () => {
    expect(briefs('知情人士：阿里巴巴向英伟达加订约4万颗H200', '知情人士称，阿里巴巴已在本月向英伟达加订约4万颗H200。')).toEqual([
      'order/hedged - [alibaba] h200 order:about:40000',
    ]);
  });

  it('reads a record-keeping rule Washington floats as a condition proposed', () => {
    expect(
      briefs(
        'US floats seven-year record-keeping rule for Nvidia H200 exports to China - sources',
        'Commerce officials want exporters to keep records of every H200 shipment to Chinese buyers for seven years, people briefed on the talks said.',
      ),
    ).toEqual(['condition_proposed/hedged bis [nvidia] h200']);
  });

  it('reads a planned serial-number filing in Chinese as a condition proposed', () => {
    expect(briefs('消息称商务部拟对进口H200实行序列号登记', '接近监管的人士称，商务部拟增设一项要求。')).toEqual(['condition_proposed/hedged mofcom [] h200']);
  });
});
