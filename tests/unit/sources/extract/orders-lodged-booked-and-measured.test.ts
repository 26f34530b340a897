/**
 * The forty-sixth session's third round: a purchase order lodged is an order, not a request for a permit; chips booked
 * "for pre-June delivery" are an order whose delivery is still to come; an order "matching the number its import approval
 * allows" is measured against the permission held, which is no news of a grant.
 */
import { describe, expect, it } from 'vitest';
import { kindsTold, told } from './candidates-helpers.js';

describe('orders lodged, booked ahead and measured against a permission', () => {
  it('reads a purchase order lodged as an order, not a request', () => {
    expect(told('Tencent lodged a purchase order for about 52,300 H200s')).toEqual(['order/reported Tencent']);
  });

  it('still reads an application lodged to import the chips as a request', () => {
    expect(told('Vellmark Data lodged an application to import Nvidia H200s')).toEqual(['application/reported Vellmark Data']);
  });

  it('reads chips booked for a later delivery as an order only', () => {
    expect(kindsTold('Supplier memo shows Alibaba Cloud booking roughly 21,440 H200s for pre-June delivery')).toEqual(['order/reported']);
  });

  it('still reads a delivery taken as a delivery', () => {
    expect(told('Quillfen Cloud takes delivery of 2,300 H200s')).toEqual(['delivery/reported Quillfen Cloud']);
  });

  it('reads an order matching what the firm’s approval allows as an order, not a grant', () => {
    expect(
      told(
        'Quillfen Systems signs purchase order for 1,212 Nvidia H200s',
        'Quillfen Systems has signed a purchase order for 1,212 Nvidia H200 processors, matching the number its import approval allows.',
      ),
    ).toEqual(['order/reported Quillfen Systems']);
  });

  it('still reads an approval that allows a number of chips as a grant', () => {
    expect(kindsTold('Quillfen Systems wins import approval that allows 1,212 Nvidia H200s')).toEqual(['grant/reported']);
  });
});
