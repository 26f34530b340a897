/**
 * A quota resized: a holder's share cut or set to a figure is a grant of that allocation; the part not yet
 * delivered, named to say what was handed back, is no delivery told as missing, and its negation is not the
 * quota's; part of a quota taken back resizes it, while the whole quota taken back undoes the approval.
 */
import { describe, expect, it } from 'vitest';
import { extractCandidates } from '../../../../src/sources/extract/index.js';
import { brief, briefs } from './candidates-helpers.js';
import { withGroup } from './state.js';

// With the group approval tracked, a holder's figure is its allocation of the group quota.
const group = withGroup();
const grouped = (title: string, summary: string) => extractCandidates({ title, summary }, group).candidates.map(brief);

describe('a quota resized', () => {
  it('reads a cut to one holder’s allotment as a grant of its allocation', () => {
    expect(
      grouped(
        "China cuts Tencent's H200 allotment to about 80,000 -sources",
        "China's commerce ministry has cut Tencent's allotment under the shared Nvidia H200 import quota to about 80,000 chips, two people said.",
      ),
    ).toEqual(['grant/hedged mofcom [tencent] h200 allocation:about:80000@tencent']);
  });

  it('reads a share set to a figure after the change as a grant of its allocation', () => {
    expect(grouped('阿里巴巴H200份额调整后为120000颗', '阿里巴巴名下的英伟达H200份额调整后为120000颗。')).toEqual([
      'grant/reported - [alibaba] h200 allocation:exact:120000@alibaba',
    ]);
  });

  it('reads quota not yet delivered, handed back, as no delivery and no denied grant', () => {
    const read = briefs('字节跳动和腾讯交回未到货H200额度', '字节跳动和腾讯已将尚未到货的英伟达H200额度交还商务部，合用额度降至约36万颗。');
    expect(read.filter((b) => b.startsWith('delivery') || b.includes('/denied'))).toEqual([]);
    expect(read).toContain('grant/reported mofcom [bytedance,tencent] h200 quota:about:360000');
  });

  it('reads English volume that had not arrived as no delivery', () => {
    expect(
      briefs(
        'Tencent returns H200 quota volume that had not arrived',
        'Tencent has handed back Nvidia H200 import volume that had not arrived by the deadline, the company said.',
      ).filter((b) => b.startsWith('delivery')),
    ).toEqual([]);
  });

  it('reads idle quota taken back as no revocation', () => {
    expect(
      briefs('商务部：字节跳动和腾讯H200闲置额度收回', '商务部决定，字节跳动和腾讯的英伟达H200闲置额度按季收回。').filter((b) => b.startsWith('revocation')),
    ).toEqual([]);
  });

  it('reads the whole quota of a firm taken back as a revocation', () => {
    expect(briefs('商务部收回腾讯H200额度', '商务部决定收回腾讯的英伟达H200芯片进口额度。')).toEqual(['revocation/reported mofcom [tencent] h200']);
  });
});
