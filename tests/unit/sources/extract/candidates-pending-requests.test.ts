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
