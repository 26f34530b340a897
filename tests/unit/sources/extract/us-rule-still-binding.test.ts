/**
 * Washington's rule told as one already made and still binding: named by the month it was made ("under the March rule"),
 * a term of it said to hold ("stays mandatory", "remains a condition of every licence"), or a headline naming one of its
 * standing terms ("the 50% volume cap") over such a body. Each retells the US licensing as it stands.
 */
import { describe, expect, it } from 'vitest';
import { toldOfUsExport } from './candidates-helpers.js';

describe('a term of the US rule said to still bind', () => {
  it('retells the licensing when an official names the rule by its month', () => {
    expect(
      toldOfUsExport(
        'Commerce aide says every China H200 application is judged on its own merits',
        'A deputy at the Commerce Department told an industry forum that each Nvidia request for Chinese customers is assessed individually under the March rule.',
      ),
    ).toEqual(['restatement/official bis us-export']);
  });

  it('retells the licensing when a term is said to stay mandatory', () => {
    expect(
      toldOfUsExport(
        'BIS official: independent US testing stays mandatory for China-bound H200s',
        'Speaking to a House panel, a Bureau of Industry and Security official said outside testing in America remains a condition of every H200 licence for Chinese buyers.',
      ),
    ).toEqual(['restatement/official bis us-export']);
  });

  it('retells the licensing under a headline naming the volume cap', () => {
    expect(
      toldOfUsExport(
        'Why the 50% volume cap limits Nvidia’s H200 business in China',
        'Under the September’s Commerce rule, China licences are reviewed case by case and China volumes may not exceed half of US sales.',
      ),
    ).toEqual(['restatement/reported bis us-export']);
  });

  it('reads an all-caps wire headline as naming China', () => {
    expect(toldOfUsExport('US COMMERCE DEPT SAYS H200 LICENCE TERMS FOR CHINA UNCHANGED')).toEqual(['restatement/reported bis us-export']);
  });
});

describe('still', () => {
  it('reads a licence issued under the rule as a grant, not a retelling', () => {
    expect(
      toldOfUsExport('Commerce grants Nvidia two more H200 licences for China', 'The licences were issued under the March rule, a spokesperson said.'),
    ).not.toContain('restatement/official bis us-export');
  });

  it('reads nothing from a cap headline whose body names no rule still binding', () => {
    expect(toldOfUsExport('Why a 50% volume cap matters for Nvidia’s H200 business in China', 'Analysts weigh the outlook for Nvidia in China.')).toEqual([]);
  });

  it('reads nothing from a month’s rule that is not Washington’s', () => {
    expect(
      toldOfUsExport('Nvidia H200 sales in China under the March rule', 'Beijing’s March rule asks local buyers to pair each H200 with a domestic chip.'),
    ).toEqual([]);
  });
});
