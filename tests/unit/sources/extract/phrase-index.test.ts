import { describe, expect, it } from 'vitest';
import { anchoredSet, leading } from '../../../../src/sources/extract/anchored-set.js';
import { hits, phrasePattern } from '../../../../src/sources/extract/phrase-index.js';
import { phraseMatcher } from '../../../../src/sources/extract/phrase-match.js';
import { lexiconPhrases } from './phrase-compare.js';

// Where a scan tries phrases: the start of each run of Latin letters and digits, and each Chinese character.
const UNIT = /[\p{Script=Latin}\p{N}]+|\p{Script=Han}/gu;

/** The hits the index must find, by trying every phrase at every place a word starts (no index, no shortcuts). */
function everyPhraseEverywhere(phrases: readonly string[], text: string): string[] {
  const matchers = [...new Set(phrases.map((p) => p.trim()).filter(Boolean))].map(phraseMatcher);
  const out: string[] = [];
  for (const m of text.matchAll(UNIT)) {
    if (m[0].length > 1 && /^\p{Script=Han}$/u.test(m[0])) continue;
    let best = -1;
    for (const match of matchers) best = Math.max(best, match(text, m.index));
    if (best >= 0) out.push(`${m.index}:${text.slice(m.index, best)}`);
  }
  return out;
}

function indexed(phrases: readonly string[], text: string): string[] {
  return hits(phrasePattern(phrases), text).map((h) => `${h.index}:${h.words}`);
}

// Texts that put a phrase's first word before what its second word is not: no space, punctuation, the end of the text,
// a capital, and case that changes length or needs Unicode (İ, the Kelvin sign, a final sigma, an astral letter).
const TEXTS = [
  'Beijing has approved purchases; China is weighing approval of H200 purchases for Alibaba, people familiar say.',
  'CHINA IS WEIGHING APPROVAL. Regulators Said To Clear ByteDance; approval-in-principle,approval pending approval',
  'Tencent seeks approval from MOFCOM to buy more H200s; it sought regulators’ approval while rivals waited.',
  'agreed to buy, agreed not to buy, agreeing with Beijing to bundle domestic chips; İstanbul approval ΣΑΣ K approval 𝐚pproval',
  '据悉，腾讯拟申请购买H200，商务部已批准字节跳动的进口申请，尚未获批的企业仍在排队。',
  '中国商务部批准字节跳动、阿里巴巴和腾讯合计采购超过40万颗英伟达H200芯片，不予批准其余申请',
  'in line for approval in line forapproval in  line\nfor approval in',
];

describe('the phrase index', () => {
  it('finds what trying every lexicon phrase at every word would, on texts built to trip its shortcuts', () => {
    const phrases = lexiconPhrases().filter((p) => p.trim());
    expect(phrases.length).toBeGreaterThan(2000);
    let found = 0;
    for (const text of TEXTS) {
      const want = everyPhraseEverywhere(phrases, text);
      expect(indexed(phrases, text)).toEqual(want);
      found += want.length;
    }
    expect(found).toBeGreaterThan(50);
  });

  it('keeps phrases sharing a first word or character apart by what follows it', () => {
    const set = ['weigh* approval', 'weighing ~ purchases', 'in line for approval', '不予批准', '批准', '批复'];
    expect(indexed(set, 'China is weighing approval of H200 purchases')).toEqual(['9:weighing approval of H200 purchases']);
    expect(indexed(set, 'China is weighing approval of chips')).toEqual(['9:weighing approval']);
    expect(indexed(set, 'Weighing: approval. Weighing H200 purchases')).toEqual(['20:Weighing H200 purchases']);
    expect(indexed(set, 'in line for approval, in line forapproval')).toEqual(['0:in line for approval']);
    expect(indexed(set, '商务部不予批准，已批复')).toEqual(['3:不予批准', '5:批准', '9:批复']);
  });
});

describe('leading: the first listed phrase that starts the text', () => {
  it('agrees with trying each phrase in order', () => {
    const phrases = ['opinion:', '~ analysis', 'Why China', 'why', '观点', '據悉'];
    const set = anchoredSet(phrases);
    const inOrder = (text: string): string | null => {
      for (const p of phrases) {
        const end = phraseMatcher(p)(text, 0);
        if (end >= 0) return text.slice(0, end);
      }
      return null;
    };
    for (const text of ['Opinion: why China approved', 'WHY CHINA approved', 'why not', 'An analysis of H200', '观点：', '', 'İ', 'x analysis'])
      expect(leading(set, text)).toBe(inOrder(text));
    expect(leading(set, 'WHY CHINA approved')).toBe('WHY CHINA');
    expect(leading(set, 'An analysis of H200')).toBe('An analysis');
  });
});
