import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { silentLogger } from '../../../src/core/ports.js';
import { LowdbLedgerStore } from '../../../src/store/lowdb-ledger-store.js';
import { StoreError } from '../../../src/store/store-error.js';
import { authorizationDraft, partyDraft } from '../../fakes/store-drafts.js';
import { tempDir } from './store-test-helpers.js';

/** A data folder holding 6 events, with the snapshot at seq 0 so every event is replayed. */
async function seeded(): Promise<string> {
  const dir = await tempDir();
  const store = new LowdbLedgerStore({ dataDir: dir, logger: silentLogger });
  await store.open();
  const snapshot = await readFile(join(dir, 'ledger.json'));
  for (let i = 1; i <= 5; i++) await store.append([authorizationDraft(`a${i}`, i)]);
  await store.append([partyDraft('p')]);
  await store.close();
  await writeFile(join(dir, 'ledger.json'), snapshot);
  return dir;
}

/** Opens the store expecting a StoreError; checks that no file changed. */
async function openFails(dir: string): Promise<StoreError> {
  const files = ['ledger.json', 'events.jsonl'];
  const before = await Promise.all(files.map((f) => readFile(join(dir, f))));
  const store = new LowdbLedgerStore({ dataDir: dir, logger: silentLogger });
  const err = await store.open().then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(err).toBeInstanceOf(StoreError);
  const after = await Promise.all(files.map((f) => readFile(join(dir, f))));
  after.forEach((bytes, i) => expect(bytes.equals(before[i]!), `${files[i]} changed`).toBe(true));
  // The lock was released: a fixed folder can be opened by the next attempt.
  await expect(readFile(join(dir, '.lock'))).rejects.toThrow(/ENOENT/);
  return err as StoreError;
}

async function editJournalLine(dir: string, line: number, edit: (text: string) => string): Promise<void> {
  const path = join(dir, 'events.jsonl');
  const lines = (await readFile(path, 'utf8')).split('\n');
  lines[line - 1] = edit(lines[line - 1]!);
  await writeFile(path, lines.join('\n'));
}

describe('a damaged data folder stops startup', () => {
  it('ledger.json that is not JSON: names the file, line and problem', async () => {
    const dir = await seeded();
    const path = join(dir, 'ledger.json');
    // The snapshot is compact JSON on one line; break it in the middle of that line.
    await writeFile(path, (await readFile(path, 'utf8')).replace('"seq":0,', '"seq":0,,'));
    const err = await openFails(dir);
    expect(err.code).toBe('corrupt');
    expect(err.file).toBe(path);
    expect(err.message).toMatch(new RegExp(`^${path}: line 1 column \\d+: .+`));
    expect(err.message).toMatch(/backup/);
  });

  it('ledger.json that is valid JSON but an invalid record: names the record and field', async () => {
    const dir = await tempDir();
    const store = new LowdbLedgerStore({ dataDir: dir, logger: silentLogger });
    await store.open();
    await store.append([authorizationDraft('x', 1)]);
    await store.close();
    const path = join(dir, 'ledger.json');
    const doc = JSON.parse(await readFile(path, 'utf8'));
    doc.state.authorization.x.status = 'maybe';
    await writeFile(path, JSON.stringify(doc, null, 2));
    const err = await openFails(dir);
    expect(err).toMatchObject({ code: 'corrupt', file: path });
    expect(err.message).toContain(`${path}: authorization "x": status: `);
  });

  it('ledger.json holding null is refused, not taken for a missing file', async () => {
    const dir = await seeded();
    await writeFile(join(dir, 'ledger.json'), 'null\n');
    expect((await openFails(dir)).message).toMatch(/expected a JSON object/);
  });

  it('events.jsonl with a bad middle line: names the file and line', async () => {
    const dir = await seeded();
    await editJournalLine(dir, 3, (t) => t.replace('"status":"pending"', '"status":"maybe"'));
    const err = await openFails(dir);
    expect(err).toMatchObject({ code: 'corrupt', file: join(dir, 'events.jsonl') });
    expect(err.message).toContain(`${join(dir, 'events.jsonl')} line 3: authorization "a3": status: `);
  });

  it('events.jsonl with broken JSON in the middle', async () => {
    const dir = await seeded();
    await editJournalLine(dir, 2, (t) => t.slice(0, 40));
    const err = await openFails(dir);
    expect(err.message).toContain('events.jsonl line 2: not valid JSON');
  });

  it('events.jsonl with an envelope error names the field', async () => {
    const dir = await seeded();
    await editJournalLine(dir, 4, (t) => t.replace('"tier":"admin"', '"tier":"gossip"'));
    expect((await openFails(dir)).message).toContain('events.jsonl line 4: authorization "a4": tier: ');
  });

  it('events.jsonl with an event that is not what its type says names the event', async () => {
    const dir = await seeded();
    // A creation with a record before it is no creation: the upcast to a typed event refuses it.
    await editJournalLine(dir, 2, (t) => t.replace('"before":null', '"before":{"id":"a2"}'));
    expect((await openFails(dir)).message).toContain(
      'events.jsonl line 2: authorization "a2": authorization.created of authorization "a2": must not have a record before',
    );
    const other = await seeded();
    await editJournalLine(other, 3, (t) => t.replace('"entity":"authorization"', '"entity":"order"'));
    expect((await openFails(other)).message).toContain(
      'events.jsonl line 3: order "a3": authorization.created of order "a3": authorization.created events are about authorization',
    );
  });

  it('events.jsonl with a missing event (seq gap)', async () => {
    const dir = await seeded();
    await editJournalLine(dir, 3, () => '');
    const err = await openFails(dir);
    expect(err.message).toContain('events.jsonl line 4: expected event seq 3 but found 4');
  });

  it('events.jsonl shorter than the snapshot says', async () => {
    const dir = await tempDir();
    const store = new LowdbLedgerStore({ dataDir: dir, logger: silentLogger });
    await store.open();
    await store.append([authorizationDraft('a', 1)]);
    await store.close();
    await writeFile(join(dir, 'events.jsonl'), '');
    const err = await openFails(dir);
    expect(err).toMatchObject({ code: 'corrupt' });
    expect(err.message).toMatch(/events are missing/);
  });
});
