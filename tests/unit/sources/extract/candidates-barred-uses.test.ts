/**
 * Barring a use of the goods (renting the compute out, reselling, transferring) is a term on those who hold them, not
 * a refusal of anyone: proposed (拟禁止…对外出租) it is a condition proposed, accepted ("accepts the ban on leasing")
 * a condition agreed. A ban on a firm itself still refuses it.
 */
import { describe, expect, it } from 'vitest';
import { extractCandidates } from '../../../../src/sources/extract/index.js';
import { withGroup, withUsExport } from './state.js';

const kinds = (state: ReturnType<typeof withGroup>, title: string, summary = '') =>
  extractCandidates({ title, summary }, state).candidates.map((c) => `${c.kind}/${c.certainty}`);

describe('a ban on a use of the goods', () => {
  it('reads a proposed ban on renting out the compute as a condition proposed, not a denial', () => {
    expect(kinds(withGroup(), '知情人士：商务部拟禁止H200获批企业将算力对外出租')).toEqual(['condition_proposed/hedged']);
  });

  it('reads a proposed ban on reselling the chips as a condition proposed', () => {
    expect(kinds(withGroup(), '消息称商务部拟禁止获批企业转售进口的英伟达H200芯片')).toEqual(['condition_proposed/hedged']);
  });

  it('reads the exporter accepting a ban on buyers leasing out the chips as a condition agreed, with no denial', () => {
    expect(
      kinds(
        withUsExport(),
        'Nvidia accepts US ban on Chinese H200 buyers leasing out the chips',
        'Nvidia said it will put a no-leasing clause in its contracts with Chinese H200 customers, a condition the Commerce Department set for its licences.',
      ),
    ).not.toContain('denial/reported');
  });

  it('still reads a ban on a firm buying the chips as a denial', () => {
    expect(kinds(withGroup(), 'China bans ByteDance from buying Nvidia H200s')).toEqual(['denial/reported']);
  });
});
