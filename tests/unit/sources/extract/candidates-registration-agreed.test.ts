/**
 * A holder agreeing to, undertaking or finishing the registration a rule asks for (serial numbers, sites)
 * agrees to a condition; a draft that would require it only proposes one.
 */
import { describe, expect, it } from 'vitest';
import { extractCandidates } from '../../../../src/sources/extract/index.js';
import { brief } from './candidates-helpers.js';
import { withGroup } from './state.js';

// The group approval tracked, as the terms being registered under are its terms.
const state = withGroup();
const kinds = (title: string, summary: string) => extractCandidates({ title, summary }, state).candidates.map((c) => brief(c).split(' ')[0]);

describe('registration agreed', () => {
  it('reads a holder that agreed to register its chips as a condition agreed', () => {
    expect(
      kinds(
        'Tencent Said to Sign Up for Serial-Number Registry of Its H200s',
        'Tencent has agreed to register the serial number and site of every Nvidia H200 it imported, as draft rules from the commerce ministry would require, people familiar with the matter said.',
      ),
    ).toContain('condition_agreed/hedged');
  });

  it('reads an undertaking to register in a filing as a condition agreed', () => {
    expect(
      kinds(
        'ALIBABA GROUP HOLDING LIMITED - VOLUNTARY ANNOUNCEMENT - REGISTRATION OF IMPORTED CHIPS',
        'The Board announces that the Group has given the Ministry of Commerce of the PRC an undertaking to register the serial number of every NVIDIA H200 chip it has imported, in line with the draft measures on imported computing chips published in May.',
      ).map((k) => k?.split('/')[0]),
    ).toEqual(['condition_agreed']);
  });

  it('reads a holder that finished registering as a condition agreed', () => {
    expect(
      kinds(
        'ByteDance Logs Every H200 Serial Number With Beijing',
        "ByteDance has finished registering the serial number of each Nvidia H200 it imported with China's commerce ministry, two people said.",
      ).map((k) => k?.split('/')[0]),
    ).toEqual(['condition_agreed']);
  });
});
