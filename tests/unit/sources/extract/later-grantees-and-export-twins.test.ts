/**
 * Terms weighed for the firms approved later are the waiting firms'; decisions on requests a ministry counts or calls
 * "some" are theirs too; a refusal told again of an export decision's Chinese buyers is that export decision; and a
 * firm is named before its stake-held platform, after a source's colon, or before a count of the item it won.
 */
import { describe, expect, it } from 'vitest';
import { extractCandidates } from '../../../../src/sources/extract/index.js';
import { kindsOfWaiting, told } from './candidates-helpers.js';
import { withUsExport } from './state.js';

describe('terms for firms approved later', () => {
  it('reads the firms a headline’s terms bind from the lede when they are approved later (后续获批企业)', () => {
    expect(kindsOfWaiting('进口H200须放进国家算力枢纽节点', '商务部就部署地点征求意见，后续获批企业的芯片须放在枢纽节点内的机房。')).toEqual([
      'condition_proposed other-cn-firms',
    ]);
  });
  it('reads 后续 after a proposal’s verb as naming later grantees, not a time after something', () => {
    expect(kindsOfWaiting('主管部门拟要求后续获批企业按季报送H200台账')).toEqual(['condition_proposed other-cn-firms']);
  });
  it('reads approved firms "from now on", the second batch of applicants and firms newly cleared as the waiting firms', () => {
    expect(kindsOfWaiting('H200进口获批企业未来或被要求按月报送台账')).toEqual(['condition_proposed other-cn-firms']);
    expect(kindsOfWaiting('传主管部门拟要求第三批H200申请者承诺搭配采购国产芯片')).toEqual(['condition_proposed other-cn-firms']);
    expect(
      kindsOfWaiting(
        'China weighs yearly audits for firms newly cleared to buy H200s, sources say',
        'Companies that win approval to import H200s after the first three platforms may have to file audits, two people said.',
      ),
    ).toEqual(['condition_proposed other-cn-firms']);
  });
});

describe('requests decided in a batch', () => {
  it('reads firms counted refused as the waiting firms, a headline’s later clause aside', () => {
    expect(kindsOfWaiting('商务部：7家企业H200进口申请未获许可 补齐材料后可再报')).toEqual(['denial other-cn-firms']);
  });
  it('reads "some" requests refused as the waiting firms’', () => {
    expect(kindsOfWaiting('商务部新闻发言人就部分H200进口申请未获批准答问')).toEqual(['denial other-cn-firms']);
  });
});

describe('an export decision told again of its buyers', () => {
  it('reads a refusal the body tells of an export decision’s Chinese buyers as that decision', () => {
    const { candidates } = extractCandidates(
      {
        title: 'Commerce turns down three Nvidia H200 requests over military links',
        summary: 'The department said the three applications named Chinese buyers with ties to weapons research and were refused under the review policy.',
      },
      withUsExport(),
    );
    expect(candidates.map((c) => `${c.kind} ${c.authority?.value}`)).toEqual(['denial bis']);
  });
});

describe('firms named in other shapes', () => {
  it('reads a firm before its stake-held platform, and after a source’s colon', () => {
    expect(told('消息指青川果业参股平台获批进口约60颗H200')).toEqual(['grant/hedged 青川果业']);
    expect(told('知情人士：青川果业子公司进口H200未能获批')).toEqual(['grant/denied 青川果业']);
  });
  it('reads a firm before a count of the item it won approval for', () => {
    expect(told('青川果业40颗H200进口获批')).toEqual(['grant/reported 青川果业']);
  });
});
