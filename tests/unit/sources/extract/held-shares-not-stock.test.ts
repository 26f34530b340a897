/**
 * "Tencent is said to hold about 111,000 of the pooled allowance", "the Karamay site now holds 12,300 H200s": "hold" counts
 * the seller's stock only when the seller holds its own chips; a share of a permission, a buyer's chips or a buyer's site,
 * and a firm's legal name ("Group Holding") are no supply figure.
 */
import { describe, expect, it } from 'vitest';
import { extractCandidates } from '../../../../src/sources/extract/index.js';
import { withGroup } from './state.js';

const state = withGroup();
const facts = (title: string, summary = '') =>
  extractCandidates({ title, summary }, state).candidates.map(
    (c) => `${c.kind} [${c.holders.map((h) => h.value).join(',')}]${c.quantity ? ` ${c.quantity.role}:${c.quantity.value}` : ''}`,
  );
const supplies = (title: string, summary = '') => facts(title, summary).filter((f) => f.startsWith('supply'));

describe('a share of a permission held', () => {
  it('reads no stock in a firm said to hold part of a pooled allowance', () => {
    expect(
      supplies(
        'Tencent Said to Hold About 111,000 of China’s Pooled H200 Allowance',
        'Of the pooled allowance Beijing granted the three platforms, roughly 111,000 H200 chips go to Tencent, people familiar said.',
      ),
    ).toEqual([]);
  });

  it('reads no stock in a firm holding the largest slice of a group quota', () => {
    expect(supplies('ByteDance holds the largest slice of China’s H200 group quota, about 166,000 chips - sources')).toEqual([]);
  });

  it('reads no stock in units of an allowance a firm holds', () => {
    expect(
      supplies(
        'Alibaba’s part of the pooled H200 allowance put at 133,400',
        'Alibaba now holds roughly 133,400 chips of the joint Nvidia H200 import allowance it splits with ByteDance and Tencent, people briefed said.',
      ),
    ).toEqual([]);
  });

  it('reads no stock in a quota the firms hold jointly with others', () => {
    expect(
      supplies(
        'Beijing lowers Tencent’s H200 allotment',
        'The commerce ministry has cut the part of the H200 import ceiling that Tencent, ByteDance and Alibaba hold jointly to about 97,000 chips for Tencent, people familiar said.',
      ),
    ).toEqual([]);
  });
});

describe('chips a buyer holds', () => {
  it('reads no seller stock in what a buyer’s site now holds', () => {
    expect(supplies('ByteDance cloud unit’s Karamay site now holds some 12,300 H200s, sources say')).toEqual([]);
  });

  it('reads no seller stock in a named buyer said to hold chips', () => {
    expect(supplies('Alibaba Cloud now holds around 18,700 Nvidia H200s at its Zhangbei campus, sources say')).toEqual([]);
  });

  it('reads no stock in a firm’s legal name ending in Holding', () => {
    expect(
      supplies(
        'China trims the shared H200 ceiling of the three platforms to about 371,000',
        'The H200 import ceiling shared by ByteDance, Alibaba Group Holding and Tencent Holdings has dropped to roughly 371,000 chips after the firms gave back undelivered volume, people close to the ministry said.',
      ),
    ).toEqual([]);
  });
});

describe('the seller’s own stock', () => {
  it('still reads the chips the seller holds as its stock', () => {
    expect(supplies('Nvidia still holds about 643,000 H200s for Chinese buyers, CFO says')).toEqual(['supply [nvidia] inventory:643000']);
  });

  it('still reads the seller’s stock waiting on licences', () => {
    expect(supplies('Nvidia holds some 612,500 H200s awaiting licences, CFO says')).toEqual(['supply [nvidia] inventory:612500']);
  });

  it('still reads the seller’s holding told before a clause about approvals', () => {
    expect(supplies('Nvidia is holding about 655,000 H200s while China’s approvals trickle in, CFO says')).toEqual(['supply [nvidia] inventory:655000']);
  });
});
