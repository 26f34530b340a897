/**
 * The generic JSON source: turns a JSON document into items through the mapping declared in
 * the config (where the item list is, which fields are id/title/summary/link/date, and how
 * fields map to a structured ledger fact).
 */
import { GreenlightError } from '../../core/greenlight-error.js';
import { createHash } from 'node:crypto';
import type { JsonMapping } from '../../../config/sources-schema.js';
import { cleanText, toIsoDate } from '../feed/text.js';
import type { WarnLogger } from '../feed/types.js';
import type { StructuredFact } from '../pipeline/types.js';
import type { CandidateItem } from '../poll/types.js';
import { structuredFactSchema } from './structured-fact-schema.js';

/** Thrown when the document is not JSON or has no item list at `itemsPath`. */
export class JsonSourceError extends GreenlightError {
  constructor(message: string) {
    super('invalid_json_source', 'operator', message);
  }
}

/** Reads a dotted path ("data.items.0.title"); undefined when any step is missing. */
export function getPath(value: unknown, path: string | undefined): unknown {
  if (path === undefined || path === '') return value;
  let cur: unknown = value;
  for (const key of path.split('.')) {
    if (cur === null || typeof cur !== 'object') return undefined;
    cur = Array.isArray(cur) ? cur[Number(key)] : (cur as Record<string, unknown>)[key];
  }
  return cur;
}

function scalar(v: unknown): string | undefined {
  if (typeof v === 'string') return v;
  if (typeof v === 'number' || typeof v === 'boolean') return String(v);
  return undefined;
}

/**
 * Parses a fetched JSON body into candidate items.
 * @throws {JsonSourceError} when the body is not JSON or `itemsPath` is not an array.
 */
export function parseJsonItems(bytes: Uint8Array, mapping: JsonMapping, baseUrl: string, maxItems: number, logger?: WarnLogger): CandidateItem[] {
  const text = new TextDecoder('utf-8')
    .decode(bytes)
    .replace(/^\uFEFF/, '')
    .trim();
  let doc: unknown;
  try {
    doc = JSON.parse(text);
  } catch (err) {
    const head = /^\s*</.test(text) ? ' (the answer looks like HTML or XML)' : '';
    throw new JsonSourceError(`Body is not valid JSON: ${(err as Error).message}${head}`);
  }
  const list = getPath(doc, mapping.itemsPath);
  if (!Array.isArray(list)) {
    throw new JsonSourceError(
      `No item list at "${mapping.itemsPath || '(root)'}": found ${list === undefined ? 'nothing' : Array.isArray(list) ? 'an array' : typeof list}`,
    );
  }
  const items: CandidateItem[] = [];
  const ids = new Set<string>();
  for (const raw of list.slice(0, maxItems)) {
    const id = scalar(getPath(raw, mapping.idField))?.trim();
    if (!id) {
      logger?.warn({ idField: mapping.idField }, 'JSON source item without an id; skipped');
      continue;
    }
    if (ids.has(id)) continue;
    ids.add(id);
    const title = cleanText(scalar(getPath(raw, mapping.titleField)), 500) || id;
    const summary = cleanText(scalar(getPath(raw, mapping.summaryField)), 2000);
    const link = absoluteLink(scalar(getPath(raw, mapping.linkField)), baseUrl);
    const publishedAt = toIsoDate(scalar(getPath(raw, mapping.dateField)));
    const structured = mapping.facts ? mapFact(raw, mapping.facts, logger) : undefined;
    const item: CandidateItem = {
      id,
      title,
      summary,
      contentHash: sha256(JSON.stringify([title, summary, link ?? '', structured ?? null])),
    };
    if (link !== undefined) item.link = link;
    if (publishedAt !== undefined) item.publishedAt = publishedAt;
    if (structured !== undefined) item.structured = structured;
    items.push(item);
  }
  return items;
}

function mapFact(raw: unknown, facts: NonNullable<JsonMapping['facts']>, logger?: WarnLogger): StructuredFact[] | undefined {
  const fact: Record<string, unknown> = { kind: facts.kind, ...facts.constants };
  for (const [field, path] of Object.entries(facts.fields)) {
    const v = getPath(raw, path);
    if (field === 'holders') {
      const list = Array.isArray(v) ? v.map(scalar).filter((s): s is string => s !== undefined) : scalar(v) !== undefined ? [scalar(v)!] : undefined;
      if (list !== undefined) fact.holders = list;
    } else {
      const s = scalar(v);
      if (s !== undefined) fact[field] = s;
    }
  }
  const parsed = structuredFactSchema.safeParse(fact);
  if (!parsed.success) {
    logger?.warn(
      { issue: parsed.error.issues[0]?.message, path: parsed.error.issues[0]?.path.join('.') },
      'JSON source item does not map to a complete fact; using its text only',
    );
    return undefined;
  }
  return [parsed.data];
}

function absoluteLink(href: string | undefined, base: string): string | undefined {
  if (!href?.trim()) return undefined;
  try {
    const u = new URL(href.trim(), base);
    return u.protocol === 'http:' || u.protocol === 'https:' ? u.href : undefined;
  } catch {
    return undefined;
  }
}

function sha256(s: string): string {
  return createHash('sha256').update(s, 'utf8').digest('hex');
}
