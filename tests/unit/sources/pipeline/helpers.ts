/** Shared set-up for pipeline tests: the seeded story ledger, a recording publisher, batch builders. */
import type { AlertEvent, AlertPublisher } from '../../../../src/alerts/alert-event.js';
import { toAlertEvents } from '../../../../src/alerts/from-ledger.js';
import { upsertEntity } from '../../../../src/core/changes/entity.js';
import type { ChangeMeta } from '../../../../src/core/ledger.js';
import { silentLogger } from '../../../../src/core/ports.js';
import { createIngestor } from '../../../../src/sources/pipeline/index.js';
import type { IngestBatch, SourceItem } from '../../../../src/sources/pipeline/types.js';
import { storyLedger } from '../../../fakes/story-ledger.js';

/** An AlertPublisher that keeps what it is given. */
export class RecordingPublisher implements AlertPublisher {
  readonly published: AlertEvent[] = [];
  async publish(events: AlertEvent[]): Promise<void> {
    this.published.push(...events);
  }
}

export const ADMIN_META: ChangeMeta = { actor: { kind: 'admin', id: 'shell:root', name: 'Ada Admin' }, tier: 'admin' };

/** A seeded ledger with an ingestor and a recording publisher. */
export async function setup(options: { storyWindowHours?: number } = {}) {
  const env = await storyLedger();
  const alerts = new RecordingPublisher();
  const ingestor = createIngestor({ ledger: env.ledger, alerts, logger: silentLogger, clock: env.clock, ...options });
  await ingestor.ready;
  return { ...env, alerts, ingestor };
}

/** Adds a tracked party, as an admin would. */
export async function trackParty(env: Awaited<ReturnType<typeof setup>>, id: string, name: string, country = 'CN'): Promise<void> {
  await env.ledger.commit(upsertEntity('party', { id, name, aliases: [], country }), ADMIN_META);
}

let counter = 0;

/** A news item; the link and id are unique unless given. */
export function newsItem(title: string, extra: Partial<SourceItem> = {}): SourceItem {
  counter++;
  return { id: `item-${counter}`, title, summary: '', link: `https://news.example/${counter}`, publishedAt: '2026-01-29T10:00:00Z', isUpdate: false, ...extra };
}

/** A batch from a wire news source (report mode). */
export function wireBatch(items: SourceItem[], extra: Partial<IngestBatch> = {}): IngestBatch {
  return { sourceId: 'gnews-h200', sourceName: 'Google News: H200', tier: 'wire', mode: 'report', items, fetchedAt: '2026-01-29T12:00:00Z', ...extra };
}

/** A batch from an official source (apply mode). */
export function officialBatch(items: SourceItem[], extra: Partial<IngestBatch> = {}): IngestBatch {
  return { sourceId: 'fr-bis', sourceName: 'Federal Register (BIS)', tier: 'official', mode: 'apply', items, fetchedAt: '2026-02-01T08:00:00Z', ...extra };
}

export const REUTERS = 'China approves ByteDance, Alibaba, Tencent to buy more than 400,000 Nvidia H200 chips in total - Reuters';

/** One outlet's telling of a story: its headline, publisher and publication time. */
export interface Telling {
  title: string;
  summary?: string;
  publisher: string;
  at: string;
}

/** Feeds tellings one poll at a time, as outlets publish them; returns every alert headline a channel subscribed to everything gets. */
export async function tell(env: Awaited<ReturnType<typeof setup>>, tellings: Telling[]): Promise<string[]> {
  const headlines: string[] = [];
  for (const t of tellings) {
    const published = env.alerts.published.length;
    const item: SourceItem = newsItem(`${t.title} - ${t.publisher}`, { summary: t.summary ?? '', publishedAt: t.at });
    const out = await env.ingestor.ingest(wireBatch([item], { fetchedAt: t.at }));
    headlines.push(...toAlertEvents(out.ledgerEvents, env.ledger.state).map((a) => a.headline));
    headlines.push(...env.alerts.published.slice(published).map((a) => a.headline));
  }
  return headlines;
}
