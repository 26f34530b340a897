import { readFile, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { EventDraft } from '../../../src/core/events.js';
import { silentLogger } from '../../../src/core/ports.js';
import { LowdbLedgerStore } from '../../../src/store/lowdb-ledger-store.js';
import { authorizationDraft, partyDraft, removeDraft } from '../../fakes/store-drafts.js';
import { recordingLogger, tempDir } from './store-test-helpers.js';

function storeAt(dataDir: string, snapshotEvery?: number) {
  return new LowdbLedgerStore({ dataDir, logger: silentLogger, ...(snapshotEvery ? { snapshotEvery } : {}) });
}

describe('LowdbLedgerStore', () => {
  it('creates its files on first open', async () => {
    const dir = join(await tempDir(), 'nested', 'data');
    const store = storeAt(dir);
    await store.open();
    expect(JSON.parse(await readFile(join(dir, 'ledger.json'), 'utf8'))).toMatchObject({ schemaVersion: 1, seq: 0, journalOffset: 0 });
    expect(await readFile(join(dir, 'events.jsonl'), 'utf8')).toBe('');
    expect(await readFile(join(dir, '.lock'), 'utf8')).toContain(`"pid":${process.pid}`);
    await store.close();
    await expect(readFile(join(dir, '.lock'))).rejects.toThrow(/ENOENT/);
  });

  it('numbers, applies and returns appended events', async () => {
    const store = storeAt(await tempDir());
    await store.open();
    const events = await store.append([authorizationDraft('a1'), partyDraft('p1')]);
    expect(events.map((e) => e.seq)).toEqual([1, 2]);
    expect(store.state.seq).toBe(2);
    expect(store.state.authorization.a1?.name).toBe('Licence a1');
    expect(store.state.party.p1?.name).toBe('Party p1');
    expect(await store.append([])).toEqual([]);
    // A stray seq on a draft does not override the store's numbering.
    const [third] = await store.append([{ ...partyDraft('p2'), seq: 99 } as unknown as ReturnType<typeof partyDraft>]);
    expect(third?.seq).toBe(3);
    // Returned events are copies: changing them does not touch the state.
    (events[0]!.after as { name: string }).name = 'changed';
    expect(store.state.authorization.a1?.name).toBe('Licence a1');
    await store.append([removeDraft('a1')]);
    expect(store.state.seq).toBe(4);
    expect(store.state.authorization.a1).toBeUndefined();
    await store.close();
  });

  it('gives the same state and history after close and reopen', async () => {
    const dir = await tempDir();
    const store = storeAt(dir);
    await store.open();
    for (let i = 0; i < 20; i++) await store.append([authorizationDraft(`a${i % 4}`, i)]);
    await store.append([partyDraft('p'), removeDraft('a3')]);
    const state = structuredClone(store.state);
    const history = await store.history({});
    await store.close();

    const again = storeAt(dir);
    await again.open();
    expect(again.state).toEqual(state);
    expect(await again.history({})).toEqual(history);
    await again.close();
  });

  it('replays the journal tail after the last snapshot', async () => {
    const dir = await tempDir();
    const store = storeAt(dir, 5);
    await store.open();
    for (let i = 1; i <= 13; i++) await store.append([authorizationDraft(`a${i % 3}`, i)]);
    await store.whenIdle();
    expect(store.stats.snapshotSeq).toBe(10);
    const state = structuredClone(store.state);
    // As if the process had died here: keep the seq-10 snapshot that close() would replace.
    const snapshotText = await readFile(join(dir, 'ledger.json'), 'utf8');
    expect(JSON.parse(snapshotText).seq).toBe(10);
    await store.close();
    await writeFile(join(dir, 'ledger.json'), snapshotText);

    const again = storeAt(dir, 5);
    await again.open();
    expect(again.state).toEqual(state);
    expect(again.state.seq).toBe(13);
    expect(again.stats.snapshotSeq).toBe(10);
    await again.close();
  });

  it('rebuilds the state from the journal when ledger.json is moved aside', async () => {
    const dir = await tempDir();
    const store = storeAt(dir);
    await store.open();
    for (let i = 1; i <= 5; i++) await store.append([authorizationDraft('a', i)]);
    const state = structuredClone(store.state);
    await store.close();
    await rm(join(dir, 'ledger.json'));
    const again = storeAt(dir);
    await again.open();
    expect(again.state).toEqual(state);
    await again.close();
  });

  it('writes snapshots every snapshotEvery events, not on every append', async () => {
    const store = storeAt(await tempDir(), 10);
    await store.open();
    const initial = store.stats.snapshotWrites; // the first open writes an empty snapshot
    for (let i = 0; i < 35; i++) await store.append([authorizationDraft('a', i)]);
    await store.whenIdle();
    expect(store.stats.snapshotWrites - initial).toBe(3);
    await store.close();
    expect(store.stats.snapshotWrites - initial).toBe(4);
  });

  it('does not rewrite earlier journal bytes on append', async () => {
    const dir = await tempDir();
    const store = storeAt(dir);
    await store.open();
    for (let i = 0; i < 50; i++) await store.append([authorizationDraft('a', i)]);
    const before = await readFile(join(dir, 'events.jsonl'));
    const sizeBefore = store.stats.journalBytes;
    await store.append([authorizationDraft('a', 99)]);
    const after = await readFile(join(dir, 'events.jsonl'));
    expect(after.subarray(0, before.length).equals(before)).toBe(true);
    expect(store.stats.journalBytes - sizeBefore).toBe(after.length - before.length);
    await store.close();
  });

  it('refuses an event whose record would not load, and stores nothing', async () => {
    const store = storeAt(await tempDir());
    await store.open();
    const bad = { ...authorizationDraft('a'), after: { id: 'a', status: 'nonsense' } } as unknown as EventDraft;
    await expect(store.append([partyDraft('p'), bad])).rejects.toMatchObject({ code: 'invalid' });
    expect(store.state.seq).toBe(0);
    expect(store.stats.journalBytes).toBe(0);
    await store.append([partyDraft('p')]);
    expect(store.state.seq).toBe(1);
    await store.close();
  });

  it('logs a warning and drops a torn tail left by a crash', async () => {
    const dir = await tempDir();
    const store = storeAt(dir);
    await store.open();
    await store.append([authorizationDraft('a', 1)]);
    await store.close();
    await writeFile(join(dir, 'events.jsonl'), (await readFile(join(dir, 'events.jsonl'), 'utf8')) + '{"seq":2,"type":"auth');
    const logger = recordingLogger();
    const again = new LowdbLedgerStore({ dataDir: dir, logger });
    await again.open();
    expect(again.state.seq).toBe(1);
    expect(logger.lines.filter((l) => l.level === 'warn')).toHaveLength(1);
    expect((await again.append([authorizationDraft('a', 2)]))[0]?.seq).toBe(2);
    await again.close();
  });
});
