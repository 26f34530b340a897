/**
 * A firm heading an item to say its goods have not arrived yet ("X says its H200s have yet to arrive", X：获批进口的H200芯片
 * 尚未到货, X回应…：目前尚未收到) tells a denied delivery of its own, tracked or not. The approval or order it names in passing
 * ("chips approved in September", 获批进口的) is the background of that denial, not news told again.
 */
import type { CandidateEvent, Span } from './candidate.js';
import type { ItemReading } from './item-reading.js';
import { lexicon } from './lexicon.js';
import type { Named } from './named.js';
import { zhGenericName } from './unknown-names.js';
import { genericLatinName, latinParty, zhParty } from './untracked-party.js';
import { ZH_NOT_SPEAKER } from './zh-name-patterns.js';

// Goods said not to have come: "have yet to arrive", "not yet delivered", "still waiting for its first", "no … have reached
// … yet", "none of … has arrived". ("… until March": goods due on a date are coming, not denied.)
const EN_NOT_YET = new RegExp(
  [
    String.raw`\bha(?:ve|s|d)\s+yet\s+to\s+(?:arrive|turn\s+up|be\s+delivered|reach|land)\b`,
    String.raw`\b(?:not\s+yet|still\s+not|have\s+not|has\s+not|had\s+not|hasn['’]t|haven['’]t)\s+(?:been\s+|yet\s+)?(?:arrived|delivered|reached|turned\s+up|landed)\b`,
    String.raw`\bstill\s+waiting\s+for\s+(?:its|their)\s+first\b`,
    String.raw`\bno\s+[^.;:]{0,40}?\b(?:have|has)\s+(?:reached|arrived|landed)\b[^.;:]{0,30}?\byet\b`,
    String.raw`\bnone\s+of\s+[^.;:]{0,40}?\b(?:has|have)\s+(?:arrived|been\s+delivered|reached|landed)\b`,
  ].join('|'),
  'iu',
);
const UNTIL_AFTER = /^\s+(?:until|till)\b/iu;
const EN_NOT_YET_CUE = /yet|not|n['’]t|waiting|none/iu;
const ZH_NOT_YET_CUE = /[未没无]/u;
// 尚未到货, 暂未交付, 没有新的H200到货, 尚无H200运抵 closing a clause; 尚未收到 (任何H200) likewise. (未到货的额度, 未交付订单: the
// words before a noun describe it; 未收到…通知/批复: a letter, not goods.)
const ZH_NOT_YET =
  /(?:尚未|暂未|还没有|还没|还未|仍未|至今没有|至今未|没有|尚无|未)[^，。；：:\s]{0,8}?(?:到货|交付|运抵)(?=$|[\s，,。；！!])|(?:尚未|暂未|还没有|还未|仍未|没有|未)收到(?:任何)?(?:英伟达)?(?:H\d+)?(?:芯片)?(?=$|[\s，,。；！!])/u;
// A bare 尚未收到 tells goods only when the headline is about goods arriving (回应“已到货”说法：尚未收到).
const ZH_BARE_RECEIVED = /收到$/u;
const ZH_GOODS_WORDS = /到货|交付|运抵|上架|芯片|H\d/u;
// A firm denying it ordered at all is an order denied, not goods late.
const ORDER_DENIED =
  /否认[^，。；：:\s]{0,10}(?:采购|下单|订购|购买)|(?:从未|并未|没有)(?:采购|下单|订购|购买)|\bden(?:y|ies|ied)\b[^.;:]{0,30}\b(?:order|buy|purchas)|\bnever\s+(?:ordered|bought|placed)/iu;

// The firm heading the item: 豪迈科技：, 腾讯回应…：, 鏗瀾數據澄清：; "BAIC says", "Bank of Communications:", "Mininglamp still".
const ZH_HEAD = /^([\p{Script=Han}A-Za-z]{2,10}?)(?:(?:回应|回复|澄清|声明|公告|表示|称)[^：:]{0,30}?)?[：:]/u;
const EN_HEAD = /^((?:[A-Z0-9][\p{L}\p{N}.&'’-]*)(?:\s+(?:(?:of|and|&)\s+)?[A-Z][\p{L}\p{N}.&'’-]*){0,4})(?=:|\s+(?:says|said|still|confirms|tells)\b)/u;
// Those who speak of others' goods: a reporter, a source, an official.
const ZH_NOT_FIRM = /人士|记者|消息|海关|^据/u;

/** The firm heading the title, as a party, unless it is no buyer (a chip maker, a seller, an authority, an outlet). */
function headFirm(r: ItemReading, title: string): Named | undefined {
  const zh = ZH_HEAD.exec(title);
  const en = zh ? undefined : EN_HEAD.exec(title);
  const name = zh?.[1] ?? en?.[1];
  if (!name) return undefined;
  if (zh ? zhGenericName(name) || ZH_NOT_SPEAKER.test(name) || ZH_NOT_FIRM.test(name) : genericLatinName(name)) return undefined;
  const { names } = r;
  // (An authority's name opening a firm's, "China" in "China Taiping", does not make the firm an authority.)
  if ([...names.authorities, ...names.items, ...names.otherChips].some((k) => k.index <= 0 && k.end >= name.length)) return undefined;
  // (A tracked or already read firm in the head is that firm: 阿里云 is Alibaba.)
  const read = names.parties.find((p) => p.index < name.length && p.end > 0);
  const firm = read ?? (zh ? zhParty(name, 0) : latinParty(name, 0));
  if (r.sellers.has(firm.id) || lexicon().chipMakers.has(firm.id)) return undefined;
  return firm;
}

/** The words in the title telling its goods have not come, if any. */
function notYetWords(title: string): string | undefined {
  // (Each English wording holds one of these words, each Chinese one 未, 没 or 无: most titles hold none.)
  const en = EN_NOT_YET_CUE.test(title) ? EN_NOT_YET.exec(title) : null;
  if (en && !UNTIL_AFTER.test(title.slice(en.index + en[0].length))) return en[0];
  const zh = ZH_NOT_YET_CUE.test(title) ? ZH_NOT_YET.exec(title) : null;
  if (!zh) return undefined;
  if (ZH_BARE_RECEIVED.test(zh[0]) && !ZH_GOODS_WORDS.test(title.slice(0, zh.index))) return undefined;
  return zh[0];
}

/**
 * Makes a headline firm's "not arrived yet" its denied delivery: drops the approval or order it recalls (and the old
 * news read from it) and adds the denial, unless the item already reads that firm's delivery as denied.
 */
export function deliveriesNotYet(final: CandidateEvent[], r: ItemReading): void {
  const title = r.text.slice(0, r.titleEnd);
  const words = notYetWords(title);
  if (!words || ORDER_DENIED.test(title)) return;
  const firm = headFirm(r, title);
  if (!firm) return;
  const own = (c: CandidateEvent) => c.holders.length === 0 || c.holders.every((h) => h.value === firm.id);
  if (final.some((c) => c.kind === 'delivery' && c.certainty === 'denied' && c.holders.some((h) => h.value === firm.id))) return;
  // (Goods said to have come, whoever's, are the report the firm answers: 网传上架照片.)
  const recalled = (c: CandidateEvent) =>
    c.kind === 'restatement' ||
    (c.kind === 'delivery' && c.certainty !== 'denied') ||
    ((c.kind === 'grant' || c.kind === 'order' || c.kind === 'delivery') && own(c));
  const seller = final.find((c) => recalled(c) && c.seller)?.seller;
  const holder: Span = { value: firm.id, words: firm.words };
  const kept = final.filter((c) => !recalled(c));
  final.splice(0, final.length, ...kept, {
    kind: 'delivery',
    certainty: 'denied',
    trigger: words,
    certaintyWords: words,
    holders: [holder],
    ...(seller ? { seller } : {}),
    item: { value: r.docItem.id, words: r.docItem.words },
    conditions: [],
    dates: [],
  });
}
