/**
 * The first approval told again with the waiting firms in a clause of their own ("while a line of smaller Chinese
 * applicants is still waiting to hear from the ministry", 其余企业的申请仍在排队) tells the pending request again, as sure as
 * the approval's telling, even with no request word the lexicon knows. An item with no telling of the approval adds none.
 */
import { describe, expect, it } from 'vitest';
import { extractCandidates } from '../../../../src/sources/extract/index.js';
import { withWaitingToldOn28January } from './state.js';

const state = withWaitingToldOn28January();
const read = (title: string, summary: string) =>
  extractCandidates({ title, summary, publishedAt: '2026-03-02T09:30:00Z' }, state).candidates.map(
    (c) => `${c.kind}/${c.certainty} ${c.holders.map((h) => h.value).join(',')}`,
  );

describe('the waiting firms told again beside the first approval', () => {
  it('tells the pending request again, however the wait is put', () => {
    expect(
      read(
        'Beijing lets its three tech giants buy more than 400,000 Nvidia H200s, people say',
        'Beijing has let ByteDance, Alibaba and Tencent buy more than 400,000 H200s between them, people who know of the decision say, while dozens of other Chinese companies were told to wait.',
      ),
    ).toEqual(['restatement/hedged bytedance,alibaba,tencent', 'restatement/hedged other-cn-firms']);
    expect(read('回看｜H200对华放行始末', '1月底，字节跳动、阿里巴巴、腾讯获准合计采购逾四十万颗H200。此后，其他企业的申请仍在排队等待。')).toEqual([
      'restatement/reported bytedance,alibaba,tencent',
      'restatement/reported other-cn-firms',
    ]);
  });

  it('never makes the waiting firms’ wait the first holders’ request', () => {
    expect(
      read(
        'Beijing lets its three tech giants buy more than 400,000 Nvidia H200s, people say',
        'Beijing has let ByteDance, Alibaba and Tencent buy more than 400,000 H200s between them, people say, while a line of smaller Chinese applicants is still waiting on word from the ministry.',
      ),
    ).toEqual(['restatement/hedged bytedance,alibaba,tencent', 'restatement/hedged other-cn-firms']);
  });

  it('adds nothing when the approval is not told', () => {
    expect(read('青川果业：H200进口申请仍在审批中', '其他企业的申请仍在排队等待。').some((x) => x.includes('other-cn-firms'))).toBe(false);
  });
});
