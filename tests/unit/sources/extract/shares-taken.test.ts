/**
 * A share someone takes ("Alibaba gets the biggest slice of China's H200 quota") is that holder's grant, and a body
 * giving the figure beside the whole group ("allotted 150,000 under the quota granted to it, ByteDance and Tencent") is
 * the same telling: the member's allocation. A slice nobody takes is still no grant, and a headline's "Biggest Slice of
 * China" is no firm.
 */
import { describe, expect, it } from 'vitest';
import { briefs } from './candidates-helpers.js';

describe('shares taken', () => {
  it('reads a share a firm gets or wins as its grant', () => {
    expect(briefs('Alibaba gets the biggest slice of China’s H200 import quota')).toEqual(['grant/reported mofcom [alibaba] h200']);
    expect(briefs('Tencent Wins a Larger Share of China’s H200 Quota')).toEqual(['grant/reported mofcom [tencent] h200']);
  });

  it('reads a headline’s capitals on the share as no firm', () => {
    expect(briefs('Alibaba Gets the Biggest Slice of China’s H200 Quota')).toEqual(['grant/reported mofcom [alibaba] h200']);
  });

  it('reads the body’s figure beside the whole group as the member’s allocation', () => {
    expect(
      briefs(
        'Alibaba gets the biggest slice of China’s H200 quota',
        'Alibaba has been allotted 150,000 of the H200s under the import quota China granted to it, ByteDance and Tencent, the company said.',
      ),
    ).toEqual(['grant/reported mofcom [alibaba] h200 allocation:exact:150000@alibaba']);
  });

  it('reads a slice nobody takes as no grant', () => {
    expect(briefs('Who will get the biggest slice of China’s H200 quota? Analysts weigh in').filter((b) => b.startsWith('grant'))).toEqual([]);
  });
});
