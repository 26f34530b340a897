/**
 * The extraction contract under test: `extractCandidates(input, state): ItemExtraction`
 * from src/sources/extract. Until it exists, an adapter over the older `extractFacts`
 * stands in, so the harness has a baseline; the report says which one ran. Nothing but
 * the public exports of src/sources/extract is used.
 */
import type { LedgerState } from '../src/core/model.js';
import * as extract from '../src/sources/extract/index.js';
import type { CandidateEvent, CandidateKind, ItemExtraction, Span } from '../src/sources/extract/candidate.js';
import type { ExtractInput, Extraction } from '../src/sources/extract/index.js';

/** The function the harness scores. */
export type ExtractCandidates = (input: ExtractInput, state: LedgerState) => ItemExtraction;

/** The contract when src/sources/extract exports it, else the adapter; `name` says which. */
export function contractUnderTest(): { name: string; run: ExtractCandidates } {
  const exported = (extract as Record<string, unknown>)['extractCandidates'];
  if (typeof exported === 'function') return { name: 'extractCandidates', run: exported as ExtractCandidates };
  return { name: 'adapter over extractFacts (extractCandidates not found)', run: adaptExtractFacts };
}

const KIND_OF_STATUS: Partial<Record<string, CandidateKind>> = {
  approved: 'grant',
  approved_with_conditions: 'grant',
  partially_approved: 'grant',
  denied: 'denial',
  returned_without_action: 'denial',
  suspended: 'suspension',
  revoked: 'revocation',
  withdrawn: 'revocation',
  applied: 'application',
  pending: 'application',
};

const span = (m: { id: string; text: string }): Span => ({ value: m.id, words: m.text });

/** Reads the old Extraction as candidate events, as literally as it allows. */
export function adaptExtractFacts(input: ExtractInput, state: LedgerState): ItemExtraction {
  const x: Extraction = extract.extractFacts(input, state);
  const about = [...x.parties, ...x.items, ...x.authorities].map(span);
  const base = {
    candidates: [] as CandidateEvent[],
    about,
    notes: [] as string[],
    language: /[\u4e00-\u9fff]/.test(x.text) ? ('zh' as const) : ('en' as const),
  };
  const item = x.items[0];
  if (!item) return base;
  const certainty = x.status?.hedged || x.confidence === 'low' ? 'hedged' : 'reported';
  const holders = x.parties.filter((p) => (x.direction === 'export' ? true : p.id !== 'nvidia')).map(span);
  const authority = x.authorities[0] ? span(x.authorities[0]) : undefined;
  const common = { holders, item: span(item), conditions: [], dates: [], ...(authority ? { authority } : {}) };
  const kind = x.status ? KIND_OF_STATUS[x.status.status] : undefined;
  if (kind) {
    const q = x.quantities[0];
    base.candidates.push({
      kind,
      certainty,
      trigger: x.status!.phrase,
      ...common,
      ...(q && kind === 'grant' ? { quantity: { ...q.quantity, role: 'quota' as const, words: q.text } } : {}),
    });
  }
  if (x.orderSignal) {
    const q = x.orderSignal.quantity;
    base.candidates.push({
      kind: 'order',
      certainty,
      trigger: x.orderSignal.phrase,
      ...common,
      ...(q ? { quantity: { ...q, role: 'order' as const, words: x.orderSignal.phrase } } : {}),
    });
  }
  return base;
}
