/**
 * A sentence that tells more of a report ("…, the report said", 报道还称) is as sure as the report, which
 * the item credited to unnamed sources first; a report credited to no one stays firm.
 */
import { describe, expect, it } from 'vitest';
import { read } from './candidates-helpers.js';

const orders = (title: string, summary: string) =>
  read(title, summary)
    .candidates.filter((c) => c.kind === 'order')
    .map((c) => `${c.kind}/${c.certainty}`);

describe('more of a report credited to sources', () => {
  it.each([
    [
      'Qingchuan Cloud wins approval for Nvidia H200 imports, Reuters reports',
      'China has cleared Qingchuan Cloud to import 300 Nvidia H200 chips, Reuters reported, citing people familiar with the matter. The company has also ordered 500 more H200s from a distributor, the report said.',
    ],
    ['路透：青川果业获准进口英伟达H200', '路透社援引知情人士报道，青川果业已获商务部批准进口300颗英伟达H200。报道还称，该公司已向经销商订购500颗H200。'],
  ])('reads the order told "by the report" in "%s" as hedged', (title, summary) => {
    expect(orders(title, summary)).toEqual(['order/hedged']);
  });

  it('keeps the order firm when the report names no unnamed source', () => {
    expect(
      orders(
        'Qingchuan Cloud wins approval for Nvidia H200 imports, Reuters reports',
        'China has cleared Qingchuan Cloud to import 300 Nvidia H200 chips, Reuters reported. The company has also ordered 500 more H200s from a distributor, the report said.',
      ),
    ).toEqual(['order/reported']);
  });
});
