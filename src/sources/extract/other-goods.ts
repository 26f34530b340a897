/**
 * Other goods an item names ("software", 钨制品, "memory modules") and the goods a domestic chip maker sells: what
 * sets a sentence's events, or a purchase, apart from the tracked item.
 */
import type { CandidateEvent } from './candidate.js';
import { lexicon } from './lexicon.js';
import type { Named } from './named.js';
import { hits, type Hit } from './phrase-index.js';
import type { Sentence } from './actors.js';

// "Grid-Software Maker NARI", 软件企业, 久其软件股份有限公司: the goods name what a buyer makes or is called.
const GOODS_MAKER_AFTER =
  /^[\s-]*(?:makers?|compan(?:y|ies)|firms?|developers?|providers?|suppliers?|vendors?|sellers?|producers?|specialists?|giants?|group)\b|^(?:公司|企业|厂商|集团|巨头|龙头|商|股份|有限)/i;
// "a maker of financial-reporting software" describes the buyer too.
const GOODS_MAKER_BEFORE = /\b(?:makers?|developers?|providers?|suppliers?|vendors?|sellers?|producers?) of\s+(?:[\w-]+\s+){0,3}$/i;
// 因…未及时备案: the reason a decision gives names what went wrong, not the goods it is about.
const GOODS_IN_REASON_BEFORE = /(?:因|由于|因为|原因是)[^，。；,;]{0,30}$|\bbecause\b[^,.;]{0,40}$/u;

/** The other goods the item names, less those that describe or name a buyer, or name a decision's reason. */
export function otherGoodsOf(text: string, parties: readonly Named[]): Hit[] {
  return hits(lexicon().otherGoods, text).filter(
    (g) =>
      !GOODS_MAKER_AFTER.test(text.slice(g.end, g.end + 14)) &&
      !GOODS_MAKER_BEFORE.test(text.slice(Math.max(0, g.index - 50), g.index)) &&
      !GOODS_IN_REASON_BEFORE.test(text.slice(Math.max(0, g.index - 40), g.index)) &&
      // (A maker named by its goods, "Micron Technology", still names them: only a name ending in them, "Jiuqi Software", is spared.)
      !parties.some((p) => p.index < g.index && g.end === p.end),
  );
}

/**
 * 壁仞科技训练卡拿下…订单: a domestic chip maker's order or delivery is its own goods' news, not the item's; so is a
 * purchase with no buyer named in a sentence that names such a maker and not the item.
 */
export function makersOwnGoods(folded: CandidateEvent[], text: string, sents: readonly Sentence[]): void {
  const { chipMakers: makers, chipUnits: units } = lexicon();
  for (let i = folded.length - 1; i >= 0; i--) {
    const c = folded[i]!;
    if (c.kind !== 'order' && c.kind !== 'delivery') continue;
    const at = text.indexOf(c.trigger);
    const s = sents.find((x) => x.start <= at && at < x.end);
    const makersGoods = !!s && !s.names.items.length && s.names.parties.some((p) => makers.has(p.id));
    // "Alibaba's T-Head AI Chip Orders … Top 300,000": the orders of a tracked firm's chip unit, in a sentence naming no
    // tracked item, are for that unit's own chips.
    const unitIds = s && !s.names.items.length ? s.names.parties.filter((p) => units.has(p.words.toLowerCase())).map((p) => p.id) : [];
    if (
      (c.holders.length && c.holders.every((h) => makers.has(h.value) || unitIds.includes(h.value))) ||
      (!c.holders.length && (makersGoods || unitIds.length > 0))
    )
      folded.splice(i, 1);
  }
}
