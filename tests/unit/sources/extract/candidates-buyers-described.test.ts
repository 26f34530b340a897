/**
 * Approvals that describe the buyers of goods on the move ("customers that hold … import approvals", 收货企业已取得
 * 相关进口许可) and goods said to clear customs are deliveries, not grants; "no" opening a compound ("a no-resale
 * pledge") names a term and negates nothing; a project's delivery (项目交付) and chips named by their arrival (部分到货芯片)
 * are no delivery.
 */
import { describe, expect, it } from 'vitest';
import { briefs, read } from './candidates-helpers.js';

const kinds = (title: string, summary?: string) => briefs(title, summary).map((b) => b.split(' ')[0]);

describe('buyers described by the approvals they hold', () => {
  it('reads shipments to customers that hold approvals as a delivery only', () => {
    expect(
      kinds(
        'Nvidia says first H200 shipments have left for Chinese customers',
        'The chips are headed to customers in China that hold both US export licences and Chinese import approvals, a spokesperson said.',
      ),
    ).toEqual(['delivery/reported']);
  });

  it('reads customs releasing chips to a consignee holding a licence as a delivery only', () => {
    expect(kinds('青川海关：口岸验放2048颗进口英伟达H200', '青川海关近日顺利验放一批英伟达H200，共计2048颗，收货企业已取得相关进口许可。')).toEqual([
      'delivery/reported',
    ]);
  });

  it('reads chips said to clear customs as arriving, not as cleared by an authority', () => {
    expect(
      kinds('First Nvidia H200s said to clear Chinese customs in Qingchuan', 'About 2,000 H200 chips have cleared customs, people familiar said.'),
    ).not.toContain('grant/hedged');
  });
});

describe('"no" opening a compound', () => {
  it('names a term and negates nothing ("on a no-resale pledge")', () => {
    expect(
      read(
        'China clears Qingchuan Cloud to import H200s on a no-resale pledge - sources',
        'The commerce ministry has approved Qingchuan Cloud’s application to import Nvidia H200 chips, people familiar said.',
      ).candidates.map((c) => c.certainty),
    ).not.toContain('denied');
  });
});

describe('deliveries that are not of the goods', () => {
  it('reads a project’s delivery to clients, or chips named by their arrival, as no delivery', () => {
    expect(
      kinds('青川果业回应：H200进口申请确未获批', '青川果业确认，公司已收到商务部不予许可的决定，后续大模型训练将转向国产加速卡，相关调整不影响在手项目交付。'),
    ).toEqual(['denial/reported']);
    expect(
      kinds(
        '知情人士：青川果业H200进口许可被暂停',
        '接近监管的人士称，商务部日前暂停了青川果业进口英伟达H200的许可，起因是公司涉嫌把部分到货芯片以算力租赁形式提供给第三方。',
      ),
    ).toEqual(['suspension/hedged']);
  });
});

describe('goods named by their approval', () => {
  it.each([
    ['青川果业：获批进口的英伟达H200已陆续到货 数量约500颗', '青川果业回复投资者称，公司获准进口的H200芯片已陆续到货，数量约500颗。'],
    [
      'Qingchuan Cloud takes delivery of its first Nvidia H200s',
      'Qingchuan Cloud has received about 500 Nvidia H200 chips, its first batch under Beijing’s import approval, people involved said.',
    ],
  ])('reads "%s" as the delivery alone', (title, summary) => {
    expect(kinds(title, summary).map((k) => k?.split('/')[0])).toEqual(['delivery']);
  });
});
