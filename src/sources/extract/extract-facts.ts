/**
 * Rule-based extraction of facts from a feed item's title and summary, for the source
 * watcher. Pure and deterministic: the same item and ledger state always give the same
 * Extraction. It proposes facts; deciding whether they change the ledger (tiers,
 * evidence, disputes) is done elsewhere.
 */
import type { AuthStatus, Direction, LedgerState, Quantity } from '../../core/model.js';
import { findMentions, firstMentions, type Mention } from './gazetteer.js';
import { capAtSpace as cap, dropTrailingName, normaliseText, splitPublisher } from './normalise.js';
import { findQuantities } from './quantities.js';
import { readDirection, readOrderSignal, type OrderSignal } from './signals.js';
import { findHedges, readStatus, type Polarity } from './status.js';

/** A feed item as the watcher sees it. `publishedAt` and `link` are carried for callers' evidence. */
export interface ExtractInput {
  title: string;
  summary?: string;
  publishedAt?: string;
  link?: string;
  /** The item comes from an official source (a Federal Register notice): firm statements in it are official. */
  official?: boolean;
}

/** A quantity of goods found in the text. */
export interface ExtractedQuantity {
  quantity: Quantity;
  /** The words it was read from ("more than 400,000 Nvidia H200 chips"). */
  text: string;
  /** True when "in total", "combined", "between them"... make it one figure for a group. */
  aggregate: boolean;
}

/** The status a text reports. */
export interface ExtractedStatus {
  status: AuthStatus;
  polarity: Polarity;
  /** Hedging words apply: the status is reported, not confirmed. */
  hedged: boolean;
  /** The words it was read from ("approves", "not permitted"). */
  phrase: string;
}

/** Confidence in the extraction as a whole: hedging and missing anchors lower it. */
export type Confidence = 'high' | 'medium' | 'low';

/** What a title and summary say, in terms of the ledger. */
export interface Extraction {
  /** The normalised text that was scanned: title (publisher removed), then summary. */
  text: string;
  /** From a trailing " - Publisher" in the title (Google News style). */
  publisher?: string;
  /** Tracked parties named, first mention of each, in text order (not the brand inside an item name). */
  parties: Mention[];
  /** Tracked items named (never a look-alike listed in the item's `excludes`). */
  items: Mention[];
  /** Tracked authorities named. */
  authorities: Mention[];
  quantities: ExtractedQuantity[];
  status?: ExtractedStatus;
  direction?: Direction;
  orderSignal?: OrderSignal;
  confidence: Confidence;
  /** The hedging words found (reportedly, considering, people familiar...), in text order. */
  hedges: string[];
}

const MAX_RAW = 20_000;
const MAX_SUMMARY = 2_000;

function joinText(title: string, summary: string): string {
  // Google News summaries repeat the title; scanning it twice would double every fact.
  if (!summary || summary === title || summary.startsWith(title)) {
    const extra = summary.slice(title.length).trim();
    return extra ? `${title}${/[.!?]$/.test(title) ? '' : '.'} ${extra}` : title;
  }
  return `${title}${/[.!?]$/.test(title) ? '' : '.'} ${summary}`;
}

function sameQuantity(a: Quantity, b: Quantity): boolean {
  return a.value === b.value && a.qualifier === b.qualifier && a.unit === b.unit;
}

/**
 * Extracts parties, items, authorities, quantities, status, direction and order signals
 * from a feed item's title and summary, using the ledger's names and aliases.
 */
export function extractFacts(input: ExtractInput, state: LedgerState): Extraction {
  const { text: title, publisher } = splitPublisher(normaliseText(input.title.slice(0, MAX_RAW)));
  // Summaries can be whole articles; the facts a headline watcher wants are in the lead,
  // and a cap keeps one hostile item from costing more than any other.
  const summary = cap(dropTrailingName(normaliseText(input.summary?.slice(0, MAX_RAW)), publisher), MAX_SUMMARY);
  const text = joinText(title, summary);

  const mentions = findMentions(state, text);
  const itemUnits: Record<string, string> = {};
  for (const item of Object.values(state.item)) itemUnits[item.id] = item.unit;
  const found = findQuantities(text, mentions.items, itemUnits);
  const hedges = findHedges(text);
  const status = readStatus(text, hedges);
  const direction = readDirection(text, status, mentions.authorities, state);
  const orderSignal = readOrderSignal(text, found);

  const quantities: ExtractedQuantity[] = [];
  for (const q of found) {
    const twin = quantities.find((o) => sameQuantity(o.quantity, q.quantity));
    if (twin) twin.aggregate ||= q.aggregate;
    else quantities.push({ quantity: q.quantity, text: q.text, aggregate: q.aggregate });
  }

  // "Nvidia" inside the item name "Nvidia H200" is the brand of the chip, not a party to
  // the deal; counting it would tie an import headline to Nvidia's export licence too.
  const inItem = (p: Mention): boolean => mentions.items.some((i) => i.index <= p.index && p.end <= i.end);
  const parties = firstMentions(mentions.parties.filter((p) => !inItem(p)));
  const items = firstMentions(mentions.items);
  const authorities = firstMentions(mentions.authorities);

  // Start at high; each kind of hedge and each missing anchor costs one step.
  let score = 2;
  if (hedges.intent.length > 0) score -= 1;
  if (hedges.source.length > 0) score -= 1;
  if (!status && !orderSignal && quantities.length === 0) score -= 1;
  if (parties.length + items.length + authorities.length === 0) score -= 1;
  const confidence: Confidence = score >= 2 ? 'high' : score === 1 ? 'medium' : 'low';

  const allHedges = [...hedges.intent, ...hedges.source].sort((a, b) => a.index - b.index).map((h) => h.text);
  const out: Extraction = { text, parties, items, authorities, quantities, confidence, hedges: allHedges };
  if (publisher) out.publisher = publisher;
  if (status) out.status = { status: status.status, polarity: status.polarity, hedged: status.hedged, phrase: status.phrase };
  if (direction) out.direction = direction;
  if (orderSignal) out.orderSignal = orderSignal;
  return out;
}
