/**
 * What one item's reading shares between its sentence loop, its passes and its close: the
 * names, triggers and figures found once per item, and what the sentences leave behind.
 */
import type { LedgerState } from '../../core/model.js';
import type { CandidateDate, CandidateEvent, CandidateKind } from './candidate.js';
import type { ExtractInput } from './extract-facts.js';
import type { Sentence } from './actors.js';
import type { Named, NamedScan } from './named.js';
import type { Hit } from './phrase-index.js';
import type { FoundQuantity } from './quantities.js';
import type { RoledQuantity } from './roles.js';
import type { Range } from './text-units.js';
import type { Trigger } from './trigger.js';

/** The item as read once, before its sentences are: read-only to the steps after it. */
export interface ItemReading {
  readonly input: ExtractInput;
  readonly state: LedgerState;
  /** Title and summary joined (see item-text.ts). */
  readonly text: string;
  /** Where the title ends in `text`. */
  readonly titleEnd: number;
  /** Whether the source is official (a flag on the input, or a government host). */
  readonly official: boolean;
  readonly names: NamedScan;
  /** The tracked item the item is about when a sentence names none. */
  readonly docItem: Named;
  readonly ranges: readonly Range[];
  readonly sents: readonly Sentence[];
  readonly triggers: readonly Trigger[];
  readonly sellers: Set<string>;
  /** The party that stands for the firms still waiting ("other Chinese firms"), if the ledger has one. */
  readonly waitingParty: string | undefined;
  /** Counts of the goods (licence counts and old figures left out). */
  readonly goods: readonly FoundQuantity[];
  readonly licences: readonly RoledQuantity[];
  /** Whether a count is the group's total. */
  readonly groupQuota: boolean;
  readonly dates: (CandidateDate & { index: number })[];
  readonly countries: readonly Hit[];
  /** Other goods named beside the parties ("Boeing jets"). */
  readonly otherGoodsHits: readonly Hit[];
  /** What the reading noted (shared: the steps append to it). */
  readonly notes: string[];
}

/** What the sentence loop leaves for the passes after it. */
export interface SentenceTally {
  /** The candidates so far, twins merged. */
  readonly candidates: CandidateEvent[];
  /** Untracked buyers placed in another country ("Mumbai-based Yotta"): a headline about them is that deal too. */
  readonly foreignBuyers: Set<string>;
  /** Candidates a past month made old news, with the kind they were before. */
  readonly datedBefore: Map<CandidateEvent, CandidateKind>;
  /** Candidates retelling a request as still pending. */
  readonly pendingTold: Set<CandidateEvent>;
  /** Stock figures told as still held ("still holds more than 600,000 in inventory"), news when the figure is new. */
  readonly stillHeld: Set<CandidateEvent>;
  /** Set once a sentence's events were about another product, so that "the approvals" after it are too. */
  otherProductTold: boolean;
  /** Whether the first sentence after the headline that tells an event tells it of another product. */
  ledeAboutOther: boolean | undefined;
}
