/** Compact views of candidate events for assertions. */
import { extractCandidates, type CandidateEvent, type ItemExtraction } from '../../../../src/sources/extract/index.js';
import type { LedgerState } from '../../../../src/core/model.js';
import { seedState, withUsExport, withWaiting } from './state.js';

const state = seedState();

/** Extracts from a title (and summary, and publication time) against the seed's names. */
export function read(title: string, summary?: string, publishedAt?: string): ItemExtraction {
  return extractCandidates({ title, ...(summary === undefined ? {} : { summary }), ...(publishedAt ? { publishedAt } : {}) }, state);
}

/** One line per candidate: kind, certainty, authority, holders, quantity role and value. */
export function brief(c: CandidateEvent): string {
  const q = c.quantity ? ` ${c.quantity.role}:${c.quantity.qualifier}:${c.quantity.value}${c.quantity.holder ? `@${c.quantity.holder}` : ''}` : '';
  return `${c.kind}/${c.certainty} ${c.authority?.value ?? '-'} [${c.holders.map((h) => h.value).join(',')}] ${c.item?.value ?? '-'}${q}`;
}

/** The candidates of a title, briefly. */
export function briefs(title: string, summary?: string): string[] {
  return read(title, summary).candidates.map(brief);
}

/** The holders' words of each candidate of a title, joined with "+". */
export function holders(title: string, summary?: string): string[] {
  return read(title, summary).candidates.map((c) => c.holders.map((h) => h.words).join('+'));
}

/** One line per candidate of a title: kind, certainty and the holders' words joined with "+". */
export function told(title: string, summary?: string): string[] {
  return read(title, summary).candidates.map((c) => `${c.kind}/${c.certainty} ${c.holders.map((h) => h.words).join('+')}`);
}

/** One line per candidate: kind, certainty, the holders' words in brackets, whether it carries terms, and its figure. */
export function toldWithTerms(title: string, summary?: string): string[] {
  return read(title, summary).candidates.map(
    (c) =>
      `${c.kind}/${c.certainty} [${c.holders.map((h) => h.words).join('+')}]${c.conditions.length ? ' with terms' : ''}${c.quantity ? ` ${c.quantity.value}` : ''}`,
  );
}

/** One line per candidate read against Washington's export licensing (`withUsExport`): kind, certainty, authority and the record it retells. */
export function toldOfUsExport(title: string, summary = ''): string[] {
  return extractCandidates({ title, summary }, withUsExport()).candidates.map((c) =>
    `${c.kind}/${c.certainty} ${c.authority?.value ?? '-'} ${c.retells ?? ''}`.trim(),
  );
}

/** Whether each grant an item tells, read against Washington's export licensing (`withUsExport`), carries terms. */
export function grantsWithTerms(title: string, summary: string): boolean[] {
  return extractCandidates({ title, summary }, withUsExport())
    .candidates.filter((c) => c.kind === 'grant')
    .map((c) => c.conditions.length > 0);
}

/**
 * Whether each grant carries terms the item's words tell, read against Washington's export licensing (`withUsExport`);
 * the terms a US licence carries from the rule itself (`rule-terms`) are left out.
 */
export function grantsWithTermsTold(title: string, summary: string): boolean[] {
  return extractCandidates({ title, summary }, withUsExport())
    .candidates.filter((c) => c.kind === 'grant')
    .map((c) => c.conditions.some((x) => x.value !== 'rule-terms'));
}

/** One line per candidate read against the waiting firms' record (`withWaiting`): kind and the holders' ids. */
export function kindsOfWaiting(title: string, summary?: string): string[] {
  return extractCandidates({ title, ...(summary ? { summary } : {}) }, withWaiting()).candidates.map(
    (c) => `${c.kind} ${c.holders.map((h) => h.value).join(',')}`,
  );
}

/** The kind and certainty of each candidate of a title ("grant/hedged"). */
export function kindsTold(title: string, summary?: string): string[] {
  return read(title, summary).candidates.map((c) => `${c.kind}/${c.certainty}`);
}

/** The kind of each candidate of a title. */
export function kinds(title: string, summary?: string): string[] {
  return read(title, summary).candidates.map((c) => c.kind);
}

/** Each candidate's kind, with its quantity's role and value, read against `state` at `publishedAt`. */
export function kindsWithFigures(state: LedgerState, title: string, summary: string, publishedAt: string): string[] {
  return extractCandidates({ title, summary, publishedAt }, state).candidates.map(
    (c) => `${c.kind}${c.quantity ? ` ${c.quantity.role}:${c.quantity.value}` : ''}`,
  );
}

/** The candidates of a title (and summary) read against `state` instead of the seed's names alone. */
export function readAgainst(state: LedgerState, title: string, summary = ''): CandidateEvent[] {
  return extractCandidates({ title, summary }, state).candidates;
}

/** The candidates of a title read against `state`, briefly (see `brief`). */
export function briefsAgainst(state: LedgerState, title: string, summary = ''): string[] {
  return readAgainst(state, title, summary).map(brief);
}

/** The kind of each candidate of a title read against `state`. */
export function kindsAgainst(state: LedgerState, title: string, summary = ''): string[] {
  return readAgainst(state, title, summary).map((c) => c.kind);
}
