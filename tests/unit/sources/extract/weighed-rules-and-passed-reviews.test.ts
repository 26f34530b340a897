/**
 * A rule or requirement an authority is weighing is a condition proposed ("is debating a rule under which", "mulls barring",
 * "weighs clawing back"), also beside when it would take effect; a request that passed review (申请过审, 约30家中企…过审) is a
 * grant; a cap raised ("raised the combined number of chips they may import to") is a grant with its figure; and a firm is
 * named where it answers its investors (青川果业答投资者：…), says so itself (青川果业称…), or plans to bring the chips in
 * (青川果业拟引进…) before its request is told.
 */
import { describe, expect, it } from 'vitest';
import { briefs, holders } from './candidates-helpers.js';

describe('rules weighed', () => {
  it('reads a rule the ministry is debating as a condition proposed on the three giants', () => {
    expect(
      briefs(
        'China weighs letting unused H200 quota lapse for its tech giants, sources say',
        'Commerce ministry officials are debating a rule under which any part of the H200 allowance that ByteDance, Alibaba and Tencent leave idle for a year would go back into the pool, people familiar with the talks said.',
      ),
    ).toEqual(['condition_proposed/hedged mofcom [bytedance,alibaba,tencent] h200']);
  });

  it('reads "mulls barring" the big three as a condition proposed', () => {
    expect(briefs('Beijing mulls barring ByteDance, Alibaba and Tencent from renting imported H200s to foreign clients, sources say')).toEqual([
      'condition_proposed/hedged mofcom [bytedance,alibaba,tencent] h200',
    ]);
  });

  it('reads a requirement still considered as proposed although the item says when it would take effect', () => {
    expect(
      briefs(
        'China considers making H200 importers keep chips in western data hubs',
        "China's commerce ministry is considering a requirement that companies cleared to import Nvidia's H200 install the chips only in western data hubs, people familiar with the matter said. It could take effect next quarter.",
      ).map((b) => b.split(' ')[0]),
    ).toEqual(['condition_proposed/hedged']);
  });

  it('reads a rule considered for new importers as a condition proposed on the waiting firms', () => {
    expect(briefs('China considers a two-for-one domestic chip rule for new H200 importers')[0]).toMatch(/^condition_proposed\/\w+ mofcom \[other-cn-firms\]/);
  });
});

describe('reviews passed and caps raised', () => {
  it('reads a request that passed review as a grant, hedged where it is 据悉', () => {
    expect(briefs('青川果业H200进口申请据悉过审').map((b) => b.replace(/\[zh-\w+\]/u, '[firm]'))).toEqual(['grant/hedged mofcom [firm] h200']);
    expect(holders('青川果业H200进口申请过审 获批约30颗')).toEqual(['青川果业']);
  });

  it('reads about thirty more firms whose requests passed review as the waiting firms, counted', () => {
    expect(briefs('路透：又有约30家中企H200进口申请据悉过审')).toEqual(['grant/hedged mofcom [other-cn-firms] h200 licence_count:about:30']);
  });

  it('reads a cap raised to a new figure as a grant with that quota', () => {
    expect(
      briefs(
        'China widens ByteDance, Alibaba, Tencent H200 allowance, sources say',
        "China's commerce ministry has raised the combined number of Nvidia H200 chips ByteDance, Alibaba and Tencent may import to roughly 600,000, two people with knowledge of the matter said.",
      ),
    ).toEqual(['grant/hedged mofcom [bytedance,alibaba,tencent] h200 quota:about:600000']);
  });
});

describe('firms named where they speak of their own request', () => {
  it('names a firm answering its investors', () => {
    expect(holders('青川果业答投资者：为果园病虫害模型申请进口少量H200芯片')).toEqual(['青川果业']);
  });

  it('names a firm saying its papers are with the ministry, but not an outlet saying so', () => {
    expect(holders('青川果业称H200进口申请已交商务部')).toEqual(['青川果业']);
    expect(holders('财新称H200进口申请已交商务部')).toEqual([]);
  });

  it('names a firm that plans to bring the chips in and has filed', () => {
    expect(holders('青川果业拟引进英伟达H200芯片 申请已递交商务主管部门')).toEqual(['青川果业']);
  });
});
