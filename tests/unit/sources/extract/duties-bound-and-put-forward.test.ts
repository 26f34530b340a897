/**
 * A condition verb whose complement is a duty of any sort (duty-clause.ts): a firm binding itself ("agreed to keep",
 * 已同意在…) is a condition agreed, an authority putting one forward ("proposes that …", "mulls barring …") a condition
 * proposed, though no condition word names the duty.
 */
import { describe, expect, it } from 'vitest';
import { kinds } from './candidates-helpers.js';

describe('duties bound and put forward', () => {
  it('reads a firm agreeing to a duty no condition word names as a condition agreed', () => {
    expect(
      kinds(
        'Nvidia agrees to photograph every H200 crate bound for Chinese clients',
        'Nvidia has agreed with the Commerce Department to photograph each crate of H200s before it leaves for a Chinese customer, a spokesperson said.',
      ),
    ).toEqual(['condition_agreed']);
    expect(kinds('腾讯据悉同意H200机房每月接受一次消防巡查', '知情人士称，腾讯已同意其H200机房每月接受一次消防巡查，巡查记录留存备查。')).toEqual([
      'condition_agreed',
    ]);
  });

  it('reads an authority proposing a duty in a that-clause as a condition proposed', () => {
    expect(
      kinds(
        'Commerce proposes fortnightly freight manifests for China-bound H200s',
        'Commerce Department officials have proposed that Nvidia file a freight manifest every two weeks for the H200s it sends to Chinese customers, two people said.',
      ),
    ).toEqual(['condition_proposed']);
  });

  it('still reads an agreement to buy chips as an order, not terms', () => {
    expect(kinds('Zenthar Robotics agrees to buy about 3,400 Nvidia H200 chips')).not.toContain('condition_agreed');
  });

  it('still reads a refusal over a proposed sale as a denial, not terms proposed', () => {
    expect(
      kinds(
        'US refuses Nvidia licence for a proposed H200 sale to a Chinese lab',
        "Officials refused to license Nvidia's proposed H200 sale to the lab, sources said.",
      ),
    ).not.toContain('condition_proposed');
  });

  it('still reads a pledge given as a revocation reason as a revocation only', () => {
    expect(kinds('未兑现算力自用承诺 鸿图数据H200进口许可据悉被撤')).not.toContain('condition_agreed');
  });
});
