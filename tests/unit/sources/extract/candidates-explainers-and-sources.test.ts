/**
 * Words that look like news and are not: a headline explaining the US rule to those it binds ("What Exporters Need
 * to Know") retells the licensing; "the presumption of denial" names a policy and denies nothing; "none of" denies the
 * verb it is the subject of ("none of its licences has been revoked"), not the noun after it; a country that only
 * names who tells the news (台湾供应链人士) places no deal there; chips 可供出货 are stock; 券商观点 is opinion; a headline
 * giving the story "by the numbers" tells it again; a law firm's client alert or an essay tracing the US rule retells it, unless it argues.
 */
import { describe, expect, it } from 'vitest';
import { extractCandidates } from '../../../../src/sources/extract/index.js';
import { brief } from './candidates-helpers.js';
import { withUsExport } from './state.js';

const state = withUsExport();
const read = (title: string, summary = '') => extractCandidates({ title, summary }, state).candidates;
const briefs = (title: string, summary = '') => read(title, summary).map(brief);

describe('a headline explaining the US rule', () => {
  it('reads it as the licensing told again, whatever terms its body spells out', () => {
    const found = read(
      'Commerce rule on H200 sales to China: what chip exporters need to know',
      'The rule replaces the presumption of denial for licence applications covering Nvidia H200 chips bound for China with case-by-case review. Exporters must show US customers are supplied and have chips tested by a third party.',
    );
    expect(found.map((c) => `${c.kind} ${c.retells ?? ''}`)).toEqual(['restatement us-export']);
  });

  it('reads FAQs or a "what exporters must document" headline on the class of chips as the licensing told again', () => {
    for (const [title, summary] of [
      [
        'BIS publishes FAQs on advanced computing licence conditions for China',
        "The Bureau of Industry and Security answered exporters' questions on the volume cap and third-party testing that its January rule sets for chips such as Nvidia's H200 bound for China.",
      ],
      [
        'Advanced AI chip exports to China under the new rule: what exporters must document',
        'Exporters of chips such as Nvidia’s H200 to China must show that US buyers are supplied first, under the BIS rule.',
      ],
    ] as const)
      expect(read(title, summary).map((c) => `${c.kind} ${c.retells ?? ''}`)).toEqual(['restatement us-export']);
  });

  it('reads a law firm’s client alert, a compliance checklist or "what BIS expects" as the licensing told again', () => {
    for (const [title, summary] of [
      [
        'Client alert: selling H200s into China under the January BIS revision',
        'Our note takes exporters through case-by-case licence review for advanced computing chips bound for China: a volume cap, testing in the United States and customer screening.',
      ],
      [
        'Shipping Nvidia H200s to Chinese buyers: a compliance checklist under the BIS case-by-case rule',
        'What a licence application must show: sufficient US supply, a cap on China volumes and independent testing.',
      ],
      [
        'Three months into the H200 rule: what BIS expects from exporters',
        'Licence applications to ship Nvidia H200 chips to China are reviewed case by case, subject to a volume cap.',
      ],
    ] as const)
      expect(read(title, summary).map((c) => `${c.kind} ${c.retells ?? ''}`)).toEqual(['restatement us-export']);
  });

  it('reads an essay tracing the US rule as the licensing told again, and one that argues as a view', () => {
    expect(
      read(
        'How Washington still vets every Nvidia H200 shipped to China',
        'Years after the Commerce Department began weighing each licence application case by case, its January rule still sets the terms for every sale to China.',
      ).map((c) => `${c.kind} ${c.retells ?? ''}`),
    ).toEqual(['restatement us-export']);
    expect(
      read(
        'Why the volume cap still shapes Nvidia’s China business',
        'The January rule lets Nvidia sell H200 chips to Chinese buyers under licence, case by case, as long as China volumes stay under half of US shipments.',
      ).map((c) => `${c.kind} ${c.retells ?? ''}`),
    ).toEqual(['restatement us-export']);
    expect(
      read(
        'How Washington still lets Nvidia sell H200s to China',
        'A former trade official argues the case-by-case licences under the January rule should be tied to concessions from China.',
      ),
    ).toEqual([]);
    expect(
      read('Is Washington still getting anything for the H200 licences?', 'Licences under the January rule let Nvidia sell to China case by case.'),
    ).toEqual([]);
  });

  it('leaves an explainer of China’s approval to China’s record', () => {
    const found = read(
      "Explainer: China's H200 nod for ByteDance, Alibaba and Tencent",
      'Beijing approved the three firms to buy more than 400,000 Nvidia H200 chips in January. Washington separately licenses exports under its January rule.',
    );
    expect(found.some((c) => c.retells === 'us-export')).toBe(false);
  });

  it('reads a "by the numbers" headline as the records told again', () => {
    expect(
      read(
        "Beijing's H200 nod, by the numbers",
        'ByteDance, Alibaba and Tencent may now import upwards of 400,000 H200s between them. Chinese buyers have placed orders for north of 2 million.',
      ).map((c) => c.kind),
    ).toEqual(['restatement', 'restatement']);
  });

  it('does not read the presumption of denial as a denial of anything', () => {
    expect(
      read('US drops presumption of denial for Nvidia H200 licence applications from China').some((c) => c.certainty === 'denied' || c.kind === 'denial'),
    ).toBe(false);
  });

  it('does not take a "Case-by-Case Review:" headline for a product review', () => {
    expect(read('BIS shifts H200 exports to China to case-by-case review: what exporters need to know').length).toBe(1);
  });
});

describe('"none of"', () => {
  it('denies the revocation it is the subject of', () => {
    expect(briefs('Nvidia says none of its H200 export licences for China has been revoked')).toEqual(['revocation/denied bis [nvidia] h200']);
  });

  it('does not deny the approval it is said of', () => {
    expect(briefs('Tencent says none of its H200 import approval has been suspended').every((b) => b.startsWith('suspension/denied'))).toBe(true);
  });
});

describe('who tells the news, and stock', () => {
  it('reads stock told by Taiwanese supply-chain sources as stock', () => {
    expect(
      briefs('供应链人士：英伟达H200库存约60万颗', '集微网从多位台湾供应链人士处了解到，英伟达目前可供出货的H200芯片库存约为60万颗。').map(
        (b) => b.split(' ')[0],
      ),
    ).toEqual(['supply/hedged']);
  });

  it('reads a broker view headline as opinion', () => {
    expect(read('券商观点：H200放量节奏取决于审批与国产芯片配比', '某证券研报认为，H200到货节奏取决于商务部审批进度以及配比要求。')).toEqual([]);
  });
});
