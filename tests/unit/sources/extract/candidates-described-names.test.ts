/**
 * Untracked firms named after a description in a headline's capitals: "Said to Clear Grid
 * Equipment Maker Xinrui to Import", "Clear Grid-Software Maker Xinrui for About 3,000", "Pulls
 * Lotus Hotels' Nvidia Chip Permit"; a group inside a name stays in it ("an application from
 * Lanting Group Holdings"). The goods a firm makes ("Grid-Software Maker") and a word opening a
 * compound ("Frozen-food maker") say nothing of the event. A stock code may stand between a name
 * and its verb ("Qinghe Medical (600913) cleared"), and a firm "files for" permission.
 */
import { describe, expect, it } from 'vitest';
import { read } from './candidates-helpers.js';

const told = (title: string, summary?: string) =>
  read(title, summary).candidates.map(
    (c) => `${c.kind}/${c.holders.map((h) => h.words).join('+')}${c.quantity ? ` ${c.quantity.qualifier}:${c.quantity.value}` : ''}`,
  );

describe('firms named after a description', () => {
  it.each([
    ['China Said to Clear Grid Equipment Maker Xinrui to Import Nvidia Chips', 'grant/Xinrui'],
    ['China Said to Clear Grid-Software Maker Xinrui for About 3,000 Nvidia H200s', 'grant/Xinrui about:3000'],
  ])('reads "%s"', (title, expected) => {
    expect(told(title, 'The permit covers Nvidia H200 processors, the people said.')).toEqual([expected]);
  });

  it('reads a possessor ending in s, and the name told again with its group', () => {
    const c = read(
      "China Pulls Lotus Hotels' Nvidia Chip Permit, People Familiar Say",
      'Beijing has revoked the permit that allowed Lotus Hotels Group, operator of two budget chains, to import Nvidia H200 chips, people familiar said.',
    ).candidates;
    expect(c.map((x) => `${x.kind}/${x.holders.map((h) => h.value).join('+')}`)).toEqual(['revocation/lotus-hotels']);
  });

  it('keeps a group inside a name', () => {
    expect(
      told('China refuses H200 request', "China's commerce ministry has refused an application from Lanting Group Holdings to import Nvidia's H200 chips."),
    ).toEqual(['denial/Lanting Group Holdings']);
  });

  it('does not read a compound opening with a trigger word as the event', () => {
    expect(
      told(
        'Qingsong Foods said to seek Beijing’s permission to import Nvidia H200 chips',
        'Frozen-food maker Qingsong Foods has filed a request with the commerce ministry, a person close to the company said.',
      ),
    ).toEqual(['application/Qingsong Foods']);
  });

  it('reads a firm whose stock code stands between its name and its verb', () => {
    expect(told('Ningbo dental chain Qinghe Medical (600913) cleared to import 768 Nvidia H200s')).toEqual(['grant/Qinghe Medical exact:768']);
  });

  it('reads "files for" permission as an application', () => {
    expect(told("Lanxin Appliances files for Beijing's permission to import Nvidia H200 chips")).toEqual(['application/Lanxin Appliances']);
  });
});
