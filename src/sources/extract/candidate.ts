/**
 * The contract between extraction and everything that reads it (the pipeline, `explain`,
 * the evaluation harness): one news item becomes zero or more typed candidate events, each
 * with its arguments by role, its certainty, and for every field the words it came from.
 * Extraction proposes; the pipeline decides what reaches the ledger and the alerts.
 */
import type { Qualifier } from '../../core/model.js';

/** What happened, according to the item. */
export const CANDIDATE_KINDS = [
  /** An authority granted (approved, with or without conditions, or in part). */
  'grant',
  /** An authority refused or blocked. */
  'denial',
  /** An approval was suspended or paused. */
  'suspension',
  /** An approval was revoked or cancelled. */
  'revocation',
  /** A holder applied or asked for approval (not a decision). */
  'application',
  /** Goods were ordered (placed, not delivered). */
  'order',
  /** Goods were delivered or shipped. */
  'delivery',
  /** A supply or inventory figure (what the seller has in stock or can make). */
  'supply',
  /** A condition was proposed or is being negotiated. */
  'condition_proposed',
  /** A condition was agreed or made final. */
  'condition_agreed',
  /** Old news restated (background, "earlier this year"); not a new event. */
  'restatement',
] as const;
/** What kind of event a candidate is. */
export type CandidateKind = (typeof CANDIDATE_KINDS)[number];

/**
 * How sure the item is: an official notice; a firm report; a hedged one ("is said to",
 * "may", "people familiar", 据悉, 传, 拟, 或将); or a denial / negation ("denies",
 * "has not approved", 否认, 尚未).
 */
export type Certainty = 'official' | 'reported' | 'hedged' | 'denied';

/** A value read from the text, with the exact words it came from. */
export interface Span<T = string> {
  value: T;
  words: string;
}

/** What a number counts, in the event it belongs to. */
export type QuantityRole =
  /** An approved quota (for the group when several holders share it, else for the holder). */
  | 'quota'
  /** One holder's share of a group quota. */
  | 'allocation'
  /** Ordered goods. */
  | 'order'
  /** Delivered or shipped goods. */
  | 'delivery'
  /** Goods in stock or supply. */
  | 'inventory'
  /** A count of licences or approvals, not of goods. */
  | 'licence_count';

/** A quantity with its qualifier, unit and role. */
export interface CandidateQuantity {
  value: number;
  qualifier: Qualifier;
  /** The item's unit ("chips") unless the text counts something else. */
  unit: string;
  role: QuantityRole;
  /** Party id when the number is one holder's share; absent for a group or unattributed figure. */
  holder?: string;
  words: string;
}

/** A date the item states, with what it is. */
export interface CandidateDate {
  role: 'effective' | 'valid_until' | 'deadline' | 'event';
  /** ISO date (YYYY-MM-DD). */
  value: string;
  words: string;
}

/** One typed event proposed from one item. Ids are the ledger's record ids. */
export interface CandidateEvent {
  kind: CandidateKind;
  certainty: Certainty;
  /** The words that made it this kind ("approved", "批准", "has asked for"). */
  trigger: string;
  /** The words that set its certainty, when any ("people familiar with", "否认"). */
  certaintyWords?: string;
  /** Who grants (authority id); never the outlet that reports it. */
  authority?: Span;
  /** Holders or buyers (party ids, subsidiaries mapped to their parent). */
  holders: Span[];
  /** The seller or exporter (party id), e.g. Nvidia for "Nvidia's H200". */
  seller?: Span;
  /** The tracked item (item id). */
  item?: Span;
  quantity?: CandidateQuantity;
  /** Condition kinds named (ids as in the conditions lexicon), or `unspecified` when the item says there are conditions but names none ("with strings", 附条件). */
  conditions: Span[];
  dates: CandidateDate[];
  /** For a restatement: the tracked record it tells again as it stands (a group's approval, a request still pending). */
  retells?: string;
}

/** Everything read from one item: its candidates, and why anything was set aside. */
export interface ItemExtraction {
  candidates: CandidateEvent[];
  /**
   * Tracked records the item is about (authorization, party, item ids) with the words that
   * tied it to them; empty when it only mentions them in passing.
   */
  about: Span[];
  /** Short reasons for what was set aside ("H20 is not H200", "opinion", "mention in passing"). */
  notes: string[];
  language: 'en' | 'zh' | 'mixed';
}
