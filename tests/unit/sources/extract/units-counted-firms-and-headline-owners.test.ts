/**
 * Who an event is about when coverage names a unit, a description or a count instead of the firm: a headline's opening
 * firm owning the unit it names, a unit "of" or "for" a firm, a firm's unit told winning a permit, an official finding
 * naming the firm behind "a firm", firms counted with an aside or a floor, and firms a rule will bind.
 */
import { describe, expect, it } from 'vitest';
import { extractCandidates } from '../../../../src/sources/extract/index.js';
import { told } from './candidates-helpers.js';
import { withGroup, withWaiting } from './state.js';

/** Kind, certainty, holders (ids) and the figure of each candidate, read against the waiting firms' record. */
function readWaiting(title: string, summary?: string): string[] {
  return extractCandidates({ title, ...(summary ? { summary } : {}) }, withWaiting()).candidates.map(
    (c) => `${c.kind}/${c.certainty} [${c.holders.map((h) => h.value).join(',')}]${c.quantity ? ` ${c.quantity.qualifier}:${c.quantity.value}` : ''}`,
  );
}

describe('a unit and the firm it belongs to', () => {
  it('gives a unit the headline names without a parent to the firm the headline opens with', () => {
    expect(told('青川果业拟建智算中心 子公司已就H200进口提出申请')).toEqual(['application/hedged 青川果业']);
    expect(told('青川果业跨界算力有新进展？知情人士称其子公司获批进口约500颗H200')).toEqual(['grant/hedged 青川果业']);
  });
  it('keeps a request whose outcome a headline calls uncertain after a space', () => {
    expect(told('青川果业：子公司已递交H200进口申请 结果存在不确定性')).toEqual(['application/reported 青川果业']);
  });
  it('reads a firm before its stake-held or computing unit and the item', () => {
    expect(told('青川果业参股公司H200进口申请据悉未获通过')).toEqual(['denial/hedged 青川果业']);
    expect(told('青川果业算力平台H200进口申请据悉未获通过')).toEqual(['denial/hedged 青川果业']);
  });
  it('reads a permission withdrawn "for" or frozen "of" a firm’s unit as the firm’s', () => {
    expect(told('China withdraws H200 import nod for Qingchuan Fruit unit - sources')).toEqual(['revocation/hedged Qingchuan Fruit']);
    expect(told("China freezes H200 import licence of Qing'an Orchard Group unit - sources")).toEqual(["suspension/hedged Qing'an Orchard Group"]);
  });
  it('reads a firm whose unit the body tells winning approval when the headline only describes it', () => {
    expect(
      told(
        "A Fruit Grower's Computing Arm Is Cleared for 500 H200s",
        "Qingchuan Fruit's computing subsidiary has won Chinese approval to import 500 Nvidia H200s.",
      ),
    ).toEqual(['grant/reported Qingchuan Fruit']);
  });
  it('gives "a firm" an official finding names to that firm', () => {
    const { candidates } = extractCandidates(
      { title: '商务部证实暂停一家企业H200进口许可', summary: '商务部新闻发言人表示，经核查，青川果业下属算力公司存在转租算力的情况，已依法暂停其许可。' },
      withWaiting(),
    );
    expect(candidates.map((c) => `${c.kind}/${c.certainty} ${c.holders.map((h) => h.words).join('+')}`)).toEqual(['suspension/official 青川果业']);
  });
  it('reads a trade before the name and a headline space before the verb', () => {
    expect(told('医药通路商青川果业 传获批进口至多500颗H200').map((c) => c.replace(/\/\w+/, ''))).toEqual(['grant 青川果业']);
  });
});

describe('firms counted, and the firms a rule binds', () => {
  it('counts firms with an aside before their verb, or a floor (不低于)', () => {
    expect(
      readWaiting(
        'H200 import queue grows',
        'More than 25 Chinese companies, from fruit growers to carmakers, have filed requests with the commerce ministry to import Nvidia H200 chips, people said.',
      ),
    ).toEqual(['application/hedged [other-cn-firms] over:25']);
    expect(readWaiting('第三轮H200进口申请企业不低于20家')).toEqual(['application/reported [other-cn-firms] at_least:20']);
  });
  it('reads requests 批出 as granted, and goods shipped in batches as no grant', () => {
    expect(readWaiting('商务部：第三批共7家企业H200进口申请已批出')).toEqual(['grant/official [other-cn-firms]']);
    expect(readWaiting('供应链：腾讯向英伟达追加约3万颗H200订单 节后分批出货').map((c) => c.split('/')[0])).toEqual(['order']);
  });
  it('reads a refusal that counts nothing as deciding the requests its sentence counts', () => {
    expect(readWaiting('商务部：4家企业H200进口申请不符合条件 不予许可', '经审查，有4家企业提交的H200芯片进口申请不符合要求，决定不予许可。')).toEqual([
      'denial/official [other-cn-firms]',
    ]);
  });
  it('reads terms for newly approved importers or the next batch of applicants as the waiting firms’', () => {
    expect(readWaiting('商务部拟要求新获批H200进口企业承诺算力不对外出租').map((c) => c.replace(/\/\w+/, ''))).toEqual(['condition_proposed [other-cn-firms]']);
    expect(
      readWaiting('商务部：第三批申请企业须承诺进口芯片不作出租用途', '发言人表示，尚在审核中的H200进口申请，企业须书面承诺不得对外出租算力。').map((c) =>
        c.replace(/\/\w+/, ''),
      ),
    ).toEqual(['condition_proposed [other-cn-firms]']);
  });
  it('leaves the firms a quota is held with out of a member’s request', () => {
    const { candidates } = extractCandidates(
      {
        title: 'Tencent asks for more H200s',
        summary: 'Tencent has asked the commerce ministry to enlarge its share of the H200 quota it holds with ByteDance and Alibaba.',
      },
      withGroup(),
    );
    expect(candidates.map((c) => `${c.kind} ${c.holders.map((h) => h.value).join(',')}`)).toEqual(['application tencent']);
  });
  it('reads a ministry refuting a report as denying it', () => {
    expect(readWaiting('商务部驳斥撤销三大互联网企业H200许可之说').map((c) => c.split(' ')[0])).toEqual(['revocation/denied']);
  });
});
