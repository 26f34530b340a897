/**
 * One member's share of a group's approval, told in the headline: "ByteDance gets the biggest piece of Beijing's H200
 * pool, about 140,000 units", "Tencent in line for roughly 120,000 of the approved H200s", 字节跳动在共享额度中约占14万颗,
 * 阿里巴巴据悉分得约13万颗H200. The figure is that member's allocation under the group's tracked approval: a grant of the
 * group record to that one holder, not a new quota for the group, an order, a delivery or the group's approval told again.
 *
 * The rule needs all three: exactly one member of a tracked group approval named in the headline, a count of the goods
 * there, and words that make the count a share (share, slice, portion, in line for, 分得, 份额, 占) or the pool it is
 * carved from (shared, pooled, 共享额度, 三家). A headline that also tells an order, a delivery or a request is left to
 * the rules for those. (Traditional Chinese is converted before any rule reads it: item-text.ts.)
 */
import type { Authorization, LedgerState, Quantity } from '../../core/model.js';
import { parseQuantity } from '../../core/parse-quantity.js';
import type { CandidateEvent, Certainty } from './candidate.js';
import { hedgeHits } from './hedge-hits.js';
import type { ItemReading } from './item-reading.js';
import type { FoundQuantity } from './quantities.js';
import { namesGroup } from './tellings.js';

