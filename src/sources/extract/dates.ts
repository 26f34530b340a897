/**
 * Dates an item states, with what they are: "effective January 15, 2026", "valid until
 * 2030-01-14", "by March 1", "2026年1月15日起生效". Relative words are left alone: the
 * feed's own date says when the item was published.
 */
import type { CandidateDate } from './candidate.js';

const MONTHS: Record<string, number> = { jan: 1, feb: 2, mar: 3, apr: 4, may: 5, jun: 6, jul: 7, aug: 8, sep: 9, oct: 10, nov: 11, dec: 12 };
const DATE =
  /\b(\d{4})-(\d{2})-(\d{2})\b|\b(Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\.?\s+(\d{1,2})(?:st|nd|rd|th)?(?:,?\s+(\d{4}))?\b|(\d{4})年(\d{1,2})月(\d{1,2})日/gu;
const EFFECTIVE = /(?:effective|takes? effect|in effect|starting|from|as of|起|生效)\s*(?:on\s+)?$/i;
const UNTIL = /(?:valid (?:until|through|to)|expir(?:es|ing|y)(?: on)?|until|through|有效期至|至)\s*$/i;
const DEADLINE = /(?:by|deadline(?: of)?|before|no later than|截止|之前)\s*$/i;

function pad(n: number): string {
  return String(n).padStart(2, '0');
}

/** Every full date in the text with its role and offset. The year defaults to the item's. */
export function readDates(text: string, publishedAt: string | undefined): (CandidateDate & { index: number })[] {
  const refYear = Number((publishedAt ?? '').slice(0, 4)) || undefined;
  const out: (CandidateDate & { index: number })[] = [];
  for (const m of text.matchAll(DATE)) {
    let y: number | undefined, mo: number | undefined, d: number | undefined;
    if (m[1]) [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
    else if (m[4]) [y, mo, d] = [m[6] ? Number(m[6]) : refYear, MONTHS[m[4].slice(0, 3).toLowerCase()], Number(m[5])];
    else [y, mo, d] = [Number(m[7]), Number(m[8]), Number(m[9])];
    if (!y || !mo || !d || mo > 12 || d > 31) continue;
    const before = text.slice(Math.max(0, m.index - 24), m.index);
    const after = text.slice(m.index + m[0].length, m.index + m[0].length + 6);
    const role: CandidateDate['role'] =
      EFFECTIVE.test(before) || /^\s*(?:起|生效)/u.test(after)
        ? 'effective'
        : UNTIL.test(before)
          ? 'valid_until'
          : DEADLINE.test(before)
            ? 'deadline'
            : 'event';
    out.push({ role, value: `${y}-${pad(mo)}-${pad(d)}`, words: m[0], index: m.index });
  }
  return out;
}
