import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { silentLogger } from '../../../../src/core/ports.js';
import { createIngestor, FileStoryMemory, InMemoryStoryMemory, type StoryMemory } from '../../../../src/sources/pipeline/index.js';
import { newsItem, RecordingPublisher, setup, wireBatch } from './helpers.js';

const dirs: string[] = [];
afterEach(() => {
  for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true });
});

/** The first telling, then a restart (a new ingestor on the same ledger and memory), then another outlet's telling. */
async function tellAcrossRestart(memory: () => StoryMemory) {
  const env = await setup();
  const first = createIngestor({ ledger: env.ledger, alerts: env.alerts, logger: silentLogger, clock: env.clock, storyMemory: memory() });
  await first.ingest(wireBatch([newsItem('Nvidia has delivered about 150,000 H200 chips to Chinese buyers')]));
  const after = new RecordingPublisher();
  const restarted = createIngestor({ ledger: env.ledger, alerts: after, logger: silentLogger, clock: env.clock, storyMemory: memory() });
  const out = await restarted.ingest(
    wireBatch([newsItem('About 150,000 Nvidia H200 chips have now been delivered to Chinese buyers', { publishedAt: '2026-01-29T11:00:00Z' })], {
      sourceId: 'other-wire',
      sourceName: 'Other wire',
    }),
  );
  return { env, first: env.alerts.published, after: after.published, out };
}

describe('a report-only story after a restart', () => {
  it('raises no second alert when another outlet tells it after the restart', async () => {
    const shared = new InMemoryStoryMemory();
    const { first, after, out } = await tellAcrossRestart(() => shared);
    expect(first.map((a) => a.kind)).toEqual(['news']);
    expect(after).toEqual([]);
    expect(out.outcomes[0]!.outcome).toMatch(/same story as "Nvidia has delivered about 150,000 H200 chips to Chinese buyers"/);
  });

  it('is remembered through the file beside the ledger', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'story-memory-'));
    dirs.push(dir);
    const { after } = await tellAcrossRestart(() => new FileStoryMemory(join(dir, 'report-stories.json')));
    expect(after).toEqual([]);
  });
});
