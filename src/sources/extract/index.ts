/** Rule-based fact extraction from feed item titles and summaries (pure, no I/O). */
export { extractFacts } from './extract-facts.js';
export type { Confidence, ExtractInput, ExtractedQuantity, ExtractedStatus, Extraction } from './extract-facts.js';
export { findMentions, type Mention, type Mentions } from './gazetteer.js';
export { normaliseText, splitPublisher } from './normalise.js';
export { findQuantities, type FoundQuantity } from './quantities.js';
export { findHedges, findStatusHits, type Hedges, type Polarity, type StatusHit } from './status.js';
export { readDirection, readOrderSignal, type OrderSignal } from './signals.js';
export { extractCandidates } from './extract-candidates.js';
export { ANOTHER_APPROVAL } from './retold.js';
export type { CandidateDate, CandidateEvent, CandidateKind, CandidateQuantity, Certainty, ItemExtraction, QuantityRole, Span } from './candidate.js';
export { CANDIDATE_KINDS } from './candidate.js';
