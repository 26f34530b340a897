/**
 * How the journal lays out its lines. One line is one atomic commit: a single record as a
 * JSON object, or a batch as a JSON array. A very large batch is written as several lines in
 * one write, each an array starting with a part header `{"$part":i,"of":n}`, so that reading
 * one of its records later parses one line of at most LINE_RECORDS records, not all of them.
 */

/** The byte that ends every line. */
export const NEWLINE = 0x0a;

/** Bytes read at a time when scanning the file. */
export const READ_CHUNK = 64 * 1024;

/** Records per line of a batch written as several lines. */
export const LINE_RECORDS = 1_000;

/** The header of one line of a batch written as several lines. */
export interface PartHeader {
  $part: number;
  of: number;
}

/** True when a line's first item is a part header rather than a record. */
export function isPartHeader(item: unknown): item is PartHeader {
  return typeof item === 'object' && item !== null && '$part' in item;
}

/** The lines an append writes: one, or for a large batch one per LINE_RECORDS records, each with its part header. */
export function journalLines(records: readonly object[]): string[] {
  if (records.length === 1) return [JSON.stringify(records[0])];
  if (records.length <= LINE_RECORDS) return [JSON.stringify(records)];
  const of = Math.ceil(records.length / LINE_RECORDS);
  const lines: string[] = [];
  for (let part = 1; part <= of; part++) {
    lines.push(JSON.stringify([{ $part: part, of }, ...records.slice((part - 1) * LINE_RECORDS, part * LINE_RECORDS)]));
  }
  return lines;
}
