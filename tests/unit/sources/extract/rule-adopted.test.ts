/**
 * A rule adopted (商务部发布《…办法》…起施行, "…; Final Rule") tells the terms every licence of the item now
 * carries: one condition agreed on the authority's tracked licensing, told officially. A draft, or a wire
 * story that a rule was finalised, is not such a notice.
 */
import { describe, expect, it } from 'vitest';
import { extractCandidates } from '../../../../src/sources/extract/index.js';
import { brief } from './candidates-helpers.js';
import { withUsExport } from './state.js';

const state = withUsExport();
const read = (title: string, summary: string) => extractCandidates({ title, summary }, state).candidates.map(brief);

describe('a rule adopted', () => {
  it('reads a Chinese rule issued in force as one condition agreed on the import licensing', () => {
    expect(
      read(
        '商务部发布《进口高性能计算芯片转租管理规定》 9月1日起施行',
        '商务部10日发布《进口高性能计算芯片转租管理规定》，自9月1日起施行。规定要求，经许可进口的英伟达H200等芯片不得转租，转让须事先经商务部同意，违反的撤销许可。',
      ),
    ).toEqual(['condition_agreed/official mofcom [] h200']);
  });

  it('reads a US final rule on the class of goods as one condition agreed on the export licensing', () => {
    expect(
      read(
        'Export Administration Regulations: Reporting of Resale of Licensed H200-Class Integrated Circuits in the PRC; Final Rule',
        'BIS adopts its March proposal. Every license for H200-class integrated circuits bound for the PRC now bars the consignee from reselling them without BIS approval. Effective May 2.',
      ),
    ).toEqual(['condition_agreed/official bis [] h200']);
  });

  it('leaves a draft as a proposal', () => {
    expect(
      read(
        '商务部就《进口高性能计算芯片转租管理规定（征求意见稿）》公开征求意见',
        '商务部10日发布《进口高性能计算芯片转租管理规定（征求意见稿）》，拟要求经许可进口的英伟达H200等芯片不得转租。',
      ).map((b) => b.split('/')[0]),
    ).not.toContain('condition_agreed');
  });

  it('still reads a rival called H200-class outside a rule as another product', () => {
    expect(read('Huawei unveils an H200-class accelerator for Chinese clouds', 'Huawei said its new H200-class accelerator would ship in May.')).toEqual([]);
  });
});
