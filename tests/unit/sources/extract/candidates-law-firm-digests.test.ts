/**
 * A law-firm digest's "United States:" jurisdiction tag over a note on the H200 rule, or a headline on "what exporters
 * need", retells the US licensing; the same tag over an act ("BIS Suspends…") is news of the act. Washington
 * "reaffirming" its terms retells them, whatever it calls the suspensions. Also: 撤销…一说不实 denies the claim; "the
 * first approval" named as what a firm holds grants nothing; "chemical building blocks" block nothing.
 */
import { describe, expect, it } from 'vitest';
import { extractCandidates } from '../../../../src/sources/extract/index.js';
import { withGroup, withUsExport } from './state.js';

const facts = (state: ReturnType<typeof withGroup>, title: string, summary = '') =>
  extractCandidates({ title, summary }, state).candidates.map((c) => `${c.kind}/${c.certainty} ${c.retells ?? ''}`.trim());

describe('law-firm digests and other retellings', () => {
  it('reads a digest tagged "United States:" on exporting under the policy as the US licensing told again', () => {
    expect(
      facts(
        withUsExport(),
        "United States: Shipping Nvidia H200s To China Under BIS's Case-By-Case Policy",
        'Exporters applying for licences must show adequate US supply, keep China volumes under half of US sales and arrange third-party testing in the United States.',
      ),
    ).toEqual(['restatement/reported us-export']);
  });

  it('reads "What Exporters Need Under" the review as a guide to the rule', () => {
    expect(
      facts(
        withUsExport(),
        'Sending H200s To China: What Exporters Need Under The BIS Case-By-Case Review',
        'Exporters seeking licences for Nvidia H200 shipments to China must show adequate domestic supply and screen end users, the trade team writes.',
      ),
    ).toEqual(['restatement/reported us-export']);
  });

  it('still reads the act under a jurisdiction tag', () => {
    expect(
      facts(
        withUsExport(),
        'United States: BIS Suspends Two Nvidia H200 Export Licences To China',
        'The Bureau of Industry and Security suspended two licences on Monday.',
      ).map((f) => f.split(' ')[0]),
    ).toEqual(['suspension/reported']);
  });

  it('reads Commerce reaffirming its terms as an official retelling, not the suspensions it characterises', () => {
    expect(
      facts(
        withUsExport(),
        'US Commerce reaffirms China H200 licence terms, calls suspensions isolated',
        'A Commerce Department spokesperson said the conditions on Nvidia H200 licences for China are unchanged and that recent suspensions concerned individual buyers.',
      ),
    ).toEqual(['restatement/official us-export']);
  });

  it('reads 撤销…一说不实 as the revocation denied', () => {
    expect(facts(withGroup(), '商务部：撤销腾讯H200进口许可一说不实').map((f) => f.split(' ')[0])).toEqual(['revocation/denied']);
  });

  it('reads no grant in "its portion of the first approval" beside a request', () => {
    expect(
      facts(
        withGroup(),
        'Tencent asks Beijing for permission to import more Nvidia H200s - sources',
        'Tencent is seeking the commerce ministry’s approval for more H200 chips beyond its portion of the first approval, two people said.',
      ).map((f) => f.split(' ')[0]),
    ).toEqual(['application/hedged']);
  });

  it('reads no refusal in a supplier of chemical building blocks', () => {
    expect(
      extractCandidates(
        {
          title: 'Qingchuan Cloud wins Beijing’s approval to import up to 200 Nvidia H200s, sources say',
          summary: 'Qingchuan Cloud, a supplier of chemical building blocks, has received clearance to bring in up to 200 H200 chips, two people said.',
        },
        withGroup(),
      ).candidates.map((c) => c.kind),
    ).toEqual(['grant']);
  });
});
