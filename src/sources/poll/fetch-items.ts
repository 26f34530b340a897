/**
 * Fetches one source and turns the answer into candidate items, whatever its kind:
 * feeds (RSS, Atom, RDF, JSON Feed; http(s) or file:), the Federal Register presets and
 * generic JSON. Every fetch goes through the fetch layer's limits, politeness and SSRF guard.
 */
import type { SourceConfig } from '../../../config/sources-schema.js';
import { buildDocumentsUrl, FEDERAL_REGISTER_API } from '../federal-register/build-url.js';
import { fetchFederalRegister } from '../federal-register/fetch-documents.js';
import type { FederalRegisterDocument } from '../federal-register/parse-page.js';
import { fetchSource } from '../fetch/fetch-source.js';
import { redactUrl } from '../fetch/redact-url.js';
import type { FetchSourceOptions } from '../fetch/types.js';
import { parseJsonItems } from '../json/json-items.js';
import type { CandidateItem, FetchContext, FetchedItems } from './types.js';

const TYPE_LABELS: Record<string, string> = { RULE: 'rule', PRORULE: 'proposed rule', NOTICE: 'notice', PRESDOCU: 'presidential document' };

/** Fetch options for a source: its limits, the stored validators and the shared context. */
export function fetchOptionsFor(source: SourceConfig, validators: { etag?: string; lastModified?: string }, ctx: FetchContext): FetchSourceOptions {
  const opts: FetchSourceOptions = {
    userAgent: ctx.userAgent,
    timeoutMs: source.limits.timeoutMs,
    maxBytes: source.limits.maxBytes,
    maxRedirects: source.limits.maxRedirects,
    allowPrivate: source.allowPrivate || ctx.allowPrivateAddresses,
  };
  if (validators.etag !== undefined) opts.etag = validators.etag;
  if (validators.lastModified !== undefined) opts.lastModified = validators.lastModified;
  if (ctx.politeness) opts.politeness = ctx.politeness;
  if (ctx.signal) opts.signal = ctx.signal;
  const headers = ctx.headersFor?.(source);
  if (headers && Object.keys(headers).length) opts.headers = headers;
  return opts;
}

/** The URL a source is fetched from (Federal Register sources build theirs from the options). */
export function sourceFetchUrl(source: SourceConfig): string {
  const fr = source.federalRegister;
  if (source.kind === 'federal-register') {
    if (source.url !== undefined && isFullQuery(source.url)) return source.url;
    return buildDocumentsUrl({
      baseUrl: source.url ?? FEDERAL_REGISTER_API,
      agencies: fr?.agencies ?? [],
      types: fr?.types ?? [],
      ...(fr?.terms !== undefined ? { terms: fr.terms } : {}),
      ...(fr?.since !== undefined ? { since: fr.since } : {}),
    });
  }
  if (source.kind === 'federal-register-public-inspection') {
    if (source.url !== undefined && isFullQuery(source.url)) return source.url;
    // current.json takes no filters; they are applied here instead.
    return `${(source.url ?? FEDERAL_REGISTER_API).replace(/\/+$/, '')}/public-inspection-documents/current.json`;
  }
  if (source.url === undefined) throw new Error(`source ${source.id} has no url`);
  return source.url;
}

function isFullQuery(url: string): boolean {
  const u = new URL(url);
  return u.protocol === 'file:' || u.pathname.endsWith('.json');
}

/**
 * Fetches and parses a source once.
 * @throws SourceFetchError, FeedParseError, FederalRegisterError or JsonSourceError.
 */
export async function fetchItems(source: SourceConfig, validators: { etag?: string; lastModified?: string }, ctx: FetchContext): Promise<FetchedItems> {
  const opts = fetchOptionsFor(source, validators, ctx);
  const url = sourceFetchUrl(source);
  const { maxItems } = source.limits;
  if (source.kind === 'federal-register' || source.kind === 'federal-register-public-inspection') {
    const res = await fetchFederalRegister(url, opts, source.federalRegister?.maxPages ?? 5, ctx.logger);
    if (res.notModified) return { notModified: true };
    let docs = res.items;
    if (source.kind === 'federal-register-public-inspection') docs = filterDocuments(docs, source.federalRegister);
    return { notModified: false, items: docs.slice(0, maxItems).map(fromDocument), validators: pick(res) };
  }
  if (source.kind === 'webhook') throw new Error(`source ${source.id} is a webhook: it is not polled`);
  const res = await fetchSource(url, opts);
  if (res.kind === 'not-modified') return { notModified: true };
  // The base for relative links: an empty or query-only link would otherwise carry the source's key into evidence.
  const base = redactUrl(res.finalUrl);
  const contentLocation = res.contentLocation === undefined ? undefined : redactUrl(resolve(res.contentLocation, res.finalUrl));
  const items: CandidateItem[] =
    source.kind === 'json' && source.json
      ? parseJsonItems(res.bytes, source.json, base, maxItems, ctx.logger)
      : // In a worker with a time budget: a hostile feed must not hold the thread answering commands.
        (
          await ctx.feedParser.parse(res.bytes, res.contentType, base, {
            maxItems,
            ...(ctx.logger ? { logger: ctx.logger } : {}),
            // The document's own address (Content-Location), redacted like the fetch URL.
            ...(contentLocation !== undefined ? { contentLocation } : {}),
          })
        ).items;
  return { notModified: false, items, validators: pick(res) };
}

function pick(r: { etag?: string; lastModified?: string }): { etag?: string; lastModified?: string } {
  const v: { etag?: string; lastModified?: string } = {};
  if (r.etag !== undefined) v.etag = r.etag;
  if (r.lastModified !== undefined) v.lastModified = r.lastModified;
  return v;
}

function fromDocument(d: FederalRegisterDocument): CandidateItem {
  const item: CandidateItem = { id: d.id, title: d.title, summary: d.summary, contentHash: d.contentHash };
  if (d.link !== undefined) item.link = d.link;
  if (d.publishedAt !== undefined) item.publishedAt = d.publishedAt;
  if (d.effectiveOn !== undefined) item.effectiveOn = d.effectiveOn;
  if (d.rins.length) item.references = d.rins;
  return item;
}

/** Client-side agency/type/term filter for public-inspection documents. */
export function filterDocuments(docs: FederalRegisterDocument[], fr: SourceConfig['federalRegister']): FederalRegisterDocument[] {
  if (!fr) return docs;
  const agencies = fr.agencies.map((a) => a.toLowerCase());
  const types = fr.types.map((t) => TYPE_LABELS[t.toUpperCase()] ?? t.toLowerCase());
  const terms = (fr.terms ?? '').toLowerCase().split(/\s+/).filter(Boolean);
  return docs.filter((d) => {
    if (agencies.length && !d.agencies.some((a) => agencies.includes(a.toLowerCase()))) return false;
    if (types.length && !types.includes(d.type.toLowerCase())) return false;
    const text = `${d.title} ${d.summary}`.toLowerCase();
    return terms.every((t) => text.includes(t));
  });
}

/** `ref` resolved against `base`, or `ref` itself when it is not a URL reference. */
function resolve(ref: string, base: string): string {
  try {
    return new URL(ref, base).href;
  } catch {
    return ref;
  }
}
