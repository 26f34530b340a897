/**
 * Each format polls through the real fetch and parse code against a local HTTP server: the
 * first poll records and alerts nothing; a new item on the next poll gives exactly one batch
 * with exactly that item; an edited item is an update.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { FeedServer } from '../../fakes/feed-server.js';
import { buildWatcher, fixture } from './watcher-harness.js';

interface FormatCase {
  name: string;
  file: string;
  contentType: string;
  kind?: 'feed' | 'federal-register';
  /** Adds one item with id/title NEW_ID/NEW_TITLE. */
  addItem(body: string): string;
  /** The id the new item gets after normalisation. */
  newId: string;
}

const NEW_TITLE = 'Nvidia H200 export licence granted to new buyer';

const CASES: FormatCase[] = [
  {
    name: 'RSS 2.0',
    file: 'feeds/rss2/rss2-spec-sample.xml',
    contentType: 'application/rss+xml',
    addItem: (b) => b.replace('<item>', `<item><title>${NEW_TITLE}</title><link>http://liftoff.msfc.nasa.gov/new</link><guid>urn:new:1</guid></item>\n<item>`),
    newId: 'urn:new:1',
  },
  {
    name: 'Atom 1.0',
    file: 'feeds/atom/russcox.atom',
    contentType: 'application/atom+xml',
    addItem: (b) =>
      b.replace(
        '<entry>',
        `<entry><title>${NEW_TITLE}</title><id>tag:example.com,2026:new</id><link rel="alternate" href="http://research.swtch.com/new"></link><updated>2026-02-01T00:00:00Z</updated></entry>\n<entry>`,
      ),
    newId: 'tag:example.com,2026:new',
  },
  {
    name: 'RSS 1.0 (RDF)',
    file: 'feeds/rdf/xmlcom-rss1-spec-sample.rdf',
    contentType: 'application/rdf+xml',
    // RSS 1.0 lists its items in the channel's rdf:Seq as well (feedsmith follows that table of contents).
    addItem: (b) =>
      b
        .replace('<rdf:Seq>', '<rdf:Seq><rdf:li resource="http://xml.com/pub/2026/new.html" />')
        .replace(
          '</rdf:RDF>',
          `<item rdf:about="http://xml.com/pub/2026/new.html"><title>${NEW_TITLE}</title><link>http://xml.com/pub/2026/new.html</link></item>\n</rdf:RDF>`,
        ),
    newId: 'http://xml.com/pub/2026/new.html',
  },
  {
    name: 'JSON Feed',
    file: 'feeds/jsonfeed/jsonfeed-org.json',
    contentType: 'application/feed+json',
    addItem: (b) => {
      const doc = JSON.parse(b) as { items: unknown[] };
      doc.items.unshift({ id: 'https://jsonfeed.org/2026/new', url: 'https://jsonfeed.org/2026/new', title: NEW_TITLE, content_text: 'text' });
      return JSON.stringify(doc);
    },
    newId: 'https://jsonfeed.org/2026/new',
  },
  {
    name: 'Federal Register JSON',
    file: 'federal-register/documents-bis-rules.json',
    contentType: 'application/json; charset=utf-8',
    kind: 'federal-register',
    addItem: (b) => {
      const doc = JSON.parse(b) as { results: unknown[]; count: number };
      doc.results.unshift({
        title: NEW_TITLE,
        type: 'Rule',
        document_number: '2026-01234',
        html_url: 'https://www.federalregister.gov/d/2026-01234',
        publication_date: '2026-02-01',
        effective_on: '2026-03-01',
        agencies: [{ slug: 'industry-and-security-bureau' }],
      });
      return JSON.stringify(doc);
    },
    newId: '2026-01234',
  },
];

