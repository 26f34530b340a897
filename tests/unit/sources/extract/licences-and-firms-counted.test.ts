/**
 * Licences Washington counts out carry its rule's terms; firms counted when their rights are suspended ("rights of four
 * firms", 3家企业…许可暂停执行) or stripped ("strips three companies of … permits") are the waiting firms, with the count;
 * firms counted joining the queue, or by their applications, are waiting; firms named as what others are set apart from
 * (…之外的更多企业) are not those told; approvals named as a point in time ("after the second round of approvals") and a
 * resumption that must wait (合格后方可恢复进口) are no grants.
 */
import { describe, expect, it } from 'vitest';
import { briefs, grantsWithTerms } from './candidates-helpers.js';

describe('licences and firms counted', () => {
  it('reads licences Washington clears as carrying its rule’s terms', () => {
    expect(grantsWithTerms('US Said to Clear Roughly 15 More Nvidia H200 Licences for China Customers', '')).toEqual([true]);
  });

  it('still reads a Chinese grant without terms as plain', () => {
    expect(grantsWithTerms('Qingchuan Fruit wins approval to import 500 H200 chips', '')).toEqual([false]);
  });

  it('reads the suspended import rights of four firms as the waiting firms’, counted', () => {
    expect(briefs('China suspends H200 import rights of four firms pending site checks, ministry says')).toEqual([
      'suspension/official mofcom [other-cn-firms] h200 licence_count:exact:4',
    ]);
  });

  it('reads 3家企业…进口许可暂停执行 as the waiting firms’ suspension, counted, and the resumption that must wait as none', () => {
    expect(
      briefs('商务部：3家企业H200进口许可暂停执行 限期整改', '商务部新闻发言人表示，3家企业未按许可用途使用进口芯片，须在整改验收合格后方可恢复进口。'),
    ).toEqual(['suspension/official mofcom [other-cn-firms] h200 licence_count:exact:3']);
  });

  it('reads firms stripped of their permits as the waiting firms’ revocation, counted', () => {
    expect(briefs('China Said to Strip Two Companies of H200 Import Permits Over Resale')).toEqual([
      'revocation/hedged mofcom [other-cn-firms] h200 licence_count:exact:2',
    ]);
  });

  it('reads firms joining the queue, counted by their applications, as waiting', () => {
    expect(
      briefs(
        'More than 40 Chinese firms join queue for H200 import permits, sources say',
        'Applications from over 40 companies are now before the commerce ministry, most filed after the second round of approvals, two people said.',
      ),
    ).toEqual(['application/hedged mofcom [other-cn-firms] h200 licence_count:over:40']);
  });

  it('still reads applications a decision rejects as the decision’s', () => {
    expect(
      briefs(
        'China turns down H200 import requests from 12 companies, commerce ministry says',
        'The ministry said it had rejected applications from 12 firms.',
      ).map((b) => b.split('/')[0]),
    ).toEqual(['denial']);
  });

  it('reads firms set apart (…之外的) as not the firms told', () => {
    expect(briefs('除三家大厂外 还有一批企业在排队等H200进口批复', '据路透社报道，字节、阿里、腾讯之外的更多中国企业已递交申请，正在等待商务部审批。')).toEqual(
      ['application/reported mofcom [other-cn-firms] h200'],
    );
  });
});
