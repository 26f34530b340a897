/**
 * A firm telling of a notice it received from the ministry (公司已收到商务部…不予许可的通知) reports the decision in its own
 * word; the notice does not make the item the ministry's statement.
 */
import { describe, expect, it } from 'vitest';
import { told } from './candidates-helpers.js';

describe('a notice a firm received', () => {
  it('reads a refusal the firm says it was notified of as reported', () => {
    expect(
      told(
        '青川果业：H200进口申请确未获批 研发算力将采用国产方案',
        '青川果业在上证e互动答复投资者称，公司已接到商务部对该申请不予许可的通知，研发所需算力今后将改由国产加速卡承担。',
      ),
    ).toEqual(['denial/reported 青川果业']);
  });

  it('reads a suspension the firm says it was notified of as reported', () => {
    expect(told('青川果业：H200进口许可确已暂停 公司正配合核查', '青川果业回复称，公司已收到商务部暂停H200芯片进口许可的通知，相关芯片已全部封存。')).toEqual([
      'suspension/reported 青川果业',
    ]);
  });
});
