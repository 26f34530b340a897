/** Parsing one journal line into its records, checking only the ones the reader asked for. */
import { messageOf } from './durable-fs.js';
import { isPartHeader } from './journal-lines.js';
import type { RecordChecks } from './journal-options.js';
import { validateLine, validateRecords } from './validate-records.js';

/**
 * Which records of a read to return and check: a long import line holds thousands of
 * records, and a reader that needs a few should not validate them all.
 */
export interface ReadFilter {
  /** Skip records (before checking them) for which this is false. */
  accept?: (raw: unknown) => boolean;
  /** false: return records as parsed, unchecked (for readers that only need their place). */
  validate?: boolean;
}

/**
 * The records of one line with their positions in it, checked unless the filter says
 * otherwise; or what is wrong with the line (the caller knows where it is and words the error).
 */
export function parseJournalLine<T extends object>(checks: RecordChecks<T>, text: string, filter: ReadFilter): [number, T][] | string {
  // Blank lines (a hand edit) carry nothing; tolerate them rather than refuse to start.
  if (text.trim() === '') return [];
  if (!filter.accept && filter.validate !== false && !text.startsWith('[{"$part":')) {
    const result = validateLine(checks, text);
    if (typeof result === 'string') return result;
    return result.map((record, index) => [index, record]);
  }
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch (err) {
    return `not valid JSON (${messageOf(err)})`;
  }
  const items = Array.isArray(raw) ? (raw as unknown[]) : [raw];
  const out: [number, T][] = [];
  for (let index = 0; index < items.length; index++) {
    const item = items[index];
    if (index === 0 && isPartHeader(item)) continue;
    if (filter.accept && !filter.accept(item)) continue;
    if (filter.validate === false) {
      out.push([index, item as T]);
      continue;
    }
    const result = validateRecords(checks, item);
    if (typeof result === 'string') return items.length > 1 ? `record ${index + 1} of ${items.length}: ${result}` : result;
    out.push([index, result[0] as T]);
  }
  return out;
}
