/**
 * The firms still waiting, told however their wait is put ("still waiting on a ruling", "still awaits a decision", "still
 * in line at the commerce ministry", "still waiting", "waiting their turn"), are the pending request told beside the group's
 * approval. Goods awaited ("still waiting for its first chips", "orders still waiting to be filled") are no request.
 */
import { describe, expect, it } from 'vitest';
import { extractCandidates } from '../../../../src/sources/extract/index.js';
import { withWaitingToldOn28January } from './state.js';
import { toldOfUsExport } from './candidates-helpers.js';

const state = withWaitingToldOn28January();
const read = (title: string, summary: string) =>
  extractCandidates({ title, summary, publishedAt: '2026-01-28T16:00:00Z' }, state).candidates.map(
    (c) => `${c.kind} ${c.holders.map((h) => h.value).join(',')}`,
  );
const TITLE = 'Beijing lets ByteDance, Alibaba and Tencent import over 400,000 Nvidia H200s, report says';

describe('the waiting firms, however their wait is put', () => {
  it('tells the pending request again beside the group’s approval', () => {
    for (const wait of [
      'while other Chinese applicants are still waiting on a ruling',
      'while a queue of other companies still awaits a decision',
      'while other applicants are still in line at the commerce ministry',
    ])
      expect(read(TITLE, `Beijing has let the three groups bring in more than 400,000 H200s between them, people briefed said, ${wait}.`)).toEqual([
        'restatement bytedance,alibaba,tencent',
        'restatement other-cn-firms',
      ]);
  });

  it('reads goods awaited as no request', () => {
    expect(
      toldOfUsExport(
        'Nvidia says China H200 deliveries top 300,000, backlog above 500,000',
        'Nvidia said it had delivered more than 300,000 H200 chips to licensed customers in China, and that orders from the country still waiting to be filled exceeded 500,000 units.',
      ),
    ).toEqual(['delivery/reported -', 'order/reported -']);
  });
});
