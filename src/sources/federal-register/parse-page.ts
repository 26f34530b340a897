import { createHash } from 'node:crypto';
import { GreenlightError } from '../../core/greenlight-error.js';
import { z } from 'zod';
import { cleanText, toIsoDate } from '../feed/text.js';
import type { FeedItem, WarnLogger } from '../feed/types.js';

/** Why a Federal Register answer was rejected. */
export type FederalRegisterErrorCode = 'not-json' | 'api-error' | 'invalid-response';

/** Thrown for answers that are not a usable documents page: never silently "no results". */
export class FederalRegisterError extends GreenlightError {
  declare readonly code: FederalRegisterErrorCode;
  constructor(code: FederalRegisterErrorCode, message: string, options?: { cause?: unknown }) {
    super(code, 'operator', message, options);
  }
}

/** One Federal Register document as a feed item, plus the fields rules need. */
export interface FederalRegisterDocument extends FeedItem {
  /** `document_number`, e.g. "2026-00789". */
  id: string;
  /** API type as published: "Rule", "Proposed Rule", "Notice", "Presidential Document". */
  type: string;
  /** Agency slugs (e.g. "industry-and-security-bureau"), falling back to names. */
  agencies: string[];
  /** Effective date as published, YYYY-MM-DD (a calendar date, not an instant). */
  effectiveOn?: string;
  /** Regulation Identifier Numbers, e.g. ["0694-AK43"]. */
  rins: string[];
  pdfUrl?: string;
}

/** One parsed page of documents.json. */
export interface FederalRegisterPage {
  items: FederalRegisterDocument[];
  nextPageUrl?: string;
  count?: number;
  totalPages?: number;
}

const Agency = z.object({ slug: z.string().nullish(), name: z.string().nullish(), raw_name: z.string().nullish() }).loose();
const Doc = z
  .object({
    document_number: z.string().min(1),
    title: z.string().nullish(),
    type: z.string().nullish(),
    abstract: z.string().nullish(),
    html_url: z.string().nullish(),
    pdf_url: z.string().nullish(),
    publication_date: z.string().nullish(),
    effective_on: z.string().nullish(),
    agencies: z.array(Agency).nullish(),
    regulation_id_numbers: z.array(z.string()).nullish(),
  })
  .loose();
const Page = z
  .object({
    count: z.number().optional(),
    total_pages: z.number().optional(),
    next_page_url: z.string().nullish(),
    results: z.array(z.unknown()).optional(),
  })
  .loose();

/**
 * Parse one documents.json answer. `results` absent means no matches (the API
 * omits it), but anything that is not that JSON — the HTML "Request Access"
 * page, a wrong Content-Type, or an `{errors: …}` body — throws
 * {@link FederalRegisterError} so a broken query is never mistaken for a quiet day.
 * Individual malformed documents are skipped with a warning.
 */
export function parseFederalRegisterPage(bytes: Uint8Array, contentType?: string, logger?: WarnLogger): FederalRegisterPage {
  const text = new TextDecoder('utf-8').decode(bytes).replace(/^\uFEFF/, '');
  const trimmed = text.trimStart();
  if ((contentType !== undefined && !/\bjson\b/i.test(contentType)) || !/^[{[]/.test(trimmed)) {
    const title = /<title[^>]*>([\s\S]*?)<\/title>/i.exec(text)?.[1];
    throw new FederalRegisterError(
      'not-json',
      `Federal Register answered with ${contentType?.split(';')[0]?.trim() || 'an unlabelled body'} instead of JSON` +
        (title ? ` (an HTML page titled "${cleanText(title, 80)}"; the API may be blocking this client)` : ''),
    );
  }
  let json: unknown;
  try {
    json = JSON.parse(trimmed);
  } catch (cause) {
    throw new FederalRegisterError('not-json', `Federal Register answer is not valid JSON: ${(cause as Error).message}`, {
      cause,
    });
  }
  if (typeof json === 'object' && json !== null && 'errors' in json) {
    throw new FederalRegisterError('api-error', `Federal Register rejected the query: ${flatten(json.errors).join('; ')}`);
  }
  const page = Page.safeParse(json);
  if (!page.success) {
    throw new FederalRegisterError('invalid-response', `Unexpected Federal Register answer: ${page.error.message}`);
  }
  const items: FederalRegisterDocument[] = [];
  for (const raw of page.data.results ?? []) {
    const doc = Doc.safeParse(raw);
    if (!doc.success) {
      logger?.warn({ issues: doc.error.issues.length }, 'skipping malformed Federal Register document');
      continue;
    }
    items.push(toItem(doc.data));
  }
  const out: FederalRegisterPage = { items };
  if (page.data.next_page_url) out.nextPageUrl = page.data.next_page_url;
  if (page.data.count !== undefined) out.count = page.data.count;
  if (page.data.total_pages !== undefined) out.totalPages = page.data.total_pages;
  return out;
}

function toItem(d: z.infer<typeof Doc>): FederalRegisterDocument {
  const title = cleanText(d.title ?? '', 500) || d.document_number;
  const summary = cleanText(d.abstract ?? '', 2000);
  const link = httpUrl(d.html_url);
  const item: FederalRegisterDocument = {
    id: d.document_number,
    title,
    summary,
    type: d.type ?? 'Unknown',
    agencies: (d.agencies ?? []).map((a) => a.slug ?? a.name ?? a.raw_name ?? '').filter((a) => a !== ''),
    rins: d.regulation_id_numbers ?? [],
    contentHash: createHash('sha256')
      .update(`${title}\n${summary}\n${link ?? ''}`, 'utf8')
      .digest('hex'),
  };
  const publishedAt = toIsoDate(d.publication_date ?? undefined);
  const pdfUrl = httpUrl(d.pdf_url);
  if (link !== undefined) item.link = link;
  if (publishedAt !== undefined) item.publishedAt = publishedAt;
  if (d.effective_on) item.effectiveOn = d.effective_on;
  if (pdfUrl !== undefined) item.pdfUrl = pdfUrl;
  return item;
}

function httpUrl(s: string | null | undefined): string | undefined {
  return s && /^https?:\/\//i.test(s) ? s : undefined;
}

function flatten(v: unknown, path = ''): string[] {
  if (typeof v === 'string') return [path ? `${path}: ${v}` : v];
  if (Array.isArray(v)) return v.flatMap((x) => flatten(x, path));
  if (typeof v === 'object' && v !== null) {
    return Object.entries(v).flatMap(([k, x]) => flatten(x, path ? `${path}.${k}` : k));
  }
  return [path ? `${path}: ${String(v)}` : String(v)];
}
