/**
 * One figure read both as orders and as stock ("Recap: Nvidia's roughly 700,000 H200s still fall far short of Chinese
 * orders", 英伟达手上约70万颗H200 难填大陆订单缺口, "Follow-On Order for 80,000 Nvidia H200s"): the words right around the
 * figure say which it is ("on the shelf", "in inventory", 手上, 库存; "order for", "on order", 订单); when they say one and
 * not the other, the other reading is dropped; when they say both or neither, both stay.
 */
import type { CandidateEvent } from './candidate.js';

const QUALIFIER = String.raw`(?:about|around|roughly|some|nearly|almost|over|more than|an estimated|约|近|逾|超过|大约|将近)?\s*`;
const STOCK_BEFORE = new RegExp(
  String.raw`(?:库存|存货|备货|手上|手握|手中|手头|现货|\b(?:inventory|stockpile|stock|reserve)\s+of|\bholds?|\bhas)\s*(?:的?H\d{2,3})?\s*${QUALIFIER}$`,
  'iu',
);
const STOCK_AFTER =
  /^\s*(?:(?:Nvidia\s+)?(?:H\d{2,3}s?|chips|units|processors)\s+)?(?:still\s+)?(?:on\s+(?:the\s+)?(?:shelf|shelves|hand)|in\s+(?:stock|inventory|(?:[\p{L}'’]+\s+)?warehouses?|reserve)|unsold|idle|left|sitting|(?:的)?(?:库存|存货|现货|成品))/iu;
const ORDER_BEFORE = new RegExp(String.raw`(?:订单|下单|订购|\b(?:orders?|bookings?)\s+(?:of|for|to|at)|\bordered)\s*${QUALIFIER}$`, 'iu');
const ORDER_AFTER = /^\s*(?:(?:Nvidia\s+)?(?:H\d{2,3}s?|chips|units|processors)\s+)?(?:on\s+order|ordered|in\s+orders|(?:的)?订单)/iu;

/** What the words around each telling of `words` say the figure is. */
function saysOf(text: string, words: string): { stock: boolean; order: boolean } {
  const out = { stock: false, order: false };
  if (!words) return out;
  for (let at = text.indexOf(words); at >= 0; at = text.indexOf(words, at + 1)) {
    const before = text.slice(Math.max(0, at - 24), at);
    const after = text.slice(at + words.length, at + words.length + 40);
    if (STOCK_BEFORE.test(before) || STOCK_AFTER.test(after)) out.stock = true;
    if (ORDER_BEFORE.test(before) || ORDER_AFTER.test(after)) out.order = true;
  }
  return out;
}

/** Keeps one reading of a figure read both as orders and as stock, when the words around it tell which. */
export function oneRoleForFigure(final: CandidateEvent[], text: string): CandidateEvent[] {
  const dropped = new Set<CandidateEvent>();
  for (const order of final) {
    if (order.quantity?.role !== 'order') continue;
    for (const stock of final) {
      if (stock.quantity?.role !== 'inventory' || stock.quantity.value !== order.quantity.value) continue;
      const a = saysOf(text, order.quantity.words);
      const b = saysOf(text, stock.quantity.words);
      const isStock = a.stock || b.stock;
      const isOrder = a.order || b.order;
      if (isStock && !isOrder) dropped.add(order);
      else if (isOrder && !isStock) dropped.add(stock);
    }
  }
  return dropped.size ? final.filter((c) => !dropped.has(c)) : final;
}
