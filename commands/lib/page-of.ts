/** One page of a listing, the same way for every command that lists records. */
import { UsageError } from './parse.js';

/** Rows a listing shows per page. */
export const PAGE_SIZE = 20;

/** One page of `found`, with the line that says where it is and how to get the next one. */
export interface Page<T> {
  rows: T[];
  /** "Page 2 of 3. Next: `/greenlight list page:3`", or absent when everything fits on one page. */
  footer?: string;
}

/** The filters a listing was asked for, as the user types them (`status:pending item:h200`); `page` is not one. */
export function filterText(opts: Readonly<Record<string, unknown>>): string {
  return Object.entries(opts)
    .filter(([k, v]) => k !== 'page' && v !== undefined)
    .map(([k, v]) => `${k}:${String(v)}`)
    .join(' ');
}

/**
 * Cuts `found` to page `page`. A page past the end is refused with the last page's command:
 * showing the last page under the number asked for would pass it off as the page asked for.
 * `command` and `filters` rebuild the command line for the next page (`list`, `status:pending`).
 */
export function pageOf<T>(found: readonly T[], page: number, command: string, filters: string, size = PAGE_SIZE): Page<T> {
  const pages = Math.max(1, Math.ceil(found.length / size));
  const line = (n: number) => `\`/greenlight ${command} ${filters ? filters + ' ' : ''}page:${n}\``;
  if (page > pages) {
    throw new UsageError(
      `There ${pages === 1 ? 'is only 1 page' : `are only ${pages} pages`} of results, so there is no page ${page}. The last one: ${line(pages)}.`,
    );
  }
  const rows = found.slice((page - 1) * size, page * size);
  if (pages === 1) return { rows };
  return { rows, footer: `Page ${page} of ${pages}.${page < pages ? ` Next: ${line(page + 1)}` : ''}` };
}
