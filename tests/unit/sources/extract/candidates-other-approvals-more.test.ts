/**
 * Approvals of something else told beside the chips: a project whose chips "still need their own
 * import request" (芯片进口仍需另行申请), other chips "not covered by the import permits that apply to
 * the H200", a model approved to go online (获批上线) that was trained on H200s. And old news: an
 * article republished (旧文重发, 本文首刊于…现原样重发), a request told as "earlier this month" (本月早些时候).
 */
import { describe, expect, it } from 'vitest';
import { read } from './candidates-helpers.js';

describe('another approval beside the chips', () => {
  it.each([
    ['国家数据局批复星河云H200智算中心项目', '国家数据局近日批复星河云建设部署英伟达H200服务器的智算中心项目；批复针对的是项目建设，芯片进口仍需另行申请。'],
    [
      'Kestrel Auto locks in Nvidia chip supply for its next cockpit platform',
      "Kestrel Auto has signed an agreement to buy Nvidia's DRIVE Thor processors. The chips reach carmakers through suppliers and are not covered by the import permits that apply to Nvidia's H200 data-center parts, the company said.",
    ],
    ['星河新一代大模型获批上线 训练集群用上英伟达H200', '国家网信办公布新一批完成备案的生成式人工智能服务，星河大模型在列。该模型在英伟达H200集群上训练完成。'],
  ])('reads no event from "%s"', (title, summary) => {
    expect(read(title, summary).candidates).toEqual([]);
  });
});

describe('old news told again', () => {
  it('reads a republished article as a restatement', () => {
    expect(
      read(
        '旧文重发｜三家企业拿到H200进口许可的那一天',
        '编者按：本文首刊于2026年1月29日，现原样重发。知情人士表示，商务部已放行字节跳动、阿里巴巴和腾讯进口H200芯片。',
      ).candidates.map((c) => c.kind),
    ).toEqual(['restatement']);
  });

  it('reads a request told as earlier this month as old news', () => {
    const kinds = read(
      '商务部裁定继续征收反倾销税',
      '该案由浙江星河化工股份有限公司提出复审申请。本月早些时候，星河化工被报道已就进口英伟达H200芯片报批。',
    ).candidates.map((c) => c.kind);
    expect(kinds).not.toContain('application');
  });
});
