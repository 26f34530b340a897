/**
 * Items and triggers whose subject is something other than the tracked story: another chip
 * named nearest a decision, and a broker's note headed by its name.
 */
import type { Hit } from './lexicon.js';
import type { Range } from './text-units.js';

function distance(a: { index: number; end: number }, t: Hit): number {
  return a.end <= t.index ? t.index - a.end : a.index >= t.end ? a.index - t.end : 0;
}

/**
 * "Nvidia's H20 gets fresh US licences even as China buyers move to H200", "US clears
 * Nvidia's B30A for China's approved H200 buyers": in a sentence naming another chip, a
 * decision whose nearest chip is that other chip is about it, not about the tracked item.
 */
export function aboutOtherChip(t: Hit, s: Range, items: readonly Hit[], otherChips: readonly Hit[]): boolean {
  const inS = (h: Hit) => h.index >= s.start && h.end <= s.end;
  const other = otherChips.filter(inS).map((h) => distance(h, t));
  if (!other.length) return false;
  const tracked = items.filter(inS).map((h) => distance(h, t));
  return Math.min(...other) < Math.min(Infinity, ...tracked);
}

// 中信证券：…, 中金：…, "Bernstein Research: ...": a research house's view under its own name.
const ANALYST_TITLE =
  /^\s*(?:[\p{Script=Han}A-Za-z]{0,10}(?:证券|研究所|研究院|资本|期货|投行)|中金(?:公司)?|[A-Z][\p{L}&.]*(?:\s+[A-Z][\p{L}&.]*){0,2}\s+(?:Securities|Research|Capital Markets))\s*[：:]/u;

/** The research house a headline opens with, if any. */
export function analystTitle(title: string): string | undefined {
  return ANALYST_TITLE.exec(title)?.[0]
    .replace(/[：:]\s*$/u, '')
    .trim();
}
