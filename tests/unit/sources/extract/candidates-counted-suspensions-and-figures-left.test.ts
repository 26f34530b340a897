/**
 * A suspension counted by the firms it stops with the goods named between (两家企业擅改进口H200芯片用途 许可被暂停), a
 * preposition that is no firm (在对获准…企业开展的抽查中), a figure the stock fell from at the month's start (由月初约
 * 60万颗), and a count "left" as stock ("With Roughly 420,000 Left").
 */
import { describe, expect, it } from 'vitest';
import { briefs } from './candidates-helpers.js';

describe('a suspension counted by the firms it stops', () => {
  it('reads two firms’ suspension as the waiting firms’, two licences, with H200 named between', () => {
    expect(
      briefs('商务部：两家企业擅改进口H200芯片用途 许可被暂停', '商务部新闻发言人通报，在对获准进口H200芯片企业开展的抽查中，发现两家企业擅自改变芯片用途。'),
    ).toEqual(['suspension/official mofcom [other-cn-firms] h200 licence_count:exact:2']);
  });
});

describe('figures', () => {
  it('drops the figure the stock fell from at the month’s start (由月初约60万颗)', () => {
    expect(briefs('外资行估计英伟达可供中国客户的H200存货降至约55万颗', '报告估计，英伟达H200成品存货已由月初约六十万颗减至大约五十五万颗。')).toEqual([
      expect.stringMatching(/^supply\/\w+ .* inventory:about:550000$/),
    ]);
  });

  it('reads a count “left” as stock beside a count shipped', () => {
    expect(briefs('Nvidia Says It Shipped About 280,000 H200s to China, With Roughly 420,000 Left')).toEqual([
      expect.stringMatching(/^delivery\/\w+ .* delivery:about:280000$/),
      expect.stringMatching(/^supply\/\w+ .* inventory:about:420000$/),
    ]);
  });
});
