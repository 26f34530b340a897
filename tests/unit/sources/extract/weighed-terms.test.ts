import { describe, expect, it } from 'vitest';
import { extractCandidates } from '../../../../src/sources/extract/index.js';
import { withUsExport } from './state.js';

function kinds(title: string, summary = ''): string[] {
  return extractCandidates({ title, summary }, withUsExport()).candidates.map((c) => `${c.kind}/${c.certainty} ${c.authority?.value ?? '-'}`);
}

describe('terms an authority is weighing for its licences', () => {
  it('reads "weighs restricting licences to vetted end users" as terms proposed, not a grant', () => {
    expect(
      kinds(
        'Commerce Weighs Restricting H200 Licenses to Pre-Vetted Qingchuan End Users',
        'Commerce Department officials are discussing whether Nvidia should be allowed to ship H200s only to Chinese customers that first clear a validated end-user review, people involved in the talks said.',
      ),
    ).toEqual(['condition_proposed/hedged bis']);
  });

  it('reads licences made good for only twelve months as a term on their duration', () => {
    expect(
      kinds(
        'Commerce weighs making China H200 licences good for just 12 months',
        'Nvidia would have to reapply every year, two people briefed on the talks said.',
      ),
    ).toEqual(['condition_proposed/hedged bis']);
  });

  it('reads 酝酿要求 with a logging term as terms proposed', () => {
    expect(kinds('美媒：美商务部酝酿要求H200出口许可持有人逐颗登记序列号', '据披露的规则草案，获许可对华出口英伟达H200的企业须逐颗登记芯片序列号。')).toEqual([
      'condition_proposed/hedged bis',
    ]);
  });

  it('leaves a grant told with its terms a grant when the headline weighs nothing', () => {
    expect(kinds('US grants Nvidia H200 licences for China with end-user checks attached')).toEqual(['grant/reported bis']);
  });
});

describe('terms weighed, guards', () => {
  it("leaves alone an approval whose only authority is the buyers' nationality", () => {
    expect(
      kinds(
        "Commerce drafts a per-customer ceiling on Nvidia's China H200 licences",
        "Export officials are writing a cap on how many H200s any single Chinese end user could receive across all of Nvidia's licences, people briefed on the draft said.",
      ).some((k) => k.endsWith('mofcom')),
    ).toBe(false);
  });
});
