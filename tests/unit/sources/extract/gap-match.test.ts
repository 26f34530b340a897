import { describe, expect, it } from 'vitest';
import { compareWithPattern, hasGap, lexiconPhrases, matchAt } from './phrase-compare.js';

function gapPhrases(): string[] {
  return [...new Set(lexiconPhrases().map((p) => p.trim()))].filter(hasGap);
}

// What a gap may and may not skip: plain words, a list comma, a clause end, a word that starts another clause;
// Chinese characters, a negation, a clause mark, more than twelve.
const LATIN_FILLS = ['', 'the', 'its first', 'a second, larger', 'them; then', 'it. Then', 'one but', 'BUT', 'a b c d e', 'a b c d e f', 'x\u00a0y'];
const HAN_FILLS = ['', '首批', '不', '未予', '不予', '了H200对华', '一二三四五六七八九十一二', '一二三四五六七八九十一二三', '首批，', '𠀀'];

/** Texts that spell the phrase out with each kind of gap filling, with and without word edges around it. */
function instances(phrase: string): string[] {
  const out: string[] = [];
  for (let k = 0; k < LATIN_FILLS.length; k++) {
    const latin = LATIN_FILLS[k]!;
    const han = HAN_FILLS[k % HAN_FILLS.length]!;
    const body = phrase
      .trim()
      .split(/\s+/)
      .map((w) => (w === '~' ? latin : w === '～' ? `\u2063${han}` : w.replace(/\*$/, k % 2 ? 'ed-up' : 's')))
      .filter(Boolean)
      .join(' ')
      .replace(/ ?\u2063/g, '')
      .replace(/(\p{Script=Han}) (?=\p{Script=Han})/gu, '$1');
    out.push(`x ${body} y`, `${k % 2 ? body.toUpperCase() : body}2 ${body}`, `据悉${body}，`);
  }
  return out;
}

describe('phraseMatcher on phrases with gap words', () => {
  it('skips up to five words inside one clause, as few as will do', () => {
    expect(matchAt('gave ~ go-ahead', 'Beijing gave ByteDance the go-ahead', 8)).toBe('gave ByteDance the go-ahead');
    expect(matchAt('gave ~ go-ahead', 'gave a b c d e go-ahead')).toBe('gave a b c d e go-ahead');
    expect(matchAt('gave ~ go-ahead', 'gave a b c d e f go-ahead')).toBeNull();
    expect(matchAt('gave ~ go-ahead', 'gave its rivals; the go-ahead')).toBeNull();
    expect(matchAt('gave ~ go-ahead', 'gave nothing, but the go-ahead')).toBeNull();
    expect(matchAt('gave ~ go-ahead', 'gave Alibaba, Tencent the go-ahead')).toBe('gave Alibaba, Tencent the go-ahead');
  });

  it('skips up to twelve Chinese characters, not past a clause mark, and not ending on a negation', () => {
    expect(matchAt('发放 ～ 许可', '发放首批H200对华出口许可')).toBe('发放首批H200对华出口许可');
    expect(matchAt('发放 ～ 许可', '发放许可')).toBe('发放许可');
    expect(matchAt('收到 ～ 批准', '收到不予批准的通知')).toBeNull();
    expect(matchAt('收到 ～ 批准', '收到商务部，批准')).toBeNull();
    expect(matchAt('发放 ～ 许可', `发放${'一'.repeat(13)}许可`)).toBeNull();
  });

  it('agrees with the phrase pattern on every gap phrase of the lexicons', () => {
    const phrases = gapPhrases();
    expect(phrases.length).toBeGreaterThan(500);
    let compared = 0;
    let matched = 0;
    for (const p of phrases) {
      const counts = compareWithPattern(p, instances(p));
      compared += counts.compared;
      matched += counts.matched;
    }
    // The texts must exercise matches, not only misses.
    expect(matched).toBeGreaterThan(phrases.length * 5);
    expect(compared).toBeGreaterThan(100_000);
  });
});
