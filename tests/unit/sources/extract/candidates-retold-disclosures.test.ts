/**
 * A headline about a firm's other business, and a body retelling what the firm disclosed earlier about its
 * chips (本月早些时候还披露…, 本月刚公告称…): the disclosure is background, and the headline's own permission
 * (to export used cars, to import ham) is not a decision on the chips.
 */
import { describe, expect, it } from 'vitest';
import { read } from './candidates-helpers.js';

const kinds = (title: string, summary: string) => read(title, summary).candidates.map((c) => c.kind);

describe("a firm's earlier chip disclosure retold beside its other news", () => {
  it('reads the earlier disclosure as background and the headline permission as no chip decision', () => {
    expect(
      kinds(
        '青川车市取得二手车出口资质 首批车辆发往中亚',
        '青川车市近日获得商务部等部门同意，可以开展二手车出口业务。青川车市本月早些时候还披露，其子公司获商务部许可进口128颗英伟达H200芯片。',
      ),
    ).toEqual([]);
  });

  it('reads a refusal the firm announced earlier this month as background', () => {
    expect(
      kinds('青川食品获准进口西班牙火腿 首批货物四月到港', '公司由此获准进口火腿并在国内销售。公司本月刚公告称，引进英伟达H200芯片的申请未获商务部许可。'),
    ).toEqual([]);
  });

  it('still reads the same disclosure as news under a headline about the chips', () => {
    expect(kinds('青川车市子公司获准进口128颗英伟达H200', '青川车市本月早些时候披露，其子公司获商务部许可进口128颗英伟达H200芯片。')).toEqual(['grant']);
  });

  it('reads no firm named 旗下子 out of 旗下子公司', () => {
    const e = read('青川航空获民航局颁发运营合格证', '青川航空本月初确认，旗下子公司申请引进英伟达H200芯片一事尚待商务部审批。');
    expect(e.candidates.flatMap((c) => c.holders.map((h) => h.words))).not.toContain('旗下子');
  });
});

describe('old news recalled under a headline about something else', () => {
  it('reads nothing from a background recall under a headline naming neither the item nor a filing', () => {
    const e = read(
      'Beijing approves Boeing jet imports for two carriers',
      'The approval comes a year after Beijing approved ByteDance, Alibaba and Tencent to buy Nvidia H200 chips.',
    );
    expect(e.candidates).toEqual([]);
    expect(e.notes.join(' ')).toMatch(/background/u);
  });

  it('keeps the recall when the headline is a look back', () => {
    expect(
      kinds('回顾：字节、阿里、腾讯如何拿到第一张进口批文', '2026年1月，商务部批准字节跳动、阿里巴巴和腾讯进口英伟达H200芯片，合计逾40万颗。'),
    ).not.toEqual([]);
  });
});
