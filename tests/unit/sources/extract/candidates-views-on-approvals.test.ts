/**
 * A firm's view of the approvals is no approval told: "X's view:" heads opinion, and "China's H200
 * approvals cap Nvidia's upside" or "Beijing's approvals and its push … mean" make the approvals the
 * topic of a claim.
 */
import { describe, expect, it } from 'vitest';
import { read } from './candidates-helpers.js';

const kinds = (title: string, summary?: string) => read(title, summary).candidates.map((c) => c.kind);

describe('views on the approvals', () => {
  it('reads "X\u2019s view:" as opinion', () => {
    const x = read("Jefferies's view: Beijing's H200 nods mark a turning point for Nvidia");
    expect(x.candidates).toEqual([]);
    expect(x.notes.join(' ')).toContain('opinion');
  });

  it('reads approvals capping the upside as the topic of a claim, not a grant', () => {
    expect(kinds("China's H200 approvals cap Nvidia's upside, analysts argue")).toEqual([]);
  });

  it('reads approvals and a second subject that "mean" something as no grant', () => {
    expect(kinds("Beijing's H200 approvals and its slow customs checks mean Nvidia's China sales may disappoint, a broker wrote")).not.toContain('grant');
  });
});
