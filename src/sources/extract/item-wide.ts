/** Certainty cues that speak for the whole item, not one sentence. */
import type { Hit } from './phrase-index.js';
import type { Trigger } from './trigger.js';
import { AUTHORITY_TITLE } from './told-patterns.js';

// Hedges that attribute the whole report to unnamed sources (not a modal inside one clause).
const ATTRIBUTION =
  /familiar|knowledge|briefed|\bsources?\b|insiders|unnamed|according to|involved in|close to|privy|aware of|people sa(?:id|y)|知情人士|消息人士|人士|据悉|据了解|据称|据传|援引/iu;

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
  return out.map((t) => {
    if (t.certainty !== 'reported' || t.kind === 'restatement') return t;
    if (t.index < titleEnd && attribution) return { ...t, certainty: 'hedged', certaintyWords: attribution.words };
    if (t.index >= titleEnd && titleAttribution && !titleOfficial) return { ...t, certainty: 'hedged', certaintyWords: titleAttribution.words };
    if (t.index >= titleEnd && titleOfficial && !attribution) return { ...t, certainty: 'official', certaintyWords: titleOfficial.words };
    return t;
  });
}
