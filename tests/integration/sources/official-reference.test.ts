/**
 * Issue 13, "an official document whose number is a tracked record's reference is matched to
 * that record": a Federal Register source (real fetch and parse, against a local server)
 * feeding the real pipeline, and what `status` and `history` then say.
 */
import { afterEach, beforeEach, expect, it } from 'vitest';
import { silentLogger } from '../../../src/core/ports.js';
import { createIngestor } from '../../../src/sources/pipeline/index.js';
import { FeedServer } from '../../fakes/feed-server.js';
import { storyLedger } from '../../fakes/story-ledger.js';
import { buildWatcher, RecordingAlerts } from './watcher-harness.js';

const US = 'us-h200-export-china';

let server: FeedServer;
let env: Awaited<ReturnType<typeof storyLedger>>;
let h: Awaited<ReturnType<typeof buildWatcher>>;

function serve(docs: Record<string, unknown>[]): void {
  server.route('/api/v1/documents.json', {
    body: JSON.stringify({ count: docs.length, total_pages: 1, results: docs }),
    headers: { 'content-type': 'application/json' },
  });
}

function doc(over: Record<string, unknown>): Record<string, unknown> {
  return {
    type: 'Rule',
    publication_date: '2026-02-10',
    agencies: [{ slug: 'industry-and-security-bureau', name: 'Industry and Security Bureau' }],
    ...over,
  };
}

beforeEach(async () => {
  server = await FeedServer.start();
  env = await storyLedger();
  const ingestor = createIngestor({ ledger: env.ledger, alerts: new RecordingAlerts(), logger: silentLogger, clock: env.clock });
  await ingestor.ready;
  h = await buildWatcher([{ id: 'fr-bis', kind: 'federal-register', url: server.url('/api/v1/documents.json') }], { ingestor });
  // The first poll only records what the source already lists.
  serve([]);
  await h.scheduler.tick('fr-bis');
});
afterEach(async () => {
  await h.close();
  await server.close();
});

it('a Federal Register suspension that cites the record by its document number changes that record, and only its status', async () => {
  const before = env.ledger.state.authorization[US]!;
  serve([
    doc({
      document_number: '2026-02222',
      // Names neither the item nor a holder: only the number ties it to the record.
      title: 'Suspension of Revised License Review Policy for Advanced Computing Commodities',
      abstract: 'BIS suspends the license review policy published on January 15, 2026 (FR Doc. 2026-00789) pending review.',
      html_url: 'https://www.federalregister.gov/d/2026-02222',
      effective_on: '2026-02-15',
    }),
  ]);
  await h.scheduler.tick('fr-bis');
  const us = env.ledger.state.authorization[US]!;
  expect([us.status, us.validFrom, us.externalRef]).toEqual(['suspended', before.validFrom, before.externalRef]);
  expect(us.evidence.at(-1)?.url).toBe('https://www.federalregister.gov/d/2026-02222');
  const history = (await env.run(`history ${US}`)).text;
  expect(history).toContain('status: approved with conditions → suspended');
  expect(history).not.toMatch(/valid from:|reference:/i);
});

it('a document in the record’s rulemaking (same RIN) is matched too, and the referenced document itself dates the record', async () => {
  serve([
    doc({
      document_number: '2026-00789',
      title: 'Revision to License Review Policy for Advanced Computing Commodities',
      abstract: 'BIS revises the license review policy for advanced computing commodities.',
      html_url: 'https://www.federalregister.gov/documents/2026/01/15/2026-00789/revision-to-license-review-policy-for-advanced-computing-commodities',
      effective_on: '2026-01-20',
    }),
    doc({
      document_number: '2026-03333',
      title: 'Revocation of License Review Policy for Advanced Computing Commodities',
      abstract: 'This rule revokes the revised license review policy.',
      html_url: 'https://www.federalregister.gov/d/2026-03333',
      regulation_id_numbers: ['0694-AK43'],
    }),
  ]);
  await h.scheduler.tick('fr-bis');
  const us = env.ledger.state.authorization[US]!;
  expect([us.status, us.validFrom, us.externalRef]).toEqual(['revoked', '2026-01-20', 'FR 2026-00789 (RIN 0694-AK43)']);
});
