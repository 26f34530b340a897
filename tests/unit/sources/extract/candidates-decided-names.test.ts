/**
 * The firm a decision falls on, named in ways no list knows: after a description in title case
 * ("Cemetery Operator X Refused …"), after an investor ("Diageo-backed X turned down"), after a
 * lower-case kind ("Regional carrier X loses … permit"), as the one whose request the ministry
 * decides (商务部对X…申请作出…决定), or by its legal name in a numbered notice's brackets. A name
 * closing with "Bank Co." is one name. What a decision "comes a month after" is older news.
 */
import { describe, expect, it } from 'vitest';
import { read } from './candidates-helpers.js';

const told = (title: string, summary?: string) => read(title, summary).candidates.map((c) => `${c.kind} ${c.holders.map((h) => h.words).join('+')}`);

describe('the firm a decision falls on', () => {
  it.each([
    ['Cemetery Operator Blue Lotus Garden Refused Nvidia H200 Import Permit, People Say', 'denial Blue Lotus Garden'],
    ['Diageo-backed Kestrel turned down for Nvidia H200 import permit, sources say', 'denial Kestrel'],
    ['Regional carrier Sky Pearl loses Nvidia H200 import permit, sources say', 'revocation Sky Pearl'],
    ['商务部对云游旅行H200进口申请作出不予许可决定', 'denial 云游旅行'],
    ['商务部公告2031年第30号（湘江酒业股份有限公司H200进口许可撤销决定）', 'revocation 湘江酒业股份有限公司'],
  ])('reads "%s"', (title, expected) => {
    expect(told(title)).toEqual([expected]);
  });

  it('keeps "Bank Co." inside one name', () => {
    const holders = told(
      'Harbor Commercial Bank wins approval to import Nvidia H200 chips',
      "Harbor Commercial Bank Co. has obtained the Ministry of Commerce's approval to import Nvidia H200 processors.",
    );
    expect(holders.join()).not.toMatch(/grant Co\./u);
  });

  it('reads no revocation from what a decision came after', () => {
    const kinds = read(
      "Central bank lifts Lotus Gold's bullion import quota",
      "The central bank raised the volume of gold Lotus Gold may import. The approval comes a month after the commerce ministry withdrew the company's separate permit for Nvidia H200 chips.",
    ).candidates.map((c) => c.kind);
    expect(kinds).not.toContain('revocation');
  });
});

describe('the firm a decision falls on, named in the body', () => {
  it.each([
    [
      'China suspends Gansu data-centre firm’s H200 import licence',
      "China's commerce ministry has suspended the H200 import approval it granted last month to Gansu Kestrel Computing Technology, a Lanzhou-based compute renter.",
      'suspension Gansu Kestrel Computing Technology',
    ],
    [
      'China revokes Guangzhou compute firm’s H200 import approval',
      "China's commerce ministry has revoked an approval that let Guangzhou Nansha Heron Computing bring in Nvidia H200 processors.",
      'revocation Guangzhou Nansha Heron Computing',
    ],
    [
      'Rail operator loses Nvidia chip permit, people familiar say',
      "China's commerce ministry has revoked a permit that allowed Shanghai-Ningbo High-Speed Railway Co. to import Nvidia H200 processors, according to two people familiar with the decision.",
      'revocation Shanghai-Ningbo High-Speed Railway Co',
    ],
    ['LOTUSMART (02299.HK) Says Application to Import NVIDIA H200 Chips Rejected by MOFCOM', undefined, 'denial LOTUSMART'],
    ['Guangzhou Pearl Airport Says Its Bid for Nvidia H200 Chips Was Turned Down', undefined, 'denial Guangzhou Pearl Airport'],
  ])('reads "%s"', (title, summary, expected) => {
    expect(told(title, summary)).toContain(expected);
  });

  it('does not read a review a firm clears as a firm', () => {
    expect(told('Kestrel AI Is Said to Clear Beijing Review for 9,000 Nvidia H200s').join()).not.toMatch(/Beijing Review/u);
  });
});

describe('a firm only described', () => {
  it.each([
    ['苏州一算力企业获批进口英伟达H200芯片两千余颗', '苏州一算力企业'],
    ['China suspends Hubei data-centre firm’s H200 import licence', 'Hubei data-centre firm'],
  ])('reads the description in "%s" as the holder when no firm is named', (title, words) => {
    expect(read(title).candidates.map((c) => c.holders.map((h) => h.words).join('+'))).toEqual([words]);
  });

  it('does not take a kind of firm without the possessive for a holder', () => {
    expect(told('Beijing approves imports for national AI platform').join()).not.toMatch(/AI platform/u);
  });
});
