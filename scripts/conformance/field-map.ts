/**
 * Which feedparser result paths correspond to a field Greenlight models, and how the expected
 * value and the actual value are made comparable. See the header of scripts/feedparser-conformance.ts
 * for the reasoning.
 */
import { type DocShape, hasElement, plainText, type TextKind, textKindOf } from './doc-shape.js';
import type { Conjunct, PathStep } from './python-expect.js';

/** The Greenlight field a check is about. */
export type Field = 'feed.title' | 'feed.link' | 'title' | 'link' | 'id' | 'summary' | 'content' | 'date' | 'count';

/** A check mapped onto a field, with the expected value in comparable form. */
export interface MappedCheck {
  field: Field;
  entry: number;
  /** Plain text (text fields), absolute URL, id, `YYYY-MM-DDTHH:MM:SS` (dates) or a count. */
  expected: string | number;
  /** How the source element is read (for turning a raw parser value into plain text). */
  kind: TextKind;
}

/** A parser's answer in the shape the checks read: raw values plus how to read text. */
export interface View {
  title?: string;
  link?: string;
  items: Array<{ title?: string; link?: string; id?: string; summary?: string; content?: string; date?: string }>;
  /** True when the values are already plain text (Greenlight); false for raw parser values. */
  plain: boolean;
}

const SUMMARY_ELEMENTS = ['summary', 'description', 'abstract'];
const CONTENT_ELEMENTS = ['content', 'encoded', 'body', 'fullitem'];
const DATE_GROUPS: Record<string, number> = { published: 0, issued: 0, updated: 1, modified: 1, date: 1, created: 2 };
const DATE_ELEMENTS = [['pubDate', 'published', 'issued'], ['updated', 'modified', 'date'], ['created']];

/** Map one conjunct to a field check, or undefined when it concerns something Greenlight does not model. */
export function mapCheck(c: Conjunct, shape: DocShape): MappedCheck | undefined {
  if (c.kind === 'length') {
    return c.path.length === 1 && c.path[0] === 'entries' ? { field: 'count', entry: 0, expected: c.value, kind: 'text' } : undefined;
  }
  if (c.kind !== 'equals') return undefined;
  const p = c.path;
  const v = c.value;
  if (p[0] === 'feed') {
    if (typeof v !== 'string') return undefined;
    if (same(p, ['feed', 'title']) || same(p, ['feed', 'title_detail', 'value'])) {
      return {
        field: 'feed.title',
        entry: 0,
        expected: plainText(v, textKindOf(shape.feedPart, ['title'], shape.atom)),
        kind: textKindOf(shape.feedPart, ['title'], shape.atom),
      };
    }
    if (same(p, ['feed', 'link']) && isHttp(v)) return { field: 'feed.link', entry: 0, expected: new URL(v).href, kind: 'text' };
    return undefined;
  }
  if (p[0] !== 'entries' || typeof p[1] !== 'number') return undefined;
  const i = p[1];
  const rest = p.slice(2);
  const entry = shape.entries[i] ?? '';
  if (rest.length === 1 && typeof rest[0] === 'string' && rest[0].endsWith('_parsed')) {
    const group = DATE_GROUPS[rest[0].slice(0, -'_parsed'.length)];
    if (group === undefined || !Array.isArray(v) || v.length < 6) return undefined;
    // Greenlight keeps one date: the first of published, updated, created that the entry has.
    if (DATE_ELEMENTS.slice(0, group).some((names) => hasElement(entry, names))) return undefined;
    const [y, mo, d, h, mi, s] = v.map((n) => String(n).padStart(2, '0'));
    return { field: 'date', entry: i, expected: `${y}-${mo}-${d}T${h}:${mi}:${s}`, kind: 'text' };
  }
  if (typeof v !== 'string') return undefined;
  if (same(rest, ['title']) || same(rest, ['title_detail', 'value'])) {
    const kind = textKindOf(entry, ['title'], shape.atom);
    return { field: 'title', entry: i, expected: plainText(v, kind), kind };
  }
  // URLs compare as URLs (feedparser keeps "http://item.TEST/" as written; Greenlight normalises the host).
  if (same(rest, ['link'])) return isHttp(v) ? { field: 'link', entry: i, expected: new URL(v).href, kind: 'text' } : undefined;
  if (same(rest, ['id']) || same(rest, ['guid'])) return { field: 'id', entry: i, expected: v.trim(), kind: 'text' };
  if (same(rest, ['summary']) || same(rest, ['description']) || same(rest, ['summary_detail', 'value'])) {
    const names = hasElement(entry, SUMMARY_ELEMENTS) ? SUMMARY_ELEMENTS : CONTENT_ELEMENTS;
    const kind = textKindOf(entry, names, shape.atom);
    return { field: 'summary', entry: i, expected: plainText(v, kind), kind };
  }
  if (same(rest, ['content', 0, 'value'])) {
    // Greenlight shows one text per item, the summary first: content is what it shows only without one.
    if (hasElement(entry, SUMMARY_ELEMENTS)) return undefined;
    const kind = textKindOf(entry, CONTENT_ELEMENTS, shape.atom);
    return { field: 'content', entry: i, expected: plainText(v, kind), kind };
  }
  return undefined;
}

/** The actual value of a mapped check in `view`, comparable with `check.expected`. */
export function actualOf(check: MappedCheck, view: View): string | number | undefined {
  const text = (s: string | undefined): string | undefined => (s === undefined ? undefined : plainText(s, view.plain ? 'text' : check.kind));
  const item = view.items[check.entry];
  switch (check.field) {
    case 'count':
      return view.items.length;
    case 'feed.title':
      return text(view.title) ?? '';
    case 'feed.link':
      return url(view.link);
    case 'title':
      return text(item?.title) ?? '';
    case 'link':
      return url(item?.link);
    case 'id':
      return item?.id?.trim();
    case 'summary':
      return text(item?.summary ?? item?.content) ?? '';
    case 'content':
      return text(item?.content ?? item?.summary) ?? '';
    case 'date': {
      const t = item?.date === undefined ? Number.NaN : Date.parse(item.date);
      return Number.isNaN(t) ? undefined : new Date(t).toISOString().slice(0, 19);
    }
  }
}

function url(s: string | undefined): string | undefined {
  if (s === undefined) return undefined;
  try {
    return new URL(s.trim()).href;
  } catch {
    return s;
  }
}

function same(a: PathStep[], b: PathStep[]): boolean {
  return a.length === b.length && a.every((x, k) => x === b[k]);
}

function isHttp(v: string): boolean {
  return /^https?:\/\/[^/]/i.test(v);
}
