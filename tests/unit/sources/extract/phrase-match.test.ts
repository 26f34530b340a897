import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { phraseMatcher, phraseSource } from '../../../../src/sources/extract/phrase-match.js';

/** Where a phrase matched at `at`: the words, or null. */
function matchAt(phrase: string, text: string, at = 0): string | null {
  const end = phraseMatcher(phrase)(text, at);
  return end < 0 ? null : text.slice(at, end);
}

describe('phraseMatcher: the phrase syntax without a pattern', () => {
  it('matches words without case, across any run of whitespace', () => {
    expect(matchAt('in line for approval', 'Baidu IN LINE  for\napproval, sources say')).toBeNull();
    expect(matchAt('in line for approval', 'Baidu IN LINE  for\napproval, sources say', 6)).toBe('IN LINE  for\napproval');
    expect(matchAt('in line for approval', 'in line forapproval')).toBeNull();
  });

  it('keeps Latin phrases to whole words, and Chinese ones anywhere', () => {
    expect(matchAt('said to', 'unsaid to', 2)).toBeNull();
    expect(matchAt('said to', 'said today')).toBeNull();
    expect(matchAt('said to', 'said to_be')).toBeNull();
    expect(matchAt('said to', '据说said to，')).toBeNull();
    expect(matchAt('said to', '据说said to，', 2)).toBe('said to');
    expect(matchAt('据悉', '外媒据悉腾讯', 2)).toBe('据悉');
    expect(matchAt('英伟达H200', '英伟达H2000芯片')).toBeNull();
    expect(matchAt('英伟达H200', '英伟达H200芯片')).toBe('英伟达H200');
  });

  it('continues a starred word over letters and hyphens, giving them back when a digit follows', () => {
    expect(matchAt('approv*', 'approvals pending')).toBe('approvals');
    expect(matchAt('approv*', 'approved-in-principle plan')).toBe('approved-in-principle');
    expect(matchAt('appl* to buy', 'applied to buy')).toBe('applied to buy');
    expect(matchAt('approv*', 'approved2')).toBeNull();
    // "approved-" is followed by a digit: the stem gives back the hyphen, and the hyphen then ends the word.
    expect(matchAt('approv*', 'approved-2')).toBe('approved');
    // A letter outside the Latin script (here a mathematical one, two code units) ends the word too; it is given back whole.
    expect(matchAt('approv*', 'approved𝐚1')).toBe('approved');
  });

  it('agrees with the phrase pattern on every lexicon phrase over tricky texts', () => {
    const dir = join(import.meta.dirname, '../../../../src/sources/extract/lexicon');
    const phrases = new Set<string>();
    const collect = (v: unknown): void => {
      if (typeof v === 'string') phrases.add(v);
      else if (Array.isArray(v)) v.forEach(collect);
      else if (v && typeof v === 'object') Object.values(v).forEach(collect);
    };
    for (const f of readdirSync(dir).filter((n) => n.endsWith('.json'))) collect(JSON.parse(readFileSync(join(dir, f), 'utf8')));
    const gapless = [...phrases].filter((p) => p.trim() && !/(?:^|\s)[~～](?:\s|$)/u.test(p));
    expect(gapless.length).toBeGreaterThan(500);
    const shared = 'Reuters: China is said to have approved approvals-in-principle for ByteDance; 据悉，腾讯拟申请购买H200𝟘';
    let compared = 0;
    for (const p of gapless) {
      const re = new RegExp(phraseSource(p), 'iuy');
      const m = phraseMatcher(p);
      const bare = p.replace(/\*/g, '');
      for (const text of [shared, `x ${bare.toUpperCase()}s, ${bare}-2 ${bare}_ ${bare}中 ${bare.replace(/ /g, '\u3000 ')}ed ${bare}`, `𝟘${bare}𝟘 ${bare}`]) {
        for (let at = 0; at < text.length; at++) {
          re.lastIndex = at;
          const want = re.exec(text);
          const got = m(text, at);
          if ((want ? at + want[0].length : -1) !== got) throw new Error(`${JSON.stringify(p)} at ${at} of ${JSON.stringify(text)}: ${got}`);
          compared++;
        }
      }
    }
    expect(compared).toBeGreaterThan(10_000);
  });
});
