/**
 * Beijing's decision on firms it counts without naming is about the firms still waiting: "rejects some H200 applicants",
 * "half a dozen Chinese firms rejected", 撤销一家企业…许可. "The two companies" and "the three firms" point back at firms
 * already named, and a grant to "a firm" (已批准一家企业进口) is still a new holder's.
 */
import { describe, expect, it } from 'vitest';
import { briefs, told } from './candidates-helpers.js';

describe('unnamed firms counted in Beijing’s decisions', () => {
  it('reads a refusal of some applicants, or of a counted number of firms, as one on the waiting firms', () => {
    expect(briefs('China Rejects Some H200 Applicants That Missed the Paperwork Deadline')).toEqual(['denial/reported mofcom [other-cn-firms] h200']);
    expect(briefs('Half a dozen Chinese firms reportedly rejected for Nvidia H200 imports')).toEqual(['denial/hedged mofcom [other-cn-firms] h200']);
    expect(briefs('China rejects six firms’ H200 import applications')).toEqual(['denial/reported mofcom [other-cn-firms] h200']);
  });

  it('reads a permission taken from “a firm” as one of the waiting firms’, counted as one', () => {
    expect(briefs('商务部撤销一家企业H200进口许可 称其擅自转租算力')).toEqual(['revocation/reported mofcom [other-cn-firms] h200 licence_count:exact:1']);
  });

  it('keeps a firm described by its place or trade, and a grant to one firm, as a new holder', () => {
    expect(told('成都一家企业H200进口许可被暂停')[0]).toMatch(/^suspension\/reported 成都一家企业$/);
    expect(briefs('商务部：已批准一家企业进口3000颗H200')[0]).not.toContain('other-cn-firms');
  });

  it('does not count firms the item points back to', () => {
    expect(
      briefs(
        'Qingchuan Fruit and Tencent ask Beijing to enlarge their H200 allowance',
        'The two companies filed requests this week to raise the ceiling on the H200s they may bring in.',
      ).join(' '),
    ).not.toContain('other-cn-firms');
  });
});
