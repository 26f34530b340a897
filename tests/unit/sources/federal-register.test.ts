import { describe, expect, it } from 'vitest';
import { buildDocumentsUrl, FederalRegisterError, parseFederalRegisterPage } from '../../../src/sources/federal-register/index.js';
import { frFixture } from './fixtures.js';

describe('buildDocumentsUrl', () => {
  it('produces the documented query', () => {
    const url = buildDocumentsUrl({
      agencies: ['industry-and-security-bureau'],
      types: ['rule'],
      terms: 'advanced computing',
      since: '2026-01-01',
    });
    expect(url.startsWith('https://www.federalregister.gov/api/v1/documents.json?')).toBe(true);
    expect(url).toContain('conditions[agencies][]=industry-and-security-bureau');
    expect(url).toContain('conditions[type][]=RULE');
    expect(url).toContain('conditions[term]=advanced%20computing');
    expect(url).toContain('conditions[publication_date][gte]=2026-01-01');
    expect(url).toMatch(/&order=newest&per_page=100$/);
    const params = new URL(url).searchParams;
    expect(params.getAll('fields[]')).toEqual(expect.arrayContaining(['document_number', 'effective_on', 'regulation_id_numbers']));
  });

  it('repeats array conditions and honours a custom base URL', () => {
    const url = buildDocumentsUrl({
      baseUrl: 'http://127.0.0.1:9999/api/v1/',
      agencies: ['industry-and-security-bureau', 'commerce-department'],
      types: ['RULE', 'PRORULE'],
    });
    const params = new URL(url).searchParams;
    expect(url.startsWith('http://127.0.0.1:9999/api/v1/documents.json?')).toBe(true);
    expect(params.getAll('conditions[agencies][]')).toEqual(['industry-and-security-bureau', 'commerce-department']);
    expect(params.getAll('conditions[type][]')).toEqual(['RULE', 'PRORULE']);
    expect(params.has('conditions[term]')).toBe(false);
  });

  it('rejects a malformed since date', () => {
    expect(() => buildDocumentsUrl({ since: '15/01/2026' })).toThrow(RangeError);
  });
});

describe('parseFederalRegisterPage', () => {
  it('maps documents to items', () => {
    const page = parseFederalRegisterPage(frFixture('documents-bis-rules.json'), 'application/json; charset=utf-8');
    expect(page.count).toBe(2);
    expect(page.nextPageUrl).toBeUndefined();
    expect(page.items).toHaveLength(2);
    expect(page.items[0]).toMatchObject({
      id: '2026-00789',
      title: 'Revision to License Review Policy for Advanced Computing Commodities',
      link: 'https://www.federalregister.gov/documents/2026/01/15/2026-00789/revision-to-license-review-policy-for-advanced-computing-commodities',
      publishedAt: '2026-01-15T00:00:00.000Z',
      effectiveOn: '2026-01-15',
      type: 'Rule',
      agencies: ['commerce-department', 'industry-and-security-bureau'],
      rins: ['0694-AK43'],
      pdfUrl: 'https://www.govinfo.gov/content/pkg/FR-2026-01-15/pdf/2026-00789.pdf',
    });
    expect(page.items[0]?.summary).toMatch(/^In this rule, the Bureau of Industry and Security \(BIS\) revises/);
    expect(page.items[0]?.contentHash).toMatch(/^[0-9a-f]{64}$/);
  });

  it('copes with null abstract, effective date and pdf, and decodes entities in titles', () => {
    const second = parseFederalRegisterPage(frFixture('documents-bis-rules.json'), 'application/json').items[1];
    expect(second).toMatchObject({ id: '2025-99999', summary: '', title: 'Example Placeholder Rule & Technical Corrections' });
    expect(second?.effectiveOn).toBeUndefined();
    expect(second?.pdfUrl).toBeUndefined();
  });

  it('returns next_page_url', () => {
    const page = parseFederalRegisterPage(frFixture('documents-bis-rules-page1-of-2.json'), 'application/json');
    expect(page.totalPages).toBe(2);
    expect(new URL(page.nextPageUrl ?? '').searchParams.get('page')).toBe('2');
  });

  it('treats an absent results array as no matches', () => {
    const page = parseFederalRegisterPage(frFixture('documents-no-results.json'), 'application/json');
    expect(page).toEqual({ items: [], count: 0 });
  });

  it('throws on an {errors} body instead of returning nothing', () => {
    const run = () => parseFederalRegisterPage(frFixture('documents-error-unknown-agency.json'), 'application/json');
    expect(run).toThrow(FederalRegisterError);
    expect(run).toThrow(/rejected the query: conditions\.agencies: bureau-of-nothing is not a valid agency/);
  });

  it('throws on the HTML "Request Access" page, naming it', () => {
    const run = () => parseFederalRegisterPage(frFixture('request-access.html'), 'text/html; charset=utf-8');
    expect(run).toThrow(/text\/html instead of JSON \(an HTML page titled "Federal Register :: Request Access"/);
  });

  it('throws on JSON bytes served with a non-JSON Content-Type, and on HTML with no Content-Type', () => {
    expect(() => parseFederalRegisterPage(frFixture('documents-bis-rules.json'), 'text/html')).toThrow(/instead of JSON/);
    expect(() => parseFederalRegisterPage(frFixture('request-access.html'))).toThrow(FederalRegisterError);
  });

  it('skips a malformed document with a warning but keeps the rest', () => {
    const warnings: string[] = [];
    const body = JSON.stringify({ count: 2, results: [{ title: 'no number' }, { document_number: '2026-00001', title: 'ok' }] });
    const page = parseFederalRegisterPage(new TextEncoder().encode(body), 'application/json', {
      warn: (_o, m) => warnings.push(m ?? ''),
    });
    expect(page.items.map((i) => i.id)).toEqual(['2026-00001']);
    expect(warnings).toHaveLength(1);
  });
});