// Words that make a count one holder's part of something larger.
const SHARE_EN =
  /\b(?:share|slice|portion|piece|cut|chunk|part)\s+of\b|\b(?:its|their)\s+(?:[\w-]+\s+){0,2}?(?:quota|allowance|allotment|ceiling)\b|\d\s*(?:[\w-]+\s+){0,3}?of\s+(?:[\w'’-]+\s+){0,3}?(?:quota|ceiling|allowance|pool|allotment|approved|cleared)\b|\b(?:biggest|largest|smallest|bigger|larger|smaller|lion's)\s+(?:share|slice|portion|piece|chunk|part)\b|\bin line for\b|\b(?:set|poised|due|expected)\s+to\s+(?:take|get|receive)\b|\bstands?\s+to\s+(?:get|receive|take)\b|\ballott?(?:ed|ment)\b|\balloca(?:ted|tion)\b|\bearmarked\b|\bset aside\b|\bcarv(?:e|es|ed|ing)\s+up\b|\bdivid(?:e|es|ed|ing)\s+up\b|\bsplit\b/i;
const SHARE_ZH =
  /(?:额度|配额)(?:据悉|传)?(?:上调|下调|增至|降至|定为|为)|份额|分得|分到|获分配|分配到?|所占|约占|中占|(?<!占)占(?:据)?(?:约|逾|超过|近)?\s*\d|拆分|切分|所获额度/u;
// Words for the pool a share is carved from.
// ("Alibaba Group" is a name: only the group's quota or allowance is a pool.)
const POOL_EN =
  /\b(?:shared|joint|pooled|pool|combined|collective)\b|\bgroup(?:'s|’s)?\s+(?:quota|allowance|ceiling|pool|approval|cap)\b|\bthe (?:three|platforms|trio)\b|\brivals\b/i;
const POOL_ZH = /共享|共用|合计|三家|三巨头|总额度|整体额度/u;
// A headline that tells goods bought, shipped or asked for is about that, whatever share it names: an order booked or
// committed to beyond the share, the first chips racked or logged from it, a member pressing for a bigger cut.
const OTHER_EVENT =
  /\b(?:lines?\s+up|lined\s+up|book(?:s|ed)?|commit(?:s|ted)?\s+to|fills?\s+out|beyond|on top of|additional|first\s+[\d,]+|in its racks|logs?|press(?:es|ed)?\s+(?:\w+\s+){0,2}?for|lobb(?:y|ies|ied)|asks?\s+(?:\w+\s+){0,2}?for|push(?:es)?\s+for|wants?)\b|\b(?:order(?:s|ed)?|deliver(?:s|ed|y|ies)?|ship(?:s|ped|ment|ments)?|arriv(?:e|es|ed|al)|bought|buys?|purchas(?:e|es|ed)|appl(?:y|ies|ied|ication)|seek(?:s|ing)?|sought|request(?:s|ed)?|stock|inventory|revok|suspend|cancel)\w*|订单|订购|采购|到货|交付|出货|发货|申请|争取|库存|撤销|暂停|吊销/iu;

// A share the member disputes or denies is no share told: the claim's denial is for the denial rules to read.
const DISPUTED = /\b(?:disput|den(?:y|ies|ied)|rebut|refut|dismiss|reject|contest)\w*|否认|不实|辟谣|澄清|驳斥/iu;

/** The tracked group approvals (more than one holder) for the item, by holder id. */
function groupOf(state: LedgerState, itemId: string, member: string): Authorization | undefined {
  return Object.values(state.authorization).find((a) => a.itemId === itemId && a.holderIds.length > 1 && a.holderIds.includes(member));
}

// A bare count in a headline ("… is about 140,000", "139,860-odd"): a headline may leave the goods' unit to the body.
const BARE_COUNT =
  /(?:(?:about|roughly|around|some|nearly|almost|approximately|up to|as many as|at least|more than|over|约|逾|超过|近)\s*)?(?:\d{1,3}(?:,\d{3})+|\d+(?:\.\d+)?\s*(?:million|mn|万))(?:-odd)?/giu;

/** A count the share is told with: its value, qualifier and words. */
interface ShareCount {
  quantity: Quantity;
  words: string;
}

// 在合计配额中获约13万颗: a count the member gets out of the total is its share, though the total is named just before.
const SHARE_BEFORE = /(?:中|内)(?:约|已)?(?:获|占|分得|拿到|得到)(?:约|逾|超过|近)?\s*$/u;
// 三家合用额度据悉降至约37.5万颗: a count told right after the pool's own name is the pool's, though a member is named.
const POOL_JUST_BEFORE =
  /(?:共享|共用|合用|合计|三家|总)(?:的)?(?:进口)?(?:额度|配额)[^，。；\d]{0,8}$|\b(?:shared|joint|pooled|combined)\s+(?:[\w'’-]+\s+){0,3}?(?:quota|ceiling|allowance|pool)\s+(?:[\w'’-]+\s+){0,3}?$/iu;

/** The count of the goods nearest after `from` in the headline (else nearest before it), or a bare count there. */
function headlineCount(goods: readonly FoundQuantity[], title: string, from: number): ShareCount | undefined {
  const inTitle = goods.filter((q) => q.end <= title.length);
  const q = inTitle.find((x) => x.index >= from) ?? inTitle.at(-1);
  if (q) {
    const before = title.slice(Math.max(0, q.index - 40), q.index);
    if ((q.aggregate || POOL_JUST_BEFORE.test(before)) && !SHARE_BEFORE.test(before)) return undefined;
    return { quantity: q.quantity, words: q.text };
  }
  for (const m of title.matchAll(BARE_COUNT)) {
    if (m.index < from || POOL_JUST_BEFORE.test(title.slice(Math.max(0, m.index - 40), m.index))) continue;
    const odd = /-odd$/i.test(m[0]);
    const parsed = parseQuantity(m[0].replace(/-odd$/i, ''));
    if ('error' in parsed) continue;
    return { quantity: odd ? { ...parsed, qualifier: 'about' } : parsed, words: m[0] };
  }
  return undefined;
}
/** The first count of the goods after the member's name in the first body sentence naming it. */
function bodyCount(r: ItemReading, member: string): ShareCount | undefined {
  for (const s of r.sents) {
    if (s.start < r.titleEnd) continue;
    const named = s.names.parties.find((p) => p.id === member);
    if (!named) continue;
    const q = r.goods.find((x) => x.index >= named.end && x.end <= s.end && !x.aggregate);
    return q ? { quantity: q.quantity, words: q.text } : undefined;
  }
  return undefined;
}

/** The share's certainty: that of what the item read of it, else hedged by any hedge word, else the source's. */
function certaintyOf(r: ItemReading, told: CandidateEvent[]): Certainty {
  const kept = told.find((c) => c.certainty !== 'denied');
  if (kept) return kept.certainty;
  if (hedgeHits(r.text).length) return 'hedged';
  return r.official ? 'official' : 'reported';
}

/**
 * Rewrites the item's candidates when its headline tells one group member's share of the group's approval: the share
 * becomes that member's allocation under the group record, and readings of the same count (or of the group record told
 * again) give way to it.
 */
export function memberShare(final: CandidateEvent[], r: ItemReading): void {
  const { text, titleEnd, names, state, goods } = r;
  const title = text.slice(0, titleEnd);
  // (The headline's words first: they rule out nearly every item before any name is looked at.)
  const zh = /[\u4e00-\u9fff]/u.test(title);
  const share = zh ? SHARE_ZH.test(title) : SHARE_EN.test(title);
  const pool = zh ? POOL_ZH.test(title) : POOL_EN.test(title);
  if (!share && !pool) return;
  if (OTHER_EVENT.test(title) || DISPUTED.test(title)) return;
  const itemId = r.docItem.id;
  // (A phrase for the group, "three tech giants", 三家, names whose pool it is, not a second member.)
  const inTitle = names.parties.filter((p) => p.tracked && p.end <= titleEnd && !namesGroup(text, p.words));
  const members = [...new Set(inTitle.map((p) => p.id))];
  if (members.length !== 1) return;
  const member = members[0]!;
  const group = groupOf(state, itemId, member);
  if (!group || !/^approved/.test(group.status)) return;
  const name = inTitle.find((p) => p.id === member)!;
  // (A share told without a count in the headline takes the body's first count for that member, when the headline says share.)
  const count = headlineCount(goods, title, name.end) ?? (share ? bodyCount(r, member) : undefined);
  if (!count) return;
  const value = count.quantity.value;
  // The pool itself, named beside the member ("ByteDance's share of the 400,000"), is no share.
  if (group.quota?.value === value) return;
  const read = final.find((c) => c.kind === 'grant' && c.quantity?.role === 'allocation' && c.quantity.holder === member && c.quantity.value === value);
  // What the item read of the same count, or of the group's approval with no count of its own, was this share misread.
  const misread = final.filter(
    (c) =>
      c !== read &&
      (c.quantity?.value === value ||
        // (The pool's own tracked total, named as the whole the share is part of, is background: "of the more than 400,000".)
        ((c.kind === 'restatement' || c.kind === 'grant') &&
          (!c.quantity || (c.quantity.value === group.quota?.value && c.holders.length > 1)) &&
          (c.retells === group.id || c.holders.some((h) => group.holderIds.includes(h.value))))),
  );
  if (misread.some((c) => c.certainty === 'denied')) return;
  if (read) {
    final.splice(0, final.length, ...final.filter((c) => !misread.includes(c)));
    return;
  }
  const authority = state.authority[group.authorityId];
  const item = state.item[itemId];
  const grant: CandidateEvent = {
    kind: 'grant',
    certainty: certaintyOf(r, misread),
    trigger: (zh ? SHARE_ZH.exec(title) : SHARE_EN.exec(title))?.[0] ?? (zh ? POOL_ZH.exec(title) : POOL_EN.exec(title))![0],
    ...(authority ? { authority: { value: authority.id, words: authority.name } } : {}),
    holders: [{ value: member, words: name.words }],
    ...(item ? { item: { value: item.id, words: r.docItem.words } } : {}),
    quantity: { ...count.quantity, role: 'allocation', holder: member, words: count.words },
    conditions: [],
    dates: [],
  };
  final.splice(0, final.length, ...final.filter((c) => !misread.includes(c)), grant);
}
