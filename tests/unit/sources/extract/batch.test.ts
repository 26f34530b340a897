/** A realistic batch of 1,000 headlines: extraction is deterministic and never trips over odd input. */
import { describe, expect, it } from 'vitest';
import { extractFacts, type ExtractInput } from '../../../../src/sources/extract/index.js';
import { seedState } from './state.js';

/** Small seeded PRNG (mulberry32) so the batch is the same on every run. */
function random(seed: number): () => number {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const ACTORS = ['China', 'Beijing', 'MOFCOM', 'US', 'Washington', 'The Commerce Department', '商务部', 'Chinese regulators'];
const VERBS = [
  'approves',
  'has not approved',
  'is considering approval of',
  'blocks',
  'bans',
  'clears',
  'halts',
  'reportedly approves',
  'may allow',
  'gives green light to',
  'revokes',
  'suspends',
];
const BUYERS = ['ByteDance', 'Alibaba', 'Tencent', 'ByteDance, Alibaba and Tencent', '字节跳动', 'Alibaba Group', 'more Chinese firms', 'Chinese firms'];
const OBJECTS = ['H200 purchases', 'Nvidia H200 exports', 'H20 sales', 'H-200 imports', 'H200s', 'H2000 prototypes', 'chip orders'];
const AMOUNTS = [
  'more than 400,000 chips in total',
  'about 700,000',
  'over 2 million H200s',
  '40k units',
  '1.2m GPUs',
  '40万颗',
  '1.5亿',
  '25% of proceeds',
  '$5.5 billion',
  'in 2026',
  'under Section 232',
  'on Jan 15',
  '',
];
const PUBLISHERS = ['Reuters', 'Bloomberg.com', 'South China Morning Post', 'CNBC', ''];
const DECOR = [
  (s: string) => s,
  (s: string) => `&lt;b&gt;${s}&lt;/b&gt;`,
  (s: string) => s.replace(/&/g, '&amp;amp;'),
  (s: string) => `@everyone <!channel> ${s}`,
  (s: string) => `“${s}” — analysis`,
];

function batch(size: number): ExtractInput[] {
  const next = random(20260128);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(next() * list.length)]!;
  return Array.from({ length: size }, (_, i) => {
    const headline = `${pick(ACTORS)} ${pick(VERBS)} ${pick(BUYERS)} ${pick(OBJECTS)} ${pick(AMOUNTS)}`.replace(/\s+/g, ' ').trim();
    const publisher = pick(PUBLISHERS);
    const title = pick(DECOR)(headline) + (publisher ? ` - ${publisher}` : '');
    const item: ExtractInput = { title, publishedAt: `2026-01-${String((i % 28) + 1).padStart(2, '0')}T00:00:00Z`, link: `https://example.test/${i}` };
    if (next() < 0.4) item.summary = `<p>${headline} &amp; more, people familiar with the matter said.</p>`;
    return item;
  });
}

describe('a batch of 1,000 headlines', () => {
  const items = batch(1000);

  it('gives the same output twice, also against an equal but separate state', () => {
    const first = items.map((item) => extractFacts(item, seedState()));
    const state = seedState();
    const second = items.map((item) => extractFacts(item, state));
    const third = items.map((item) => extractFacts(item, state));
    expect(second).toEqual(first);
    expect(JSON.stringify(third)).toBe(JSON.stringify(second));
  });

  it('never reads years, percentages, money or model numbers as quantities', () => {
    const state = seedState();
    const values = new Set(items.flatMap((item) => extractFacts(item, state).quantities.map((q) => q.quantity.value)));
    for (const bad of [2026, 25, 5, 5_500_000_000, 232, 15, 200, 20, 2000]) expect(values.has(bad), String(bad)).toBe(false);
    expect([...values].every((v) => Number.isSafeInteger(v) && v > 0)).toBe(true);
  });

  it('finds the facts it should across the batch', () => {
    const state = seedState();
    const results = items.map((item) => extractFacts(item, state));
    expect(results.filter((e) => e.status).length).toBeGreaterThan(900);
    expect(results.filter((e) => e.quantities.length > 0).length).toBeGreaterThan(400);
    expect(results.filter((e) => e.items.length > 0).length).toBeGreaterThan(500);
    // H20 and H2000 never become the H200.
    for (const [i, e] of results.entries()) {
      if (!/H200(?!0)|H-200/.test(items[i]!.title + (items[i]!.summary ?? ''))) expect(e.items, items[i]!.title).toEqual([]);
    }
  });
});
