/** Class 3 (how sure): cues that speak for the whole item, headline and body together. */
import { describe, expect, it } from 'vitest';
import { read } from './candidates-helpers.js';

const certainties = (title: string, summary: string): string[] => read(title, summary).candidates.map((c) => `${c.kind}/${c.certainty}`);

describe('item-wide certainty', () => {
  it('hedges a firm headline whose body credits unnamed sources', () => {
    expect(certainties('China suspends Tencent H200 purchases', 'The pause was ordered last week, two people with knowledge of the matter said.')).toEqual([
      'suspension/hedged',
    ]);
    expect(certainties('商务部暂停腾讯采购H200', '消息人士透露，该决定上周作出。')).toEqual(['suspension/hedged']);
  });

  it('keeps a firm headline firm when the body names its source', () => {
    expect(certainties('China suspends Tencent H200 purchases', 'The commerce ministry said the pause takes effect on Monday.')).not.toContain(
      'suspension/hedged',
    );
  });

  it('makes the body of an official notice official', () => {
    expect(certainties('商务部关于H200芯片进口有关事项的公告', '商务部暂停腾讯进口英伟达H200芯片。')).toEqual(['suspension/official']);
  });
});

describe('estimates', () => {
  it('hedges an estimated figure, in English and Chinese', () => {
    expect(certainties('Analysts estimate Nvidia holds 300,000 H200 chips in inventory', '')).toEqual(['supply/hedged']);
    expect(certainties('机构估计英伟达H200库存约30万颗', '')).toEqual(['supply/hedged']);
  });
});

describe('a headline crediting unnamed sources', () => {
  it('hedges the figure its body spells out', () => {
    expect(
      certainties(
        "Roughly 250,000 Chinese H200 orders remain on Nvidia's books, supply chain sources say",
        'About 250,000 Nvidia H200 chips ordered by Chinese customers remain formally open, according to Taiwanese board makers.',
      ),
    ).toEqual(['order/hedged']);
  });

  it('leaves the body of an official notice official', () => {
    expect(certainties('商务部关于H200芯片进口有关事项的公告', '商务部暂停腾讯进口英伟达H200芯片。')).toEqual(['suspension/official']);
  });
});

describe('citing sources', () => {
  it('hedges a delivery an outlet reports citing logistics sources', () => {
    expect(
      certainties(
        'First H200 servers land at Tencent data centre, about 8,000 chips',
        'About 8,000 Nvidia H200 chips have arrived at a Tencent data centre in Qingyuan, the outlet reported, citing logistics sources.',
      ),
    ).toEqual(['delivery/hedged']);
  });
});

describe("a company's own word about an authority's decision", () => {
  it('reports, not officially, a statement whose speaker follows it', () => {
    expect(
      certainties(
        'Tencent says Beijing has suspended its H200 import licence',
        'In a statement on Monday, Tencent said the commerce ministry had suspended its licence to import Nvidia H200 chips pending a review.',
      ),
    ).toEqual(['suspension/reported']);
  });

  it("keeps the ministry's own statement official", () => {
    expect(
      certainties(
        'China suspends Tencent H200 import licence',
        'In a statement on Monday, the commerce ministry said it had suspended the licence Tencent held to import Nvidia H200 chips.',
      ),
    ).toEqual(['suspension/official']);
  });

  it('reports a notice headed by a company name that carries its city in brackets', () => {
    expect(
      certainties('星河数据（杭州）股份有限公司关于芯片进口批复被撤销的公告', '公司于近日收到商务部通知，商务部决定撤销公司英伟达H200芯片进口批复。'),
    ).toEqual(['revocation/reported']);
  });
});
