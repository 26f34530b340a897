/** Certainty cues that speak for the whole item, not one sentence. */
import type { Certainty } from './candidate.js';
import type { Hit } from './phrase-index.js';
import type { Trigger } from './trigger.js';
import { AUTHORITY_TITLE } from './told-patterns.js';
import { sentenceAt } from './text-units.js';

// Hedges that attribute the whole report to unnamed sources (not a modal inside one clause).
const ATTRIBUTION =
  /familiar|knowledge|briefed|\bsources?\b|insiders|unnamed|according to|involved in|close to|privy|aware of|people sa(?:id|y)|知情人士|消息人士|人士|据悉|据了解|据称|据传|援引/i;

// "…, the report said", 报道还称: a sentence that goes back to the report the item opened with.
const REPORT_AGAIN =
  /\b(?:the|that|its)\s+report\s+(?:also\s+)?(?:said|says|added|adds|noted|notes|showed|shows)\b|\baccording to (?:the|that) report\b|报道(?:还|并|亦|同时|另)?(?:称|指|指出|提到|显示|透露)|報導(?:還|並|亦|同時|另)?(?:稱|指|指出|提到|顯示|透露)/u;

// A copy of the trigger with its certainty changed (Object.assign, not `{ ...t, certainty }`: V8 builds a spread followed
// by more properties many times slower).
function withCertainty(t: Trigger, certainty: Certainty, certaintyWords: string): Trigger {
  return Object.assign({}, t, { certainty, certaintyWords });
}

/**
 * A body sentence that tells more of the report ("…, the report said", 报道还称) is as sure as the report, which an
 * earlier sentence credited to unnamed sources: hedged, though it names no source of its own.
 */
function reportAgain(text: string, out: Trigger[], titleEnd: number, hedges: readonly Hit[]): Trigger[] {
  // (Every form of REPORT_AGAIN holds one of these words: without them no sentence need be found.)
  if (!text.includes('report') && !text.includes('报道') && !text.includes('報導')) return out;
  return out.map((t) => {
    if (t.certainty !== 'reported' || t.index < titleEnd) return t;
    const s = sentenceAt(text, t.index);
    if (!s || !REPORT_AGAIN.test(text.slice(s.start, s.end))) return t;
    const credited = hedges.find((h) => h.end <= s.start && ATTRIBUTION.test(h.words));
    return credited ? withCertainty(t, 'hedged', credited.words) : t;
  });
}

/**
 * Cues that speak for the whole item, not one sentence: a body that attributes the report
 * to unnamed sources hedges its firm headline, a headline that does ("…, sources say",
 * 知情人士：) hedges the firm figures of its body, and a headline that is an official notice
 * (商务部关于…的说明, "Department announces") makes the body's firm statements official.
 */
export function itemWide(text: string, out: Trigger[], titleEnd: number, hedges: readonly Hit[], officials: readonly Hit[]): Trigger[] {
  const attribution = hedges.find((h) => h.index >= titleEnd && ATTRIBUTION.test(h.words));
  // "…, supply chain sources say", 知情人士：…: a headline crediting unnamed sources hedges the figures its body spells out.
  const titleAttribution = hedges.find((h) => h.end <= titleEnd && ATTRIBUTION.test(h.words));
  // 腾讯控股 自愿公告: a company's announcement is its report; only an authority's notice is official.
  const titleOfficial = AUTHORITY_TITLE.test(text.slice(0, titleEnd)) ? officials.find((h) => h.end <= titleEnd) : undefined;
  if (!attribution && !titleOfficial && !titleAttribution) return out;
  return reportAgain(text, out, titleEnd, hedges).map((t) => {
    if (t.certainty !== 'reported' || t.kind === 'restatement') return t;
    if (t.index < titleEnd && attribution) return withCertainty(t, 'hedged', attribution.words);
    if (t.index >= titleEnd && titleAttribution && !titleOfficial) return withCertainty(t, 'hedged', titleAttribution.words);
    if (t.index >= titleEnd && titleOfficial && !attribution) return withCertainty(t, 'official', titleOfficial.words);
    return t;
  });
}
