/**
 * Firms counted approved (又有12家左右企业获准进口, 又有十余家企业的申请获附条件许可, "clears about 12 more
 * companies") are the firms that were waiting, with their count; the group named as what the news is beside
 * (在首批三家大型互联网企业之外) is not its subject.
 */
import { describe, expect, it } from 'vitest';
import { extractCandidates } from '../../../../src/sources/extract/index.js';
import { withWaiting } from './state.js';

const state = withWaiting();
const grants = (title: string, summary = '') =>
  extractCandidates({ title, summary }, state).candidates.map(
    (c) => `${c.kind} ${c.holders.map((h) => h.value).join(',')}${c.quantity ? ` ${c.quantity.role}:${c.quantity.qualifier}:${c.quantity.value}` : ''}`,
  );

describe('firms counted approved', () => {
  it.each([
    ['消息人士：又有12家左右企业获准进口英伟达H200', 'grant other-cn-firms licence_count:about:12'],
    ['商务部：又有十余家企业的H200芯片进口申请获附条件许可', 'grant other-cn-firms licence_count:over:10'],
    ['China clears about 12 more companies to import Nvidia H200 chips - sources', 'grant other-cn-firms licence_count:about:12'],
  ])('reads "%s" as the waiting firms approved, counted', (title, fact) => {
    expect(grants(title)).toEqual([fact]);
  });

  it('reads firms approved beside the first three as the waiting firms only', () => {
    expect(
      grants('商务部：20余家企业获准进口H200芯片', '商务部发言人表示，在首批三家大型互联网企业之外，目前已有20余家企业的英伟达H200进口申请获得许可。'),
    ).toEqual(['grant other-cn-firms licence_count:over:20']);
  });
});
