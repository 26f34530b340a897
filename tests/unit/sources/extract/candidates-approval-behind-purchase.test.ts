/**
 * The approval behind a purchase: an order or a delivery by a holder of the tracked approval, told with that
 * approval as where the chips come from ("would count against the quota Beijing granted it", 在其已获批的额度之内),
 * is the purchase alone. A further approval told beside it, or a holder no approval on record covers, stays a grant.
 */
import { describe, expect, it } from 'vitest';
import { extractCandidates } from '../../../../src/sources/extract/index.js';
import { seedState, withGroup } from './state.js';

const kinds = (title: string, summary: string, state = withGroup()) =>
  extractCandidates({ title, summary }, state).candidates.map((c) => `${c.kind} ${c.holders.map((h) => h.value).join(',')}`);

describe('the approval behind a purchase', () => {
  it('reads an order placed against the quota already granted as the order alone', () => {
    expect(
      kinds(
        'Alibaba books 40,000 more Nvidia H200 chips',
        'Alibaba has ordered 40,000 additional Nvidia H200 chips, the company said. The chips come out of the import quota Beijing granted Alibaba in January.',
      ),
    ).toEqual(['order alibaba']);
  });

  it('reads a delivery under the approval told in Chinese as the delivery alone', () => {
    expect(kinds('腾讯首批约2万颗H200到货', '腾讯近日收到约2万颗英伟达H200芯片，均在其已获批的进口额度内。')).toEqual(['delivery tencent']);
  });

  it('keeps a further approval told beside the order', () => {
    expect(
      kinds(
        'Alibaba said to book 40,000 more Nvidia H200 chips',
        'Alibaba has ordered 40,000 additional Nvidia H200 chips, people familiar said, after Beijing approved a further batch of imports for Alibaba.',
      ),
    ).toEqual(expect.arrayContaining(['grant alibaba']));
  });

  it('keeps the grant when no approval on record covers the buyer', () => {
    expect(
      kinds(
        'Alibaba books 40,000 more Nvidia H200 chips',
        'Alibaba has ordered 40,000 additional Nvidia H200 chips, the company said. The chips come out of the import quota Beijing granted Alibaba in January.',
        seedState(),
      ),
    ).toEqual(expect.arrayContaining(['grant alibaba']));
  });

  it('drops the approval on record named as what came before the purchase ("after Beijing\'s sign-off", 获批后)', () => {
    expect(
      kinds("Alibaba orders more Nvidia H200s after Beijing's sign-off", 'Alibaba has placed a further order with Nvidia, people familiar said.'),
    ).not.toContain('grant alibaba');
    expect(kinds('阿里巴巴获批后向英伟达追加H200订单', '知情人士称，阿里巴巴已向英伟达追加订单。')).not.toContain('grant alibaba');
  });
});
