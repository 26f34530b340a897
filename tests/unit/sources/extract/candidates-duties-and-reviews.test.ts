/**
 * A duty laid on whoever holds the permission (所有获准…的企业须…) is a condition, not a grant; firms
 * described as already approved beside other news are no grant either; a request that passed review
 * (申请已审核通过) is granted; a written undertaking on usage reports agrees to the term; and a word such
 * as 具体 is no firm's name.
 */
import { describe, expect, it } from 'vitest';
import { briefs, holders } from './candidates-helpers.js';

describe('duties on the holders, reviews passed, undertakings', () => {
  it('reads a duty on all approved firms as a proposed condition, not a grant', () => {
    expect(
      briefs(
        '商务部：凡获准进口H200芯片的企业均须每月报送芯片部署情况',
        '商务部新闻发言人宣布，所有获准进口英伟达H200芯片的企业须在每月结束后10日内，向商务部报送芯片部署地点。',
      ),
    ).toEqual(['condition_proposed/official mofcom [] h200']);
  });

  it('reads a hedged duty on approved firms with no firm named from a word such as 具体', () => {
    const title = '知情人士：获批企业或须逐季提交H200用途报告';
    const summary = '知情人士透露，商务部要求获批企业按季度报送H200芯片的部署地点。具体报送方式仍在商讨。';
    expect(briefs(title, summary)).toEqual(['condition_proposed/hedged mofcom [] h200']);
    expect(holders(title, summary)).toEqual(['']);
  });

  it('reads a request that passed review as granted', () => {
    expect(briefs('商务部：腾讯H200进口申请已审核通过', '商务部新闻发言人说，腾讯提交的英伟达H200进口申请已经审核通过。')).toEqual([
      'grant/official mofcom [tencent] h200',
    ]);
  });

  it('reads firms described as already approved, beside new applications, as no grant', () => {
    expect(
      briefs('商务部：另有多家企业提交H200进口申请', '商务部新闻发言人表示，除已获批的三家企业外，另有多家企业提交了英伟达H200进口申请，商务部正在审查。'),
    ).toEqual(['application/official mofcom [other-cn-firms] h200']);
  });

  it('reads a written undertaking on usage reports as the term agreed', () => {
    expect(briefs('商务部：字节跳动已就H200使用情况季报作出书面承诺', '商务部新闻发言人介绍，字节跳动已就英伟达H200芯片使用情况季报作出书面承诺。')).toEqual([
      'condition_agreed/reported mofcom [bytedance] h200',
    ]);
  });
});

describe('use limited to inference', () => {
  it('reads a push to keep the chips for inference only as a proposed condition', () => {
    expect(
      briefs(
        'Beijing is said to want Tencent to use its Nvidia H200s inference-only',
        'Officials have pressed Tencent to keep its H200 chips for serving AI products rather than training models, two people familiar with the talks said.',
      ),
    ).toEqual(['condition_proposed/hedged mofcom [tencent] h200']);
  });

  it('still reads an order bought for inference as an order', () => {
    expect(briefs('Tencent Cloud orders some 60,000 H200s for inference, people familiar say')).toEqual(['order/hedged - [tencent] h200 order:about:60000']);
  });
});

describe('a ban on serving others abroad', () => {
  it('reads 不得向境外…提供 as the holder’s duty, not a denial', () => {
    expect(
      briefs(
        '商务部：H200进口企业须作出最终用途承诺',
        '商务部新闻发言人表示，商务部审查H200进口申请时，要求企业作出书面承诺，芯片不得转售，也不得向境外客户提供算力服务。',
      ),
    ).toEqual(['condition_proposed/official mofcom [] h200']);
  });
});

describe('firms counted loosely', () => {
  it('reads "several firms" whose applications the ministry reviews as the firms waiting', () => {
    expect(briefs("China's commerce ministry says it is still reviewing several firms' H200 import applications")).toEqual([
      'application/official mofcom [other-cn-firms] h200',
    ]);
  });
});
