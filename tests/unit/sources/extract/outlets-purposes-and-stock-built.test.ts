/**
 * An outlet opening a headline (外媒：…) holds nothing; a firm that filed "for" a purpose (已为…递交…申请) is the applicant;
 * chips "built and ready" (or "built and waiting") or "earmarked for China" are the seller's stock; a buyer that "takes on"
 * terms accepts them.
 */
import { describe, expect, it } from 'vitest';
import { briefs, holders, kindsTold } from './candidates-helpers.js';

describe('who holds the request', () => {
  it('does not take an outlet opening a headline for a firm', () => {
    expect(holders('外媒：H200进口申请积压 审批节奏放缓')).not.toContain('外媒');
  });

  it('reads the firm that filed for a purpose as the applicant', () => {
    expect(holders('青川果业已为冷链调度模型递交H200进口申请')).toEqual(['青川果业']);
  });
});

describe('stock and terms', () => {
  it('reads chips built and ready, or earmarked for China, as the seller’s stock', () => {
    expect(briefs('Nvidia has about 420,000 H200s built and ready for Chinese buyers, executive says')).toEqual([
      'supply/reported - [nvidia] h200 inventory:about:420000',
    ]);
    expect(briefs('Nvidia still has roughly 400,000 H200s earmarked for China, finance chief says')).toEqual([
      'supply/reported - [nvidia] h200 inventory:about:400000',
    ]);
  });

  it('reads a buyer taking on terms as accepting them', () => {
    expect(kindsTold('Tencent takes on local-chip purchase terms to keep its H200 imports moving')).toEqual(['condition_agreed/reported']);
  });
});
