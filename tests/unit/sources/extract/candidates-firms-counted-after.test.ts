/**
 * The ministry counting the firms it has approved after naming them (获附条件许可的企业共计48家, 附条件许可企业已达48家):
 * a grant to the firms that were waiting, with their count, not a grant to the first three.
 */
import { describe, expect, it } from 'vitest';
import { extractCandidates } from '../../../../src/sources/extract/index.js';
import { withWaiting } from './state.js';

const state = withWaiting();
const facts = (title: string, summary = '') =>
  extractCandidates({ title, summary }, state).candidates.map(
    (c) =>
      `${c.kind}/${c.certainty} ${c.holders.map((h) => h.value).join('+')} ${c.quantity ? `${c.quantity.qualifier} ${c.quantity.value} ${c.quantity.role}` : '-'}`,
  );

describe('firms counted approved after they are named', () => {
  it('reads 附条件许可企业已达N家 as a grant to the waiting firms with their count', () => {
    expect(
      facts(
        '商务部：H200进口附条件许可企业已达36家',
        '商务部新闻发言人表示，截至本周，进口英伟达H200芯片获附条件许可的企业共计36家，相关企业须按许可用途使用。',
      ),
    ).toEqual(['grant/official other-cn-firms exact 36 licence_count']);
  });

  it('reads 获附条件批准…的企业已超过二十家 as over twenty firms approved', () => {
    expect(
      facts(
        '商务部：获附条件批准进口H200芯片的企业已超过二十家',
        '商务部新闻发言人介绍，首批三家企业之外，获附条件批准进口英伟达H200芯片的企业目前已超过二十家。',
      ),
    ).toEqual(['grant/official other-cn-firms over 20 licence_count']);
  });
});
