/** Normalising feed text and finding tracked names in it. */
import { describe, expect, it } from 'vitest';
import { extractFacts, normaliseText, splitPublisher } from '../../../../src/sources/extract/index.js';
import { ids, seedState } from './state.js';

const state = seedState();
const extract = (title: string) => extractFacts({ title }, state);

describe('normalising feed text', () => {
  it('decodes entities, including double-escaped ones, and strips tags', () => {
    const e = extract('&lt;b&gt;ByteDance&lt;/b&gt; &amp;amp; Tencent');
    expect(e.text).toBe('ByteDance & Tencent');
    expect(ids(e.parties)).toEqual(['bytedance', 'tencent']);
    expect(normaliseText('<p>China&#8217;s <i>MOFCOM</i></p><script>alert(1)</script>')).toBe("China's MOFCOM");
  });

  it('straightens quotes and dashes, applies NFKC and collapses whitespace', () => {
    expect(normaliseText('“China’s”\u00A0\u00A0approval — ＨＨ２００\u200B ４０万')).toBe('"China\'s" approval - HH200 40万');
    expect(normaliseText('U.S. approves, says U.S.')).toBe('US approves, says US');
  });

  it('keeps hostile text as text: mentions are neither removed nor acted on', () => {
    const e = extract('@everyone <!channel> ByteDance approved');
    expect(e.text).toBe('@everyone <!channel> ByteDance approved');
    expect(ids(e.parties)).toEqual(['bytedance']);
    expect(e.status?.status).toBe('approved');
  });

  it('copes with huge or pathological input', () => {
    const summary = `${'ByteDance approved. '.repeat(5_000)}${'9'.repeat(50_000)} ${'&amp;'.repeat(10_000)}`;
    const e = extractFacts({ title: `${'1,'.repeat(5_000)}000 H200s`, summary }, state);
    expect(e.text.length).toBeLessThan(25_000);
    expect(ids(e.parties)).toEqual(['bytedance']);
    expect(e.quantities.every((q) => Number.isSafeInteger(q.quantity.value))).toBe(true);
  });

  it('splits off a Google News publisher, and only a name-like one', () => {
    expect(splitPublisher('China approves H200 purchases - Reuters')).toEqual({ text: 'China approves H200 purchases', publisher: 'Reuters' });
    expect(splitPublisher('A - B - South China Morning Post')).toEqual({ text: 'A - B', publisher: 'South China Morning Post' });
    expect(splitPublisher('Chips deal - Bloomberg.com')).toEqual({ text: 'Chips deal', publisher: 'Bloomberg.com' });
    expect(splitPublisher('China approves H200 - with conditions')).toEqual({ text: 'China approves H200 - with conditions' });
    expect(splitPublisher('H200 approval - what it means for Nvidia, Alibaba and the rest of the market today')).toEqual({
      text: 'H200 approval - what it means for Nvidia, Alibaba and the rest of the market today',
    });
    expect(extract('China approves H200 imports - Reuters').publisher).toBe('Reuters');
    expect(extract('China approves H200 imports').publisher).toBeUndefined();
  });
});

describe('finding tracked names', () => {
  it('matches ids, names and aliases case-insensitively, once each, in text order', () => {
    const e = extract('TENCENT HOLDINGS and alibaba group join bytedance; Alibaba again');
    expect(ids(e.parties)).toEqual(['tencent', 'alibaba', 'bytedance']);
    expect(e.parties[0]).toMatchObject({ kind: 'party', name: 'Tencent', text: 'TENCENT HOLDINGS', index: 0 });
  });

  it('needs word boundaries for Latin names', () => {
    expect(extract('Bytedancer and Tencentville, NvidiaX').parties).toEqual([]);
    expect(ids(extract("ByteDance's and Nvidia's plans").parties)).toEqual(['bytedance', 'nvidia']);
  });

  it('matches CJK aliases without word boundaries, and Latin names inside Chinese', () => {
    const e = extract('商务部批准字节跳动、阿里巴巴和腾讯购买英伟达H200芯片');
    expect(ids(e.parties)).toEqual(['bytedance', 'alibaba', 'tencent', 'nvidia']);
    expect(ids(e.items)).toEqual(['h200']);
    expect(ids(e.authorities)).toEqual(['mofcom']);
  });

  it('never takes a look-alike for the H200', () => {
    for (const title of ['Nvidia H20 sales resume', 'H2000 prototype', 'H200X rumours', 'Nvidia H20E ships', 'GH200 systems']) {
      expect(extract(title).items, title).toEqual([]);
    }
    for (const title of ['Nvidia H200 sales', 'H-200 orders', 'H200s ship', 'h200 demand', 'H200-based servers']) {
      expect(ids(extract(title).items), title).toEqual(['h200']);
    }
    expect(ids(extract('Both the H20 and the H200 are affected').items)).toEqual(['h200']);
  });

  it('does not count the brand inside an item name as a party', () => {
    expect(extract('China approves Nvidia H200 purchases').parties).toEqual([]);
    expect(ids(extract('Nvidia to sell H200 to China').parties)).toEqual(['nvidia']);
  });

  it('finds authorities by their aliases', () => {
    expect(ids(extract('Commerce Department and MOFCOM talk; Washington and Beijing').authorities)).toEqual(['bis', 'mofcom']);
    expect(ids(extract('Bureau of Industry and Security revises rule').authorities)).toEqual(['bis']);
    expect(ids(extract('US Commerce clears H200').authorities)).toEqual(['bis']);
  });
});
