/**
 * Draft rules and calls for comment propose terms (and speak of licence holders in general
 * without granting anything); agreeing to a pairing or signing up to a rule agrees terms; city
 * banks keep their city; brands of the tracked groups are the groups; customs statistics on all
 * integrated circuits are not H200 deliveries; a company heading its own news owns its order.
 */
import { describe, expect, it } from 'vitest';
import { briefs, read } from './candidates-helpers.js';

const kinds = (title: string, summary?: string): string[] => read(title, summary).candidates.map((c) => `${c.kind}/${c.certainty}`);

describe('draft rules', () => {
  it('reads a call for comments on a rule for licence holders as an official proposal, granting nothing', () => {
    expect(
      kinds(
        '商务部就H200芯片进口许可使用情况报告规定征求意见',
        '商务部起草了本规定，拟要求取得H200芯片进口许可的企业每季度报送芯片部署地点，未按期报送的将暂停受理其后续申请。',
      ),
    ).toEqual([expect.stringMatching(/^condition_proposed\//u)]);
  });

  it('reads "Drafts Rule Tying Each Import to Domestic Chips" as a hedged proposal when people familiar tell it', () => {
    expect(
      kinds(
        'China Drafts Rule Tying Each H200 Import to Three Domestic AI Chips',
        'The ministry is drafting a requirement that importers buy three local accelerators per chip, people familiar said, a stricter ratio than most approvals carry today.',
      ),
    ).toEqual(['condition_proposed/hedged']);
  });
});

describe('terms agreed', () => {
  it('reads accepting a pairing and signing up to a rule as terms agreed', () => {
    expect(briefs('Tencent accepts one-for-one domestic chip pairing on future H200 imports')).toEqual(['condition_agreed/reported mofcom [tencent] h200']);
    expect(briefs("Alibaba signs up to Beijing's monitoring-platform rule for its H200 fleet")).toEqual(['condition_agreed/reported - [alibaba] h200']);
  });
});

describe('names', () => {
  it('keeps the city of a city bank, so two banks are two holders', () => {
    const a = read('郑州银行获批进口H200').candidates[0]?.holders[0]?.value;
    const b = read('洛阳银行获批进口H200').candidates[0]?.holders[0]?.value;
    expect(a).toBeDefined();
    expect(a).not.toBe(b);
    expect(read('【外媒：郑州银行H200芯片进口许可据悉已被暂停】').candidates[0]?.holders.map((h) => h.words)).toEqual(['郑州银行']);
  });

  it("reads Amap and 高德地图 as Alibaba's", () => {
    expect(briefs('Amap Orders Roughly 9,000 Nvidia H200s for Mapping AI')).toEqual(['order/reported - [alibaba] h200 order:about:9000']);
  });

  it('reads the company heading its own news as the buyer of its unit and the holder before 首批', () => {
    expect(
      read('远航港务：子公司采购64台英伟达H200服务器', '公司全资子公司已与服务器厂商签订采购合同，采购64台英伟达H200服务器。').candidates.map((c) =>
        c.holders.map((h) => h.words),
      ),
    ).toEqual([['远航港务']]);
    expect(read('远航电力首批2048颗H200芯片运抵算力中心').candidates.map((c) => c.holders.map((h) => h.words))).toEqual([['远航电力']]);
  });
});

describe('customs statistics', () => {
  it('reads all integrated circuits imported as no H200 delivery', () => {
    expect(briefs('海关总署：前10个月我国集成电路进口约4500亿个', '海关统计口径未单列英伟达H200等高端GPU的数据。')).toEqual([]);
  });
});

describe("the ministry's tallies", () => {
  it('reads firms approved and firms refused in one tally as a grant and a denial', () => {
    expect(kinds('商务部：上半年共批准28家企业H200芯片进口申请 对9家依法不予许可')).toEqual(['grant/official', 'denial/official']);
  });

  it('keeps one refusal of a firm whose approval the item names as the refusal alone', () => {
    expect(kinds('商务部驳回远航智算H200进口申请').map((k) => k.split('/')[0])).toEqual(['denial']);
  });
});
