/**
 * A data folder written before events were typed (tests/fixtures/ledger-v1, made by the shell
 * with the code of that time) still opens: same state, same history, and new events append.
 */
import { copyFile, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { actorText, summarizeEvent } from '../../../src/chat/summarize-event.js';
import { exportLedger, type LedgerExport } from '../../../src/core/changes/entity.js';
import { updateAuthorization } from '../../../src/core/changes/authorization.js';
import { Ledger } from '../../../src/core/ledger.js';
import { silentLogger, systemClock } from '../../../src/core/ports.js';
import { LowdbLedgerStore } from '../../../src/store/lowdb-ledger-store.js';
import { MemoryLedgerStore } from '../../../src/store/memory-ledger-store.js';
import { tempDir } from './store-test-helpers.js';

const FIXTURE = join(import.meta.dirname, '../../fixtures/ledger-v1');

async function dataFolder(files: string[]): Promise<string> {
  const dir = await tempDir();
  for (const file of files) await copyFile(join(FIXTURE, file), join(dir, file));
  return dir;
}

const asJson = (value: unknown) => JSON.parse(JSON.stringify(value)) as unknown;

async function expected(): Promise<{ exported: unknown; history: string[] }> {
  const exported = JSON.parse(await readFile(join(FIXTURE, 'export.json'), 'utf8')) as unknown;
  const history = (await readFile(join(FIXTURE, 'history.txt'), 'utf8')).trimEnd().split('\n');
  return { exported, history };
}

function historyLines(events: Awaited<ReturnType<LowdbLedgerStore['history']>>): string[] {
  return events.map(
    (e) => `#${e.seq} ${e.type} ${e.entity} ${e.entityId}${e.authorizationId ? ` [${e.authorizationId}]` : ''} · ${summarizeEvent(e)} · ${actorText(e)}`,
  );
}

describe('a data folder written before typed events', () => {
  it.each([
    ['snapshot and journal', ['ledger.json', 'events.jsonl']],
    ['journal only (every event replayed and upcast)', ['events.jsonl']],
  ])('opens from its %s with the same state and history', async (_label, files) => {
    const { exported, history } = await expected();
    const store = new LowdbLedgerStore({ dataDir: await dataFolder(files), logger: silentLogger });
    await store.open();
    expect(store.state.seq).toBe(42);
    expect(asJson(exportLedger(store.state))).toEqual(exported);
    const events = await store.history({});
    expect(historyLines(events)).toEqual(history);
    // What the old events only implied, the typed ones say.
    const moved = events.find((e) => e.seq === 24);
    expect(moved?.type === 'authorization.status_changed' && [moved.from, moved.to]).toEqual(['pending', 'approved']);
    const quota = events.find((e) => e.seq === 25);
    expect(quota?.type === 'authorization.quota_changed' && [quota.from?.value, quota.to?.value]).toEqual([10_000, 12_000]);
    const order = events.find((e) => e.seq === 28);
    expect(order?.type === 'order.status_changed' && [order.from, order.to]).toEqual(['placed', 'confirmed']);
    await store.close();
  });

  it('its export imports into an empty ledger as the same records', async () => {
    const { exported } = await expected();
    const ledger = new Ledger(new MemoryLedgerStore(), systemClock);
    const admin = { actor: { kind: 'admin', id: 'U1' }, tier: 'admin' } as const;
    await ledger.commit({ kind: 'ledger.import', data: exported as LedgerExport }, admin);
    expect(asJson(exportLedger(ledger.state))).toEqual(exported);
  });

  it('takes new events after the old ones and reads both back after a restart', async () => {
    const dataDir = await dataFolder(['ledger.json', 'events.jsonl']);
    const admin = { actor: { kind: 'admin', id: 'U1', name: 'Ada' }, tier: 'admin' } as const;
    const first = new LowdbLedgerStore({ dataDir, logger: silentLogger });
    await first.open();
    await new Ledger(first, systemClock).commit(updateAuthorization('cn-h200-import-pending', { status: 'approved' }, admin), admin);
    await first.close();
    const again = new LowdbLedgerStore({ dataDir, logger: silentLogger });
    await again.open();
    expect(again.state.authorization['cn-h200-import-pending']?.status).toBe('approved');
    const lines = historyLines(await again.history({}));
    expect(lines.slice(0, 42)).toEqual((await expected()).history);
    expect(lines[42]).toBe(
      '#43 authorization.status_changed authorization cn-h200-import-pending [cn-h200-import-pending] · status: pending → approved · admin Ada',
    );
    await again.close();
  });
});
