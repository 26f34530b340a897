/**
 * Words of time: a delivery last week (上周运抵), first told now, is news; a suspension named only to place a
 * request in time (在暂停受理之前提出的, "filed before the suspension") is no suspension told; chips rented out
 * are a use, while a ban on renting them out is a condition.
 */
import { describe, expect, it } from 'vitest';
import { briefs, read } from './candidates-helpers.js';

describe('words of time', () => {
  it('reads goods that arrived last week, first told now, as a delivery', () => {
    expect(
      briefs('远航齿轮首批32颗H200芯片运抵杭州', '远航齿轮25日介绍，第一批32颗英伟达H200芯片已于上周运抵杭州机房并完成上架。').map((b) => b.split(' ')[0]),
    ).toEqual(['delivery/reported']);
  });

  it('reads a request placed before the halt as no suspension', () => {
    expect(
      briefs(
        '商务部新闻发言人就远航齿轮引进H200芯片一事答记者问',
        '发言人介绍，该公司的申请是在暂停受理之前提出的，商务部依法审查后，已准予其进口英伟达H200芯片128颗。',
      ).filter((b) => b.startsWith('suspension')),
    ).toEqual([]);
  });

  it('reads an English request filed before the suspension as no suspension', () => {
    expect(
      briefs(
        'China approves Harbor Gear to import 128 Nvidia H200s',
        "Harbor Gear's application was filed before the suspension of new requests, the ministry said.",
      ).filter((b) => b.startsWith('suspension')),
    ).toEqual([]);
  });

  it('still reads the halt itself as a suspension', () => {
    expect(
      briefs('商务部暂停受理新的H200芯片进口申请', '商务部新闻发言人表示，即日起暂停受理新的英伟达H200芯片进口申请。').map((b) => b.split(' ')[0]),
    ).toContain('suspension/official');
  });
});

describe('a use told, not a duty', () => {
  it('reads chips rented out by the holder as a use, not a condition of its grant', () => {
    const x = read(
      '远航云被曝拿到H200进口批文 首批约600颗',
      '据接近远航云的人士透露，公司已获得商务部批复，可进口约600颗英伟达H200芯片，主要部署在智算中心对外出租。',
    );
    expect(x.candidates.filter((c) => c.kind === 'grant').map((c) => c.conditions.map((k) => k.value))).toEqual([[]]);
  });

  it('reads a ban on renting the chips out as a condition', () => {
    const x = read('远航云获准进口600颗H200', '商务部批准远航云进口600颗英伟达H200芯片，芯片须留在上海机房且不得对外出租。');
    expect(x.candidates.filter((c) => c.kind === 'grant').flatMap((c) => c.conditions.map((k) => k.value))).toContain('end-use');
  });
});