describe('polling each format', () => {
  let server: FeedServer;
  beforeEach(async () => {
    server = await FeedServer.start();
  });
  afterEach(async () => {
    await server.close();
  });

  for (const c of CASES) {
    it(`${c.name}: first poll records silently, a new item gives exactly one batch with it, an edit is an update`, async () => {
      const original = (await fixture(c.file)).toString('utf8');
      const url = server.route('/feed', { body: original, headers: { 'content-type': c.contentType }, etag: '"v1"' });
      const h = await buildWatcher([{ id: 'src', kind: c.kind ?? 'feed', url: c.kind === 'federal-register' ? `${url}.json` : url }]);
      if (c.kind === 'federal-register') server.route('/feed.json', { body: original, headers: { 'content-type': c.contentType }, etag: '"v1"' });
      try {
        await h.watcher.pollNow('src');
        expect(h.ingestor.batches).toEqual([]);
        const first = h.view('src');
        expect(first.health).toBe('healthy');
        expect(first.itemsSeen).toBeGreaterThan(0);

        const withNew = c.addItem(original);
        const path = c.kind === 'federal-register' ? '/feed.json' : '/feed';
        server.route(path, { body: withNew, headers: { 'content-type': c.contentType }, etag: '"v2"' });
        await h.watcher.pollNow('src');
        expect(h.ingestor.batches).toHaveLength(1);
        const batch = h.ingestor.batches[0]!;
        expect(batch.items.map((i) => i.id)).toEqual([c.newId]);
        expect(batch.items[0]!.title).toBe(NEW_TITLE);
        expect(batch.items[0]!.isUpdate).toBe(false);
        expect(batch).toMatchObject({
          sourceId: 'src',
          tier: c.kind === 'federal-register' ? 'official' : 'wire',
          mode: c.kind === 'federal-register' ? 'apply' : 'report',
        });

        server.route(path, { body: withNew.replace(NEW_TITLE, `${NEW_TITLE} (corrected)`), headers: { 'content-type': c.contentType }, etag: '"v3"' });
        await h.watcher.pollNow('src');
        expect(h.ingestor.batches).toHaveLength(2);
        expect(h.ingestor.batches[1]!.items).toEqual([expect.objectContaining({ id: c.newId, isUpdate: true, title: `${NEW_TITLE} (corrected)` })]);
      } finally {
        await h.close();
      }
    });
  }

  it('a file: feed polls too', async () => {
    const h = await buildWatcher([{ id: 'local', url: new URL('../../fixtures/feeds/rss2/rss2-spec-sample.xml', import.meta.url).href }]);
    try {
      await h.watcher.pollNow('local');
      expect(h.view('local')).toMatchObject({ health: 'healthy', itemsSeen: 4 });
    } finally {
      await h.close();
    }
  });

  it('a generic JSON source maps items and structured facts', async () => {
    const doc = (n: number) => ({
      data: { rows: Array.from({ length: n }, (_, i) => ({ ref: `r${i}`, headline: `Licence ${i}`, holder: 'tencent', qty: `${i + 1}0000 chips` })) },
    });
    server.route('/api', { body: JSON.stringify(doc(1)), headers: { 'content-type': 'application/json' } });
    const h = await buildWatcher([
      {
        id: 'api',
        kind: 'json',
        url: server.url('/api'),
        tier: 'official',
        json: {
          itemsPath: 'data.rows',
          idField: 'ref',
          titleField: 'headline',
          facts: { kind: 'authorization', fields: { holders: 'holder', quota: 'qty' }, constants: { item: 'h200' } },
        },
      },
    ]);
    try {
      await h.watcher.pollNow('api');
      server.route('/api', { body: JSON.stringify(doc(2)), headers: { 'content-type': 'application/json' } });
      await h.watcher.pollNow('api');
      expect(h.ingestor.batches).toHaveLength(1);
      expect(h.ingestor.batches[0]).toMatchObject({ tier: 'official', mode: 'apply' });
      expect(h.ingestor.items).toEqual([
        expect.objectContaining({
          id: 'r1',
          title: 'Licence 1',
          structured: [{ kind: 'authorization', item: 'h200', holders: ['tencent'], quota: '20000 chips' }],
        }),
      ]);
    } finally {
      await h.close();
    }
  });

  it('Federal Register public inspection: filters current.json by agency and type', async () => {
    const docs = [
      {
        document_number: '2026-10001',
        title: 'Export controls on advanced computing items',
        type: 'Rule',
        agencies: [{ slug: 'industry-and-security-bureau' }],
      },
      { document_number: '2026-10002', title: 'Fisheries notice', type: 'Notice', agencies: [{ slug: 'national-oceanic-and-atmospheric-administration' }] },
      { document_number: '2026-10003', title: 'BIS notice', type: 'Notice', agencies: [{ slug: 'industry-and-security-bureau' }] },
    ];
    server.route('/api/v1/public-inspection-documents/current.json', {
      body: JSON.stringify({ count: 0, results: [] }),
      headers: { 'content-type': 'application/json' },
    });
    const h = await buildWatcher([
      {
        id: 'pi',
        kind: 'federal-register-public-inspection',
        url: server.url('/api/v1'),
        federalRegister: { agencies: ['industry-and-security-bureau'], types: ['RULE'] },
      },
    ]);
    try {
      await h.watcher.pollNow('pi');
      server.route('/api/v1/public-inspection-documents/current.json', {
        body: JSON.stringify({ count: 3, results: docs }),
        headers: { 'content-type': 'application/json' },
      });
      await h.watcher.pollNow('pi');
      expect(h.ingestor.items.map((i) => i.id)).toEqual(['2026-10001']);
    } finally {
      await h.close();
    }
  });
});
