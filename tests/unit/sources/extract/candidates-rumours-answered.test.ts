/**
 * A rumour named to answer it: 针对…被驳回的传闻，公司称尚未收到…审查结论 denies the refusal the
 * rumour tells; a ruling or notice received is no delivery; 收到不予批准的通知 is no grant; the request
 * named as the ruling's topic (关于…申请的审查结论) is no new application.
 */
import { describe, expect, it } from 'vitest';
import { read, told } from './candidates-helpers.js';

describe('a rumour answered in the same sentence', () => {
  it('reads a rumoured refusal the firm answers with 尚未收到…审查结论 as a denied denial, and nothing else', () => {
    expect(
      told(
        '青川果业回复投资者：尚未收到商务部关于H200进口申请的审查结论',
        '针对H200进口申请被驳回的网络传闻，青川果业在深交所互动易回复称，公司尚未收到商务部对该申请的审查结论，请以公司公告为准。',
      ),
    ).toEqual(['denial/denied 青川果业']);
  });

  it('reads 至今没有收到不予批准的通知 as denying the refusal, not as a grant', () => {
    expect(told('青川果业：未收到不予批准通知', '针对有关青川果业H200进口申请被驳回的报道，公司答复称，公司至今没有收到不予批准的通知。')).toEqual([
      'denial/denied 青川果业',
    ]);
  });

  it('does not deny a rumoured refusal the firm confirms', () => {
    const refusals = read('青川果业回复投资者', '针对H200进口申请被驳回的市场传闻，青川果业回复称，公司已收到商务部不予批准的通知。').candidates.filter(
      (c) => c.kind === 'denial',
    );
    expect(refusals.map((c) => c.holders.map((h) => h.words).join('+'))).toEqual(['青川果业']);
    expect(refusals[0]?.certainty).not.toBe('denied');
  });
});
