/**
 * Purchases worded anew: "signed purchase commitments", "had not purchased", 采购N台…服务器; a firm denying it bought
 * chips denies a purchase, not a licence; 暂无…申请 says there is none; and a supplier's licence named in an "if it
 * fails" clause (若供应商未能取得进口许可) grants nothing, nor is 若… a firm's name.
 */
import { describe, expect, it } from 'vitest';
import { read } from './candidates-helpers.js';

const kinds = (title: string, summary = '') => read(title, summary).candidates.map((c) => `${c.kind}/${c.certainty}`);

describe('purchases worded anew', () => {
  it('reads signed purchase commitments as an order', () => {
    expect(kinds('Qingchuan Cloud has signed purchase commitments with Nvidia covering about 3,000 H200 chips')).toEqual(['order/reported']);
  });

  it('reads a subsidiary buying H200 servers, with a supplier-licence clause, as one order', () => {
    expect(
      kinds(
        '青川果业：子公司采购12台英伟达H200服务器',
        '青川果业公告，全资子公司与国内某服务器厂商签约，采购12台H200服务器；若供应商未能取得进口许可，合同将不予履行。',
      ),
    ).toEqual(['order/reported']);
  });

  it('reads a firm denying it bought H200s as a denied order, not a refusal', () => {
    expect(kinds('Qingchuan Cloud denies buying Nvidia H200 chips', 'Qingchuan Cloud said it had not purchased any Nvidia H200 processors.')).toEqual([
      'order/denied',
    ]);
  });

  it('reads 暂无…进口申请 as no request', () => {
    expect(kinds('青川果业：暂无英伟达H200进口申请')).toEqual(['application/denied']);
  });
});

describe('a firm rejecting a local media report', () => {
  it('reads its denial as of the purchase the report told, not a refusal', () => {
    expect(
      kinds(
        'Qingchuan Cloud denies report that it ordered Nvidia H200 chips',
        'Qingchuan Cloud said it has not placed any order for Nvidia H200 processors, rejecting a local media report.',
      ),
    ).toEqual(['order/denied']);
  });
});
