/**
 * Goods "taken in" are delivered ("Has Taken In About 40,000", "has taken delivery of"); a count "had taken in … by the
 * end of September, according to people at its suppliers" is a tally up to then, not background; and terms said to be
 * unchanged (附加条件不变) are proposed by no one.
 */
import { describe, expect, it } from 'vitest';
import { extractCandidates } from '../../../../src/sources/extract/index.js';
import { briefs } from './candidates-helpers.js';
import { withGroup } from './state.js';

describe('goods taken in, and terms said to stand', () => {
  it('reads "Has Taken In About 40,000" as a delivery to the buyer', () => {
    expect(briefs("Tencent's Cloud Unit Has Taken In About 40,000 Nvidia H200s, People Familiar Say")).toEqual([
      'delivery/hedged - [tencent] h200 delivery:about:40000',
    ]);
  });

  it('reads "has taken delivery of" as a delivery', () => {
    expect(briefs('Alibaba has taken delivery of roughly 25,000 Nvidia H200 chips')).toEqual(['delivery/reported - [alibaba] h200 delivery:about:25000']);
  });

  it('reads a sourced count that "had taken delivery of" chips by the end of a recent month as news, not a restatement', () => {
    const kinds = extractCandidates(
      {
        title: "Tencent Cloud's Nvidia H200 Count Nears 90,000, Suppliers Say",
        summary: 'Tencent Cloud had taken delivery of roughly 90,000 H200 chips by the end of September, according to people at two of its server suppliers.',
        publishedAt: '2026-10-05T08:00:00Z',
      },
      withGroup(),
    ).candidates.map((c) => c.kind);
    expect(kinds).toEqual(['delivery']);
  });

  it('reads 附加条件不变 as the approval told again, not a condition proposed', () => {
    const kinds = extractCandidates(
      {
        title: '商务部：三大平台H200进口许可继续有效 附加条件不变',
        summary: '商务部新闻发言人在发布会上回答提问时说，字节跳动、阿里巴巴、腾讯所持H200进口许可继续有效，所附条件也没有改变。',
      },
      withGroup(),
    ).candidates.map((c) => `${c.kind}/${c.certainty}`);
    expect(kinds).toEqual(['restatement/official']);
  });
});
