/**
 * A permission named as lacking to describe a party ("an affiliate that lacked approval", 流向未获批准的最终用户) is no
 * decision; 已经商务部点头 is a grant; and what follows a since-clause (自上月获批以来，…收到) is told now.
 */
import { describe, expect, it } from 'vitest';
import { extractCandidates } from '../../../../src/sources/extract/index.js';
import { withUsExport } from './state.js';

const state = withUsExport();
const facts = (title: string, summary = '') =>
  extractCandidates({ title, summary, publishedAt: '2026-02-18T10:00:00Z' }, state).candidates.map(
    (c) => `${c.kind}/${c.certainty}${c.quantity ? ` ${c.quantity.role}:${c.quantity.value}` : ''}`,
  );

describe('unapproved parties, colloquial approvals and since-clauses', () => {
  it('reads no grant in chips moved to an affiliate that lacked approval', () => {
    expect(
      facts(
        'China suspends Qingchuan Cloud’s licence to import Nvidia H200s - sources',
        'The ministry has suspended a permit that allowed Qingchuan Cloud to import Nvidia H200 chips, people familiar said, after some chips were moved to an affiliate that lacked approval.',
      ),
    ).toEqual(['suspension/hedged']);
  });

  it('reads no grant in end users who were not approved', () => {
    expect(
      facts('路透：美国商务部暂停英伟达三份对华H200出口许可', '据路透社援引知情人士报道，美国商务部因担心芯片流向未获批准的最终用户，已暂停英伟达三份许可证。'),
    ).toEqual(['suspension/hedged licence_count:3']);
  });

  it('reads a request the ministry nodded through as granted', () => {
    expect(
      facts('青川果业H200进口申请获商务部放行', '知情人士透露，青川果业进口约300颗英伟达H200芯片的申请已经商务部点头。').map((f) => f.split(' ')[0]),
    ).toEqual(['grant/hedged']);
  });

  it('reads deliveries told after a since-clause as news', () => {
    expect(facts('外媒：阿里巴巴已收到逾3万颗英伟达H200芯片', '自上月获批以来，阿里巴巴陆续收到的英伟达H200已超过3万颗。')).toEqual([
      'delivery/hedged delivery:30000',
    ]);
  });
});
