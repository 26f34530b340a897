/**
 * Checks journal records against their schema. A problem comes back as a message, not an
 * error: the caller knows which file and line it is and words the error (corrupt when
 * reading, invalid when appending).
 */
import { formatZodIssues } from '../core/zod-issues.js';
import { messageOf } from './durable-fs.js';
import { isPartHeader } from './journal-lines.js';
import type { RecordChecks } from './journal-options.js';

/** The records of a parsed line (one record, or a batch without its part header), checked; or what is wrong. */
export function validateRecords<T extends object>(checks: RecordChecks<T>, raw: unknown): T[] | string {
  const items = Array.isArray(raw) ? raw : [raw];
  const out: T[] = [];
  for (let i = 0; i < items.length; i++) {
    const result = checks.schema.safeParse(items[i]);
    if (!result.success) {
      const label = checks.label?.(items[i]);
      const where = items.length > 1 ? `record ${i + 1} of ${items.length}: ` : '';
      return `${where}${label ? `${label}: ` : ''}${formatZodIssues(result.error.issues, { max: 3 })}`;
    }
    out.push(result.data);
  }
  return out;
}

/** The records of one line of text, part header skipped, checked; or what is wrong. */
export function validateLine<T extends object>(checks: RecordChecks<T>, text: string): T[] | string {
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch (err) {
    return `not valid JSON (${messageOf(err)})`;
  }
  if (Array.isArray(raw) && isPartHeader(raw[0])) return validateRecords(checks, raw.slice(1));
  return validateRecords(checks, raw);
}
