/**
 * A firm clarifying it neither applied nor was approved (未申请亦未获批) denies a grant; it was refused nothing. Approved firms
 * that may be required to report (获批企业未来或被要求…) are told a condition proposed; a second big order (再下H200大单) is
 * an order; an import qualification taken back (进口资格据悉被收回) is a revocation; "from Beijing" (自北京…) names no firm;
 * and "analysts argue" heads a view, not news. A trade may open with an acronym ("LED packager Qingchuan Fruit"); "about
 * 600,000 more than" is a change, not a figure; 未来 (the future) negates nothing, and a trigger's own 或 (或被要求) hedges it.
 */
import { describe, expect, it } from 'vitest';
import { read, told } from './candidates-helpers.js';

describe('clarifications and qualifications', () => {
  it('reads "neither applied nor approved" as a grant denied, not a refusal', () => {
    expect(told('青川果业澄清：未申请亦未获批进口H200芯片')).toEqual(['grant/denied 青川果业']);
  });

  it('still reads a request confirmed not approved as a refusal', () => {
    expect(told('青川果业：H200进口申请确未获批')).toEqual(['denial/reported 青川果业']);
  });

  it('reads approved firms that may be required to report as a condition proposed', () => {
    expect(told('H200进口获批企业未来或被要求每月上报芯片使用台账').map((t) => t.split(' ')[0])).toEqual(['condition_proposed/hedged']);
  });

  it('reads a second big order as an order', () => {
    expect(told('独家｜青川果业再下H200大单 规模或达2万颗').map((t) => t.split('/')[0])).toEqual(['order']);
  });

  it('reads an import qualification taken back as a revocation of the firm', () => {
    expect(told('青川果业H200进口资格据悉被收回')).toEqual(['revocation/hedged 青川果业']);
  });

  it('names no firm in "from Beijing"', () => {
    expect(
      told('彭博：內地企業H200訂單累計增至約300萬顆', '彭博引述知情人士報道，自北京首批批出進口許可後，內地科技企業持續追加H200訂單，累計規模約300萬顆。').map(
        (t) => t.split(' ')[1] ?? '',
      ),
    ).toEqual(['']);
  });

  it('reads "analysts argue" as a view', () => {
    expect(told('Domestic chipmakers gain little from H200 bundling rules, analysts argue')).toEqual([]);
  });
});

describe('trades, changes and the future', () => {
  it('names a firm whose trade opens with an acronym', () => {
    expect(told('China lets LED packager Qingchuan Fruit import about 60 Nvidia H200s -sources')).toEqual(['grant/hedged Qingchuan Fruit']);
  });

  it('reads "about 600,000 more than" as by how much a figure changed, not a second figure', () => {
    expect(
      read(
        'Report: Chinese H200 backlog swells toward 3 million units',
        'A tally by a Chinese newspaper puts outstanding orders for Nvidia’s H200 from Chinese companies at roughly 3 million, about 600,000 more than the number circulating at the end of January.',
      ).candidates.map((c) => c.quantity?.value),
    ).toEqual([3000000]);
  });

  it('reads 未来 as the future, not a negation, and 或被要求 as hedged', () => {
    expect(read('H200进口获批企业未来或被要求每月上报芯片使用台账').candidates.map((c) => c.certainty)).toEqual(['hedged']);
  });
});

describe('a company disclosing the ministry’s notice', () => {
  it('reads the ministry’s notice, as the company discloses it, as the company’s report', () => {
    expect(
      read(
        '青川果业：关于公司H200芯片进口许可暂停事项的提示性公告',
        '青川果业股份有限公司披露，商务部已书面通知暂停公司的H200芯片进口许可，待核查完成后另行决定。',
      ).candidates.map((c) => `${c.kind}/${c.certainty}`),
    ).toEqual(['suspension/reported']);
  });
});
