/**
 * 南京聚隆被指向服务器商订约960颗H200, "Renren quietly books about 1,400 Nvidia H200s", "Quorvane Systems' H200 purchase
 * runs to roughly 8,640 units": one untracked firm's order. With no buyer read, the order would fall to the tracked
 * aggregate of Chinese firms' orders (millions of chips), and a few hundred chips bought by one firm would read as a change
 * to that total. The firm the item names as the buyer, before what it does to buy (订购, 采购, 下单, 签约, "books",
 * "buys") or as the owner of the purchase, holds the order instead, so the report becomes an untracked firm's new order.
 * Only for an order too small to be the aggregate, and only when the item names no tracked buyer: those keep their reading.
 */
import type { LedgerState } from '../../core/model.js';
import type { CandidateEvent } from './candidate.js';
import type { Named, NamedScan } from './named.js';
import { RUN, subjectName } from './unread-latin-firm.js';
import { firstSentenceFirm, zhNameThen, zhFirm } from './unread-firm.js';

// The aggregate of Chinese firms' orders runs to millions; an order this small is one firm's (or a few firms'), not it.
const ONE_FIRMS_ORDER = 50_000;

// What a firm does to buy, right after its name, its unit and an adverb (向经销商订购, 通过代理商下单, 与服务器商签下…采购合同,
// 追加, 受让); or the firm announcing its own purchase (云内动力表示, 若澄智能周三公告).
const ZH_BUYS = String.raw`(?:(?:向|通过|透过|经由|经|与|同|从)[^，。；]{1,16}?)?(?:订购|订约|订下|订了|下单|下了|采购|购买|购置|购入|买入|买下|添置|签(?:约|下|订|署|了)?|追加|加订|受让|锁定|预订|敲定)|(?:周[一二三四五六日]|[\d一二三四五六七八九十]{1,3}日)?(?:晚间|午间|早间)?(?:发布|发出)?(?:公告|披露|答复|回复|表示|宣布)`;
const ZH_BUYER = zhNameThen(ZH_BUYS);

// Order verbs with a capital or not, as a headline or a sentence writes them.
const ciWord = (w: string) => `[${w[0]!.toUpperCase()}${w[0]}]${w.slice(1)}`;
const verbs = (ws: string[]) => `(?:${ws.map(ciWord).join('|')})`;
const BUYS = verbs([
  'books?',
  'booked',
  'buys',
  'bought',
  'buying',
  'orders?',
  'ordered',
  'reserves?',
  'reserved',
  'places?',
  'placed',
  'signs?',
  'signed',
  'contracted',
  'agreed\\s+to\\s+(?:buy|take)',
  'puts?\\s+down',
]);
// A firm telling of its own purchase: only in a sentence that speaks of one.
const TELLS = verbs(['confirms?', 'confirmed', 'says', 'said', 'discloses', 'disclosed', 'announces', 'announced']);
const ADVERBS = String.raw`(?:(?:${verbs(['has', 'have', 'had', 'is', 'was', 'also', 'quietly', 'now', 'already', 'reportedly', 'said\\s+to\\s+(?:be|have)'])})\s+){0,3}`;
// "SHANGHAI, Dec 7 (Reuters) - ": a dateline opening a report, and "Shandong's", "Shenzhen-listed": a place before the name.
const OPENING = String.raw`^(?:[A-Z]{3,}(?:\s+[A-Z]{3,})?,\s+[A-Z][a-z]{2,8}\.?\s+\d{1,2}\s+\([A-Za-z]+\)\s+[-–—]\s+)?(?:[A-Z][a-z]+(?:'s|’s|-listed|-based)\s+)?`;
// "Renren, once China's Facebook, quietly books": a description between the name and its verb.
const APPOSITION = String.raw`(?:,[^,]{1,80},)?`;
const SUBJECT_BUYS = new RegExp(`${OPENING}${RUN}${APPOSITION}\\s+${ADVERBS}${BUYS}\\b`, 'u');
const SUBJECT_TELLS = new RegExp(`${OPENING}${RUN}${APPOSITION}\\s+${ADVERBS}${TELLS}\\b`, 'u');
// "Quorvane Systems' H200 purchase": the firm whose order it is.
const OWNER = new RegExp(String.raw`${RUN}(?:'s|’s|'|’)\s+(?:[\p{L}\p{N}-]+\s+){0,2}?(?:[Oo]rders?|[Pp]urchases?|[Bb]ookings?|[Rr]eservations?)\b`, 'u');
// A sentence that speaks of buying.
const PURCHASE = /\b(?:orders?|ordered|purchases?|buy|buys|bought|books?|booked|reserv\w+|contract(?:s|ed)?|signed\s+for)\b/iu;
// A firm counted or described as many ("Chinese carmakers", "three firms") names no one buyer.
const MANY =
  /\b(?:\d+|two|three|four|five|several|dozens?|many|other|some|all)\s+(?:[a-z-]+\s+)?(?:firms|companies|buyers|customers|businesses)\b|\bcollectively\b/iu;

/** The firm an English sentence names as the buyer: the subject of a verb of buying or of telling a purchase, or the owner of the order. */
function latinBuyerIn(sentence: string): string | undefined {
  const patterns = PURCHASE.test(sentence) ? [SUBJECT_BUYS, SUBJECT_TELLS, OWNER] : [SUBJECT_BUYS];
  for (const pattern of patterns) {
    const run = pattern.exec(sentence)?.[1];
    const name = run && subjectName(run);
    if (name) return name;
  }
  return undefined;
}

/** The buyer an English item names: the headline, then the summary's sentences. */
function latinBuyer(text: string, titleEnd: number): Named | undefined {
  return MANY.test(text) ? undefined : firstSentenceFirm(text, titleEnd, latinBuyerIn);
}

/** Gives each holderless order too small to be the tracked aggregate the one untracked firm the item names as its buyer. */
export function oneFirmsOrder(
  folded: CandidateEvent[],
  text: string,
  titleEnd: number,
  names: NamedScan,
  state: LedgerState,
  sellers: ReadonlySet<string>,
  waitingParty: string | undefined,
): void {
  const open = folded.filter(
    (c) => c.kind === 'order' && !c.holders.length && (!c.quantity || (c.quantity.role === 'order' && c.quantity.value < ONE_FIRMS_ORDER)),
  );
  if (!open.length) return;
  const zh = /[\p{Script=Han}]/u.test(text);
  // A tracked buyer named anywhere may be whose order it is; a firm another event holds is the one the item is about.
  const untracked = [...new Set(folded.flatMap((c) => c.holders.filter((h) => !state.party[h.value]).map((h) => h.value)))];
  if (untracked.length > 1) return;
  const trackedBuyer = names.parties.some((p) => !sellers.has(p.id) && p.id !== waitingParty && (p.tracked || !!state.party[p.id]));
  if (!untracked.length && trackedBuyer) return;
  const known = [...names.parties, ...names.authorities, ...names.items];
  const found = untracked.length ? undefined : zh ? zhFirm(text, titleEnd, known, ZH_BUYER, false) : latinBuyer(text, titleEnd);
  const holder = found ? { value: found.id, words: found.words } : folded.flatMap((c) => c.holders).find((h) => h.value === untracked[0]);
  if (!holder) return;
  // (The headline's 约960颗 and the summary's: one firm's one order, told twice; the first telling stands.)
  for (const c of open.slice(1)) folded.splice(folded.indexOf(c), 1);
  open[0]!.holders = [holder];
}
