/**
 * An order or stock figure the ledger has held for days, told again on its own ("the backlog tops
 * 2 million"), or beside what the item already reads as old news, is the old figure retold. An order
 * total from a live story (its sources from the last two days) told again still counts as that story's.
 */
import { describe, expect, it } from 'vitest';
import { extractCandidates } from '../../../../src/sources/extract/index.js';
import type { LedgerState } from '../../../../src/core/model.js';
import { seedState, withHeldFigures } from './state.js';
import { kindsWithFigures } from './candidates-helpers.js';

const heldOrder = (publishedAt: string): LedgerState => withHeldFigures(seedState(), publishedAt);

describe('a held figure told alone', () => {
  const title = 'Qingchuan Daily: H200 backlog from Chinese buyers tops 2 million chips';
  const summary = 'Buyers in China have placed orders for more than two million H200 processors in aggregate, the paper said.';

  it('reads the order total the ledger has held for weeks as told again', () => {
    expect(kindsWithFigures(heldOrder('2026-01-10'), title, summary, '2026-02-12T08:00:00Z')).toEqual(['restatement order:2000000']);
  });

  it('keeps it an order within two days of the figure first reported, as part of that live story', () => {
    expect(kindsWithFigures(heldOrder('2026-02-11'), title, summary, '2026-02-12T08:00:00Z')).toEqual(['order order:2000000']);
  });

  it('keeps a figure the ledger does not hold an order', () => {
    expect(
      kindsWithFigures(
        heldOrder('2026-01-10'),
        'Qingchuan Daily: H200 backlog from Chinese buyers tops 2.6 million chips',
        'Buyers in China have placed orders for more than 2.6 million H200 processors in aggregate, the paper said.',
        '2026-02-12T08:00:00Z',
      ),
    ).toEqual(['order order:2600000']);
  });

  it('reads a held order total beside figures already read as old news as told again too', () => {
    const read = kindsWithFigures(
      heldOrder('2026-01-10'),
      '青川周刊：两百万颗订单对七十万颗存货 H200缺口仍在',
      '国内买家累计向英伟达订购的H200在200万颗以上，英伟达手上存货只有约70万颗。',
      '2026-02-26T08:00:00Z',
    );
    expect(read).toContain('restatement order:2000000');
    expect(read).not.toContain('order order:2000000');
  });
});

describe('a report called inaccurate', () => {
  it('reads 不准确 as a report faulted, not as a refusal (不准)', () => {
    const c = extractCandidates(
      {
        title: '青川股份：H200进口批复尚未下达',
        summary: '青川股份回应投资者称，公司的H200引进申请仍在审查中，截至目前没有收到商务部的批准文件，媒体关于获批的说法不准确。',
      },
      seedState(),
    ).candidates;
    expect(c.map((x) => `${x.kind}/${x.certainty}`)).toEqual(['grant/denied']);
  });
});
