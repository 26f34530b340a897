/** Default API root; tests point this at a local fake server. */
export const FEDERAL_REGISTER_API = 'https://www.federalregister.gov/api/v1';

/** Fields requested per document: the API's defaults plus effective date and RINs. */
export const DOCUMENT_FIELDS = [
  'title',
  'type',
  'abstract',
  'document_number',
  'html_url',
  'pdf_url',
  'public_inspection_pdf_url',
  'publication_date',
  'agencies',
  'excerpts',
  'effective_on',
  'regulation_id_numbers',
] as const;

/** Query for {@link buildDocumentsUrl}. */
export interface DocumentsQuery {
  /** API root, e.g. `https://www.federalregister.gov/api/v1` (the default). */
  baseUrl?: string;
  /** Agency slugs, e.g. `industry-and-security-bureau`. One unknown slug fails the whole query (HTTP 400). */
  agencies?: string[];
  /** Document types: RULE, PRORULE, NOTICE, PRESDOCU. */
  types?: string[];
  /** Full-text search. Several words are ANDed by the API, so keep it short. */
  terms?: string;
  /** Earliest publication date, YYYY-MM-DD. */
  since?: string;
  /** Page size, at most 1000; default 100. */
  perPage?: number;
}

/**
 * Build the documents.json search URL in the documented form
 * (`conditions[agencies][]=…&conditions[type][]=RULE&conditions[publication_date][gte]=…&order=newest&per_page=100`).
 * Brackets are left unencoded to match the API documentation; values are percent-encoded.
 * @throws {RangeError} for a malformed `since` or page size.
 */
export function buildDocumentsUrl(q: DocumentsQuery = {}): string {
  const base = (q.baseUrl ?? FEDERAL_REGISTER_API).replace(/\/+$/, '');
  const params: Array<[string, string]> = [];
  for (const a of q.agencies ?? []) params.push(['conditions[agencies][]', a]);
  for (const t of q.types ?? []) params.push(['conditions[type][]', t.toUpperCase()]);
  if (q.terms !== undefined && q.terms.trim() !== '') params.push(['conditions[term]', q.terms.trim()]);
  if (q.since !== undefined) {
    if (!/^\d{4}-\d{2}-\d{2}$/.test(q.since) || Number.isNaN(Date.parse(q.since))) {
      throw new RangeError(`since must be a YYYY-MM-DD date, got "${q.since}"`);
    }
    params.push(['conditions[publication_date][gte]', q.since]);
  }
  for (const f of DOCUMENT_FIELDS) params.push(['fields[]', f]);
  const perPage = q.perPage ?? 100;
  if (!Number.isInteger(perPage) || perPage < 1 || perPage > 1000) {
    throw new RangeError(`perPage must be an integer from 1 to 1000, got ${perPage}`);
  }
  params.push(['order', 'newest'], ['per_page', String(perPage)]);
  const query = params.map(([k, v]) => `${k}=${encodeURIComponent(v)}`).join('&');
  return `${base}/documents.json?${query}`;
}
