/**
 * 商务部未批准公司…申请 refuses the request named after it; 申请已撤回 withdraws it; re-screening customers is a KYC term;
 * "every approved Chinese buyer" names which buyers, it approves no one; and the exporter agreeing to re-screen Chinese
 * customers agrees to a term of its own US licensing.
 */
import { describe, expect, it } from 'vitest';
import { extractCandidates } from '../../../../src/sources/extract/index.js';
import { told } from './candidates-helpers.js';
import { withUsExport } from './state.js';

const state = withUsExport();
const us = (title: string, summary = '') =>
  extractCandidates({ title, summary }, state).candidates.map(
    (c) => `${c.kind}/${c.certainty} ${c.authority?.value ?? '-'} [${c.holders.map((h) => h.value).join(',')}]`,
  );

describe('refusals, withdrawals and screening', () => {
  it('reads 未批准 before the request it names as a refusal', () => {
    expect(told('青川果业：商务部未批准公司英伟达H200进口申请', '青川果业在互动易回复投资者称，公司已接到商务部通知，后续研发将继续依托国产算力。')).toEqual([
      'denial/reported 青川果业',
    ]);
  });

  it('reads a request said to be withdrawn as withdrawn', () => {
    expect(told('青川果业：H200进口申请已主动撤回 算力转用国产方案')).toEqual(['revocation/reported 青川果业']);
    expect(told('青川果业：H200进口申请已由公司撤回 改租云端算力')).toEqual(['revocation/reported 青川果业']);
  });

  it('reads Washington weighing quarterly re-screening of approved buyers as a proposal, not a grant', () => {
    expect(
      us(
        'US weighs making Nvidia recertify Chinese H200 buyers every quarter - sources',
        'The Commerce Department is considering a requirement that Nvidia re-screen every approved Chinese H200 customer once a quarter, two people briefed on the talks said.',
      ),
    ).toEqual(['condition_proposed/hedged bis [nvidia]']);
  });

  it('reads Nvidia agreeing to re-screen Chinese customers as a term of its US licensing', () => {
    // (No authority named: the exporter's own licensing, not Beijing's.)
    expect(us('Nvidia agrees to quarterly re-screening of Chinese H200 customers')).toEqual(['condition_agreed/reported - [nvidia]']);
  });
});
