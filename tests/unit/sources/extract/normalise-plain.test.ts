import { describe, expect, it } from 'vitest';
import { normaliseText } from '../../../../src/sources/extract/normalise.js';
import { languageOf } from '../../../../src/sources/extract/text-units.js';

describe('normaliseText on plain ASCII and on the rest', () => {
  it('still straightens a backtick, writes U.S. as US and collapses whitespace in plain ASCII', () => {
    expect(normaliseText('  Nvidia`s  H200\tfor the U.S. market  ')).toBe("Nvidia's H200 for the US market");
    expect(normaliseText('a < b and c')).toBe('a < b and c');
    expect(normaliseText('Tencent &amp; Alibaba <b>win</b>')).toBe('Tencent & Alibaba win');
  });

  it('applies NFKC and straightens quotes and dashes once a character is past ASCII', () => {
    expect(normaliseText('Ｈ２００ “approved” — Byte\u200bDance’s ｑｕｏｔａ')).toBe('H200 "approved" - ByteDance\'s quota');
  });
});

describe('languageOf', () => {
  it('reads plain ASCII as English and counts scripts otherwise', () => {
    expect(languageOf('China approves H200 imports')).toBe('en');
    expect(languageOf('')).toBe('en');
    expect(languageOf('Café approves H200 imports')).toBe('en');
    expect(languageOf('商务部批准字节跳动采购H200芯片')).toBe('zh');
  });
});
