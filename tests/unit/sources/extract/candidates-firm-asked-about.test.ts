/**
 * The firm a journalist asks the ministry about (问及X H200芯片进口一事, 就X英伟达芯片进口申请答记者问) is the
 * one the answer's "该公司" grants.
 */
import { describe, expect, it } from 'vitest';
import { told } from './candidates-helpers.js';

describe('the firm asked about', () => {
  it('gives the ministry’s grant to "该公司" to the firm asked about', () => {
    expect(
      told(
        '商务部新闻发言人就青川果业英伟达芯片进口申请答记者问',
        '有记者问及青川果业H200芯片进口一事。商务部新闻发言人答复称，经审查，商务部已同意该公司引进英伟达H200芯片共512颗。',
      ),
    ).toEqual(['grant/official 青川果业']);
  });
});
