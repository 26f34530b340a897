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

  it('takes no month, holiday or connective word for a company (January, 节后, 新增, 即便)', () => {
    const words = (title: string, summary?: string) => read(title, summary).candidates.flatMap((c) => c.holders.map((h) => h.words));
    expect(words('Tech giants cleared in late January for Nvidia H200 purchases')).not.toContain('January');
    expect(words('节后H200进口申请增多', '春节假期后，又有企业就进口英伟达H200提交了申请。')).not.toContain('节后');
    expect(words('传商务部暂停新增H200进口审批')).not.toContain('新增');
    expect(words('业内人士称，即便英伟达H200获准进口，运营商采购仍以国产算力为主')).not.toContain('即便');
  });

  it('reads the firm named after what it is and before the import it is cleared for ("clears AI cloud startup X to import")', () => {
    expect(read('China clears AI cloud startup Lumicloud to import about 2,000 Nvidia H200s').candidates[0]?.holders.map((h) => h.words)).toEqual([
      'Lumicloud',
    ]);
  });

  it('reads the firm answering its investors without the 在 before 回复投资者', () => {
    expect(
      read('星衍智算称H200进口申请仍在排队', '星衍智算在回复投资者询问时表示，公司此前已递交英伟达H200的进口申请。').candidates[0]?.holders.map((h) => h.words),
    ).toEqual(['星衍智算']);
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
