/**
 * A request told as still under review is the first word of an untracked firm's application
 * (X：H200进口申请已报商务部 仍在审核中), while a tracked holder's retells what the ledger holds. A
 * request filed and then said to be under review (已提交…申请 目前正在审查中) is one application; a
 * firm "said to apply" is its subject.
 */
import { describe, expect, it } from 'vitest';
import { read } from './candidates-helpers.js';

const kinds = (title: string) => read(title).candidates.map((c) => `${c.kind} ${c.holders.map((h) => h.words).join('+')}`);

describe('a request still under review', () => {
  it('reads an untracked firm’s pending request as its application, and a tracked holder’s as retold', () => {
    expect(kinds('星河眼科：H200进口申请已报商务部 仍在审核中')).toEqual(['application 星河眼科']);
    expect(kinds('阿里巴巴：H200进口申请已报商务部 仍在审核中')).toEqual(['restatement 阿里巴巴']);
  });

  it('reads a request filed and then under review as one application', () => {
    expect(kinds('星河银行：已提交H200芯片进口许可申请 目前正在审查中')).toEqual(['application 星河银行']);
  });

  it('reads the firm "said to apply"', () => {
    expect(kinds('Kestrel Fintech Is Said to Apply for Beijing Permit to Buy Nvidia H200s')).toEqual(['application Kestrel Fintech']);
  });
});

describe('words around a wait', () => {
  it('does not take 合计可 before a verb for a firm’s name', () => {
    expect(
      read(
        '传字节、阿里、腾讯获准采购英伟达H200 还有企业在排队',
        '据知情者说法，三家已获得中方放行，合计可买入的英伟达H200在40万颗以上；其他多家公司仍在排队等候。',
      ).candidates.flatMap((c) => c.holders.map((h) => h.words)),
    ).not.toContain('合计可');
  });

  it('reads 本文认为 as a view', () => {
    expect(read('H200租赁价格回落', '本文认为，对仍在排队等许可的企业来说，租用算力比自行进口更划算。').candidates).toEqual([]);
  });
});
