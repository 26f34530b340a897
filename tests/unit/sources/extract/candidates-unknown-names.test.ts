/** Class 6 and 7: companies no list knows are read from where they stand, so their news is about a new holder. */
import { describe, expect, it } from 'vitest';
import { briefs, read } from './candidates-helpers.js';

describe('companies outside the lexicon', () => {
  it('reads the subject of a buyer verb in an English headline as an untracked holder', () => {
    const [c] = read('Moore Threads secures approval to import Nvidia H200 chips').candidates;
    expect(c?.kind).toBe('grant');
    expect(c?.holders.map((h) => h.words)).toEqual(['Moore Threads']);
  });

  it('reads the Chinese subject before 获批 or 已向…提交申请', () => {
    expect(read('蔚来获批采购英伟达H200芯片').candidates[0]?.holders.map((h) => h.words)).toEqual(['蔚来']);
    expect(read('据悉，理想汽车已向商务部提交H200进口申请').candidates[0]?.holders.map((h) => h.words)).toEqual(['理想汽车']);
  });

  it('does not take a country, an authority or a generic subject for a company', () => {
    expect(briefs('China approves more H200 purchases')).toEqual(['grant/reported mofcom [] h200']);
    // 多家企业 (several firms) is the group still waiting, not a company called 多家企业.
    expect(read('多家企业获批进口H200芯片').candidates[0]?.holders.map((h) => h.value) ?? []).toEqual(['other-cn-firms']);
    expect(read('Officials receive H200 applications from buyers').candidates.flatMap((c) => c.holders)).toEqual([]);
  });
});

describe('pairs and customs', () => {
  it('pairs holders and numbers told "respectively" (分别)', () => {
    expect(briefs('阿里巴巴与腾讯分别获得8万颗和6万颗H200配额')).toEqual([
      'grant/reported - [alibaba] h200 allocation:exact:80000@alibaba',
      'grant/reported - [tencent] h200 allocation:exact:60000@tencent',
    ]);
  });

  it('reads goods clearing customs as a delivery, not a grant', () => {
    expect(briefs('Customs clears first batch of 15,000 H200 chips for Alibaba')).toEqual(['delivery/reported - [alibaba] h200 delivery:exact:15000']);
  });

  it('does not read "received approval" or "received orders" as goods received', () => {
    expect(read('Tencent received approval to import H200 chips').candidates.map((c) => c.kind)).toEqual(['grant']);
    expect(read('Nvidia says it has not received any H200 orders from Alibaba').candidates.map((c) => c.kind)).not.toContain('delivery');
  });
});
