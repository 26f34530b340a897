/**
 * Requests a requirement would bind (后续H200进口申请或须附…) are its topic: the terms are proposed for the firms still
 * waiting, and 后续 ("later") names no firm. Floating to keep the chips somewhere proposes a term.
 */
import { describe, expect, it } from 'vitest';
import { briefs } from './candidates-helpers.js';

describe('terms for later requests', () => {
  it('reads 后续…申请或须附报告 as a proposal for the firms still waiting, with no request of its own', () => {
    expect(briefs('知情人士：后续H200进口申请或须附第三方算力用途评估报告')).toEqual(['condition_proposed/hedged mofcom [other-cn-firms] h200']);
  });

  it('reads "floats keeping" as a proposal', () => {
    expect(
      briefs(
        'Beijing Floats Keeping Imported H200s Inside Registered Server Halls',
        'Officials are weighing a rule that would keep every imported H200 inside data centres registered with the ministry, people familiar said.',
      ),
    ).toEqual(['condition_proposed/hedged mofcom [] h200']);
  });
});
