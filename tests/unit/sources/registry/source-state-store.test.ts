import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { emptySourceState, MAX_SEEN_ITEMS, rememberItem, SourceStateStore } from '../../../../src/sources/registry/source-state-store.js';

describe('SourceStateStore', () => {
  let dir: string;
  let store: SourceStateStore;
  beforeEach(async () => {
    dir = await mkdtemp(join(tmpdir(), 'greenlight-state-'));
    store = new SourceStateStore(join(dir, 'sources'));
  });
  afterEach(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  it('round-trips state, keeping the order of ids that look like numbers', async () => {
    const s = emptySourceState();
    s.validators = { etag: 'W/"x"', lastModified: 'Sat, 31 Jan 2026 10:00:00 GMT' };
    for (const id of ['20', '3', 'b', '1']) rememberItem(s.seen, id, `h${id}`);
    s.firstPollDone = true;
    s.health.lastSuccessAt = '2026-02-01T09:00:00.000Z';
    await store.save('wire', s);
    const loaded = await store.load('wire');
    expect([...loaded.seen.keys()]).toEqual(['20', '3', 'b', '1']);
    expect(loaded.validators).toEqual(s.validators);
    expect(loaded.health).toMatchObject({ lastSuccessAt: '2026-02-01T09:00:00.000Z', paused: false });
    expect(await store.load('never-polled')).toEqual(emptySourceState());
  });

  it('keeps only the newest items', () => {
    const s = emptySourceState();
    for (let i = 0; i < MAX_SEEN_ITEMS + 10; i++) rememberItem(s.seen, `id-${i}`, 'h');
    rememberItem(s.seen, 'id-10', 'h2');
    expect(s.seen.size).toBe(MAX_SEEN_ITEMS);
    expect(s.seen.has('id-9')).toBe(false);
    expect([...s.seen.keys()].at(-1)).toBe('id-10');
  });

  it('refuses a corrupt or invalid file with a message naming it', async () => {
    await store.save('wire', emptySourceState());
    await writeFile(store.pathOf('wire'), '{"version":1,"seen":{"a":"b"}}');
    await expect(store.load('wire')).rejects.toThrow(new RegExp(`${store.pathOf('wire').replace(/[.]/g, '\\.')}: not a valid source state file at seen`));
    await writeFile(store.pathOf('wire'), '{"version":1,');
    await expect(store.load('wire')).rejects.toThrow(/wire\.json/);
  });

  it('persists admin-added sources and removes state files', async () => {
    await store.saveAdded([{ id: 'a', url: 'https://x.example/feed' }]);
    expect(await store.loadAdded()).toEqual([{ id: 'a', url: 'https://x.example/feed' }]);
    expect(JSON.parse(await readFile(join(dir, 'sources', '_added.json'), 'utf8')).version).toBe(1);
    await store.save('a', emptySourceState());
    await store.remove('a');
    await store.remove('a');
    await expect(readFile(store.pathOf('a'))).rejects.toThrow();
  });
});
