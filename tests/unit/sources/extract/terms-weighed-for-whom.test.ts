/**
 * Terms weighed without a term word of their own ("weighs making Nvidia certify…", 或需每季度汇报) are proposals; those
 * weighed for the firms still to be decided ("Second-wave H200 importers", "Later H200 applicants") bind the waiting
 * firms; "would have to" said of demand proposes nothing.
 */
import { describe, expect, it } from 'vitest';
import { briefs } from './candidates-helpers.js';

describe('terms weighed, and for whom', () => {
  it('reads "weighs making Nvidia certify" as a US proposal for the exporter', () => {
    expect(briefs('US weighs making Nvidia certify China-bound H200s cannot be reached remotely, sources say')).toEqual([
      'condition_proposed/hedged bis [nvidia] h200',
    ]);
  });

  it('reads 或需 as a proposal', () => {
    expect(briefs('消息称H200获批企业或需每季度向商务部汇报芯片用途')).toEqual(['condition_proposed/hedged mofcom [] h200']);
  });

  it.each([
    ['Second-wave H200 importers may have to match each chip with domestic accelerators'],
    ['Later H200 applicants may be told to keep their chips inside state computing hubs, sources say'],
  ])('reads "%s" as terms for the firms still waiting', (title) => {
    expect(briefs(title)).toEqual([expect.stringMatching(/^condition_proposed\/hedged (?:mofcom|-) \[other-cn-firms\] h200$/)]);
  });

  it('reads no proposal in demand that "would have to" be met from stock', () => {
    expect(briefs('Nvidia CFO says H200 stock has dwindled to under 30,000 units', 'New Chinese demand would have to be met from what is left.')).toEqual([
      'supply/reported - [nvidia] h200 inventory:under:30000',
    ]);
  });
});
