import { fetchSource } from '../fetch/fetch-source.js';
import { redactUrl } from '../fetch/redact-url.js';
import type { FetchSourceOptions } from '../fetch/types.js';
import type { WarnLogger } from '../feed/types.js';
import { parseFederalRegisterPage, type FederalRegisterDocument } from './parse-page.js';

/** The API silently restarts from page 1 past this page; split the query by date instead. */
const API_PAGE_LIMIT = 50;

/** Result of {@link fetchFederalRegister}. */
export interface FederalRegisterFetchResult {
  /** True when the first page answered 304 to the stored validators. */
  notModified: boolean;
  items: FederalRegisterDocument[];
  pagesFetched: number;
  /** True when more pages existed but were not fetched (maxPages, the API's page cap, or a repeat). */
  truncated: boolean;
  /** Validators of the first page, to store once the items are stored. */
  etag?: string;
  lastModified?: string;
}

/**
 * Fetch a documents.json query and follow `next_page_url` up to `maxPages`
 * pages. Conditional-GET validators in `fetchOpts` apply to the first page
 * only. Stops early (truncated) rather than follow a next page on another
 * origin, past the API's page-50 reset, or one that repeats documents.
 * @throws {SourceFetchError} for transport failures, {@link FederalRegisterError} for bad answers.
 */
export async function fetchFederalRegister(
  url: string,
  fetchOpts: FetchSourceOptions,
  maxPages = 10,
  logger?: WarnLogger,
): Promise<FederalRegisterFetchResult> {
  const origin = new URL(url).origin;
  // Validators belong to the first page's URL only.
  const pageOpts: FetchSourceOptions = { ...fetchOpts };
  delete pageOpts.etag;
  delete pageOpts.lastModified;
  const result: FederalRegisterFetchResult = { notModified: false, items: [], pagesFetched: 0, truncated: false };
  const seen = new Set<string>();
  let next: string | undefined = url;

  while (next !== undefined) {
    if (result.pagesFetched >= maxPages) {
      result.truncated = true;
      break;
    }
    const first = result.pagesFetched === 0;
    const res = await fetchSource(next, first ? fetchOpts : pageOpts);
    if (res.kind === 'not-modified') {
      result.notModified = true;
      break;
    }
    if (first) {
      if (res.etag !== undefined) result.etag = res.etag;
      if (res.lastModified !== undefined) result.lastModified = res.lastModified;
    }
    result.pagesFetched++;
    const page = parseFederalRegisterPage(res.bytes, res.contentType, logger);
    let fresh = 0;
    for (const item of page.items) {
      if (seen.has(item.id)) continue;
      seen.add(item.id);
      result.items.push(item);
      fresh++;
    }
    if (page.items.length > 0 && fresh === 0) {
      logger?.warn({ url: redactUrl(next) }, 'Federal Register page repeated earlier documents; stopping');
      result.truncated = true;
      break;
    }
    next = nextPage(page.nextPageUrl, origin, logger);
    if (page.nextPageUrl !== undefined && next === undefined) result.truncated = true;
  }
  return result;
}

function nextPage(candidate: string | undefined, origin: string, logger?: WarnLogger): string | undefined {
  if (candidate === undefined) return undefined;
  let u: URL;
  try {
    u = new URL(candidate);
  } catch {
    logger?.warn({ next: redactUrl(candidate) }, 'Federal Register next_page_url is not a URL; stopping');
    return undefined;
  }
  if (u.origin !== origin) {
    logger?.warn({ next: redactUrl(candidate) }, 'Federal Register next_page_url points to another origin; stopping');
    return undefined;
  }
  if (Number(u.searchParams.get('page') ?? '1') > API_PAGE_LIMIT) {
    logger?.warn({ next: redactUrl(candidate) }, 'Federal Register paging past page 50 resets silently; narrow the date range');
    return undefined;
  }
  return u.href;
}
