import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { silentLogger } from '../../../src/core/ports.js';
import { LowdbLedgerStore } from '../../../src/store/lowdb-ledger-store.js';
import { CURRENT_SCHEMA_VERSION, migrateToCurrent } from '../../../src/store/migrations.js';
import { authorizationDraft, authorizationRecord } from '../../fakes/store-drafts.js';
import { tempDir } from './store-test-helpers.js';

/** A version 0 ledger.json: no schemaVersion, authorizations as an array, no claims. */
function v0Doc() {
  return {
    seq: 0,
    journalOffset: 0,
    state: {
      party: { nvidia: { id: 'nvidia', name: 'Nvidia', aliases: [] } },
      authority: {},
      item: {},
      condition: {},
      order: {},
      supply: {},
      authorizations: [authorizationRecord('x'), authorizationRecord('y', 'approved')],
    },
  };
}

describe('snapshot migrations', () => {
  it('migrates a version 0 document to the current shape', () => {
    const { doc, fromVersion, applied } = migrateToCurrent(v0Doc(), 'ledger.json');
    expect(fromVersion).toBe(0);
    expect(applied.map((m) => `${m.from}->${m.to}`)).toEqual(['0->1']);
    const state = (doc as { state: Record<string, unknown> }).state;
    expect(state.authorization).toEqual({ x: authorizationRecord('x'), y: authorizationRecord('y', 'approved') });
    expect(state.claim).toEqual({});
    expect(state).not.toHaveProperty('authorizations');
  });

  it('opens a version 0 ledger.json, keeps a backup and writes it back as the current version', async () => {
    const dir = await tempDir();
    const original = JSON.stringify(v0Doc(), null, 2);
    await writeFile(join(dir, 'ledger.json'), original);
    const store = new LowdbLedgerStore({ dataDir: dir, logger: silentLogger });
    await store.open();
    expect(Object.keys(store.state.authorization)).toEqual(['x', 'y']);
    expect(store.state.party.nvidia?.name).toBe('Nvidia');
    expect(await readFile(join(dir, 'ledger.json.v0.bak'), 'utf8')).toBe(original);
    const written = JSON.parse(await readFile(join(dir, 'ledger.json'), 'utf8'));
    expect(written.schemaVersion).toBe(CURRENT_SCHEMA_VERSION);
    await store.append([authorizationDraft('z', 1)]);
    await store.close();

    const again = new LowdbLedgerStore({ dataDir: dir, logger: silentLogger });
    await again.open();
    expect(Object.keys(again.state.authorization).sort()).toEqual(['x', 'y', 'z']);
    await again.close();
  });

  it('refuses a version 0 document with duplicate ids, naming the problem', async () => {
    const dir = await tempDir();
    const doc = v0Doc();
    doc.state.authorizations.push(authorizationRecord('x'));
    await writeFile(join(dir, 'ledger.json'), JSON.stringify(doc));
    const store = new LowdbLedgerStore({ dataDir: dir, logger: silentLogger });
    await expect(store.open()).rejects.toMatchObject({ code: 'corrupt', message: expect.stringMatching(/from schema version 0 to 1: .*"x" appears twice/) });
  });

  it('refuses a file from a newer Greenlight and leaves it untouched', async () => {
    const dir = await tempDir();
    const path = join(dir, 'ledger.json');
    const text = JSON.stringify({ schemaVersion: CURRENT_SCHEMA_VERSION + 1, whatever: true });
    await writeFile(path, text);
    const store = new LowdbLedgerStore({ dataDir: dir, logger: silentLogger });
    const err = await store.open().catch((e: unknown) => e);
    expect(err).toMatchObject({ code: 'newer-version', file: path });
    expect((err as Error).message).toMatch(/newer Greenlight.*Upgrade/);
    expect(await readFile(path, 'utf8')).toBe(text);
  });

  it('refuses a schemaVersion that is not a whole number', () => {
    expect(() => migrateToCurrent({ schemaVersion: 'one' }, 'f.json')).toThrow(/f\.json: schemaVersion/);
  });
});
