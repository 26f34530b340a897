/**
 * The one formatter for zod issues, wherever input is validated (commands, config, stored
 * files, webhook bodies): `path: message; path: message (and 2 more problems)`.
 */
import type { z } from 'zod';

/** How to show the issues. */
export interface ZodIssueFormat {
  /** Show at most this many issues (default: all), then "(and N more problems)". */
  max?: number;
  /** Prepended to every issue's path (a record inside a bigger document). */
  prefix?: readonly PropertyKey[];
  /** Shown for an issue about the whole value (default: the message alone). */
  topLevel?: string;
  /** Wrap paths in backticks, for chat replies that name options (`quantity`: …). */
  code?: boolean;
}

/** A zod issue path as `a.b.2.c` (the way the config and webhook docs name keys). */
export function formatPath(path: readonly PropertyKey[]): string {
  return path.map(String).join('.');
}

/** The issues of a failed parse as one line. */
export function formatZodIssues(issues: readonly z.core.$ZodIssue[], format: ZodIssueFormat = {}): string {
  const max = format.max ?? issues.length;
  const shown = issues.slice(0, max).map((issue) => {
    const path = formatPath([...(format.prefix ?? []), ...issue.path]) || format.topLevel;
    if (!path) return issue.message;
    return `${format.code ? `\`${path}\`` : path}: ${issue.message}`;
  });
  const more = issues.length > max ? ` (and ${issues.length - max} more problems)` : '';
  return shown.join('; ') + more;
}
