/**
 * Near-misses that share the story's words: another country's permission, another regulator's
 * approval, a market named as a region, a recap under a year-end heading, a rumour called old
 * news, and a congressional panel pressing the department.
 */
import { describe, expect, it } from 'vitest';
import { briefs, read } from './candidates-helpers.js';

describe("another country's or regulator's permission", () => {
  it("reads a tracked firm winning another country's approval as no grant", () => {
    for (const title of [
      'Tencent Cloud wins Malaysia approval for H200 cluster in Johor',
      'Alibaba Cloud gets Japanese licence for H200 servers in Osaka',
      'ByteDance secures clearance from Singapore regulator for H200 data hall',
    ])
      expect(briefs(title), title).toEqual([]);
  });

  it("still reads Beijing's approval for the same firm", () => {
    expect(briefs('Tencent Cloud wins approval to import Nvidia H200 chips')).toEqual(['grant/reported mofcom [tencent] h200']);
  });

  it("reads the planning commission's approval of a computing hub as no grant", () => {
    expect(briefs('NDRC approves Guizhou computing hub expansion, citing H200 demand')).toEqual([]);
    expect(briefs('国家发改委批复贵州算力枢纽扩容方案 规划部署含H200在内的智算资源')).toEqual([]);
  });

  it('reads servers shipped to the Middle East as another market', () => {
    expect(briefs('廣達H200伺服器出貨中東 逾1萬顆GPU')).toEqual([]);
  });
});

describe('old news and legislators', () => {
  it('reads a year-end recap and a rumour called old news as restatements, raising nothing new', () => {
    for (const [title, summary] of [
      ['年度盘点｜H200进口这一年：从三家逾40万颗到名单扩容', '这一年，商务部陆续批准了更多企业的进口申请，获批名单从最初三家扩大到二十余家。'],
      [
        '网传“H200进口被叫停”系一年前旧闻 业内：不代表最新政策',
        '近日社交平台流传一张截图，称商务部已叫停H200进口。经核实，该消息系去年一则旧闻，近期并无新的政策调整。',
      ],
    ] as const) {
      const kinds = read(title, summary).candidates.map((c) => c.kind);
      expect(
        kinds.every((k) => k === 'restatement'),
        `${title}: ${kinds.join()}`,
      ).toBe(true);
    }
  });

  it('reads a House panel pressing Commerce on licences as no event', () => {
    expect(
      briefs(
        'House panel presses Commerce on Nvidia H200 licences for China',
        'Lawmakers asked the department to say how many H200 licence applications Nvidia had filed since the January rule.',
      ),
    ).toEqual([]);
  });
});

describe('questions and chip makers', () => {
  it('reads a Chinese headline that asks as opinion', () => {
    const x = read('H200进口许可，会不会变成下一张“牌照”？', '有观点认为，获批企业或将被要求承担更多义务。');
    expect(x.candidates).toEqual([]);
    expect(x.notes.join(' ')).toMatch(/opinion or analysis/);
  });
});
