/**
 * A buyer that "lines up" chips orders them, unless they are its share "of the H200s Beijing approved"; a request
 * withdrawn after a long description (已撤回向商务部提出的…进口申请) is withdrawn; a firm saying it never submitted import
 * papers (未递交…进口材料) denies applying; "Purchase orders" opening a sentence name no firm; a review said to "ask"
 * something of exporters, and terms said to "stay the same", retell the US rule; a figure restated in one role does not
 * make a delivery of the same number a restatement.
 */
import { describe, expect, it } from 'vitest';
import { extractCandidates } from '../../../../src/sources/extract/index.js';
import { briefs, holders, told } from './candidates-helpers.js';
import { withUsExport } from './state.js';

describe('purchases lined up, requests withdrawn, papers never filed', () => {
  it('reads a buyer lining up chips as an order', () => {
    expect(briefs('Tencent Lines Up Roughly 120,000 Nvidia H200s for Its Hunyuan Models')).toEqual(['order/reported - [tencent] h200 order:about:120000']);
  });

  it('reads lining up a share of the approved chips as that share, not an order', () => {
    expect(briefs('Tencent Lines Up About 130,000 of the H200s Beijing Approved for Three Tech Groups').map((b) => b.split(' ')[0])).not.toContain(
      'order/reported',
    );
  });

  it('reads a withdrawal of a request described at length as a withdrawal', () => {
    expect(
      told(
        '青川果业：综合考虑项目进度 公司已撤回英伟达H200进口申请',
        '青川果业在互动平台表示，公司已撤回向商务部提出的英伟达H200芯片进口申请，相关研发改用云端算力。',
      ).map((t) => t.split(' ')[0]),
    ).toEqual(['revocation/reported']);
  });

  it('reads "Purchase orders" at the head of a sentence as no buyer', () => {
    expect(
      holders(
        'Chinese orders for Nvidia H200 swell to about 2.9 million, sources say',
        'Purchase orders placed by Chinese companies for Nvidia H200 chips now total about 2.9 million, two people said.',
      ),
    ).toEqual(['']);
  });
});

describe('the US rule told again', () => {
  const facts = (title: string, summary = '') =>
    extractCandidates({ title, summary }, withUsExport()).candidates.map((c) => `${c.kind}/${c.certainty} ${c.retells ?? ''}`.trim());

  it('reads "What BIS\'s Case-by-Case Review Asks of Exporters" as a guide to the rule', () => {
    expect(
      facts(
        "Sending H200s to China: What BIS's Case-by-Case Review Asks of Exporters",
        'Exporters applying for licences must show ample US supply and screen end users under the January rule.',
      ),
    ).toEqual(['restatement/reported us-export']);
  });

  it('reads licence terms said to "stay the same" as an official retelling', () => {
    expect(
      facts(
        'Commerce Says Terms of Remaining Nvidia China Licences Stay the Same',
        'A Commerce Department spokesperson said the conditions on Nvidia’s other H200 licences for China are unchanged after this week’s revocations.',
      ),
    ).toEqual(['restatement/official us-export']);
  });
});

describe('a figure in two roles', () => {
  it('keeps a delivery when a since-clause grant carries the same number', () => {
    expect(
      briefs(
        'Upward of 90,000 Nvidia H200s have been shipped into China, say people familiar',
        'More than 90,000 H200 processors have reached Chinese customers since Beijing started approving imports late last month, people familiar with the shipments said.',
      ).map((b) => b.split(' ')[0]),
    ).toContain('delivery/hedged');
  });
});
