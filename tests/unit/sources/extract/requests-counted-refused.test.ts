/**
 * Requests refused by count ("reject some 30 H200 import bids", "rebuff some 30 requests", 19件申请…不予许可)
 * are a refusal for the firms still waiting, counted in licences with the count's qualifier; a reason that was
 * untrue (因用途不实) denies no report; "a second wave of about 15 companies" counts the firms cleared.
 */
import { describe, expect, it } from 'vitest';
import { briefs } from './candidates-helpers.js';

describe('requests refused and firms cleared, by count', () => {
  it('reads "reject some 30 H200 import bids" as about 30 requests refused', () => {
    expect(briefs('China said to reject some 30 H200 import bids from Qingchuan crypto miners')).toEqual([
      'denial/hedged mofcom [other-cn-firms] h200 licence_count:about:30',
    ]);
  });

  it('reads "rebuff" as a refusal', () => {
    expect(briefs('Beijing is said to rebuff some 30 H200 requests from former crypto miners')).toEqual([
      'denial/hedged mofcom [other-cn-firms] h200 licence_count:about:30',
    ]);
  });

  it('reads 19件申请因用途不实不予许可 as 19 requests refused, officially', () => {
    expect(briefs('商务部：19件H200芯片进口申请因用途不实不予许可')).toEqual(['denial/official mofcom [other-cn-firms] h200 licence_count:exact:19']);
  });

  it('counts the firms of "a second wave of about 15 companies"', () => {
    expect(briefs('China clears a second wave of about 15 companies to import H200s, sources say')).toEqual([
      'grant/hedged mofcom [other-cn-firms] h200 licence_count:about:15',
    ]);
  });
});
