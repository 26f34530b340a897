/**
 * Issue 13, "import and export that people can use", in the shell (in process, on the real
 * store): export writes a file under the data folder and prints its path; importing that
 * file into another ledger gives the same records and the same history, each change still
 * credited to whoever made it with its evidence; a bad file is refused with where it is
 * wrong and changes nothing. Also the operator tool (`npm run ledger`): refused while
 * Greenlight holds the lock.
 */
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PassThrough } from 'node:stream';
import { afterEach, describe, expect, it } from 'vitest';
import { commands } from '../../../commands/index.js';
import { CommandRouter } from '../../../commands/lib/router.js';
import type { Invoker } from '../../../src/chat/invoker.js';
import { importLedger, type LedgerExport } from '../../../src/core/changes/entity.js';
import { Ledger } from '../../../src/core/ledger.js';
import { silentLogger, systemClock } from '../../../src/core/ports.js';
import { importFromFile } from '../../../src/ledger-tool.js';
import { runShell, SHELL_CAPABILITIES } from '../../../src/platforms/shell/run-shell.js';
import { LowdbLedgerStore } from '../../../src/store/lowdb-ledger-store.js';
import { CliSession } from '../../fakes/cli-session.js';

const SEED: LedgerExport = {
  version: 1,
  party: {
    bytedance: { id: 'bytedance', name: 'ByteDance', aliases: [] },
    nvidia: { id: 'nvidia', name: 'Nvidia', aliases: [] },
  },
  authority: { mofcom: { id: 'mofcom', name: 'MOFCOM', aliases: [] } },
  item: { h200: { id: 'h200', name: 'H200', aliases: [], excludes: [], unit: 'chips' } },
  authorization: {
    'cn-h200': {
      id: 'cn-h200',
      name: 'China H200 import approval',
      aliases: [],
      direction: 'import',
      authorityId: 'mofcom',
      itemId: 'h200',
      holderIds: ['bytedance'],
      status: 'pending',
      quota: { value: 400000, qualifier: 'over', unit: 'chips' },
      allocations: [],
      evidence: [],
      provenance: { status: 'admin', quota: 'admin' },
      disputed: false,
    },
  },
};

const open: LowdbLedgerStore[] = [];
afterEach(async () => {
  for (const store of open.splice(0)) await store.close();
});

async function ledgerIn(dataDir: string, seed = true): Promise<{ ledger: Ledger; store: LowdbLedgerStore }> {
  const store = new LowdbLedgerStore({ dataDir, logger: silentLogger });
  await store.open();
  open.push(store);
  const ledger = new Ledger(store, systemClock);
  if (seed) await ledger.commit(importLedger(SEED), { actor: { kind: 'system', id: 'config-seed' }, tier: 'admin' });
  return { ledger, store };
}

function person(name: string): Invoker {
  return { platform: 'shell', userId: name, displayName: name, isAdmin: true, capabilities: SHELL_CAPABILITIES };
}

/** Runs lines in the shell as `who`; returns what it printed. */
async function shell(ledger: Ledger, dataDir: string, who: string, lines: string[]): Promise<string> {
  const input = new PassThrough();
  const output = new PassThrough();
  let out = '';
  output.on('data', (chunk: Buffer) => (out += chunk.toString('utf8')));
  input.end(lines.join('\n') + '\n');
  const router = new CommandRouter(commands, silentLogger);
  await runShell({ router, ledger, services: {}, input, output, invoker: person(who), interactive: false, filesDir: join(dataDir, 'exports') });
  return out;
}

const history = (ledger: Ledger, query: Parameters<Ledger['history']>[0]) =>
  ledger.history(query).then((events) => events.map(({ seq: _seq, ...rest }) => rest));

describe('export and import in the shell', () => {
  it('export writes a file under the data folder, and importing it elsewhere keeps records, actors and evidence', async () => {
    const dirA = mkdtempSync(join(tmpdir(), 'gl-export-a-'));
    const a = await ledgerIn(dirA);
    await shell(a.ledger, dirA, 'alice', [
      '/greenlight party add name:Baidu aliases:百度 kind:holder source_url:https://example.com/baidu',
      '/greenlight track edit cn-h200 status:approved source_url:https://example.com/mofcom note:"approved in principle"',
    ]);
    const out = await shell(a.ledger, dirA, 'alice', ['/greenlight export']);
    const path = /Saved to (\S+\.json)/.exec(out)?.[1];
    expect(path).toBeDefined();
    expect(path!.startsWith(join(dirA, 'exports', 'greenlight-ledger-'))).toBe(true);
    expect(out).not.toContain('"history"'); // the file is saved, not printed

    const dirB = mkdtempSync(join(tmpdir(), 'gl-export-b-'));
    const b = await ledgerIn(dirB, false);
    const imported = await shell(b.ledger, dirB, 'bob', [`/greenlight import file:${path}`]);
    expect(imported).toContain('Import finished');
    const { seq: _a, ...stateA } = a.ledger.state;
    const { seq: _b, ...stateB } = b.ledger.state;
    expect(stateB).toEqual(stateA);
    expect(await history(b.ledger, {})).toEqual(await history(a.ledger, {}));
    const status = (await b.ledger.history({ authorizationId: 'cn-h200' })).at(-1)!;
    expect(status.actor.name).toBe('alice');
    expect(status.evidence?.url).toBe('https://example.com/mofcom');
    expect(status.note).toBe('approved in principle');

    // The same file again changes nothing.
    const again = await shell(b.ledger, dirB, 'bob', [`/greenlight import file:${path}`]);
    expect(again).toContain('nothing changed');
  });

  it('refuses a bad file with the line and field at fault, and changes nothing', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'gl-import-bad-'));
    const { ledger } = await ledgerIn(dir);
    const seq = ledger.state.seq;
    const bad = join(dir, 'bad.json');
    writeFileSync(bad, '{\n  "version": 2,\n  "authorization": {\n    "x": {"id": "x", "name": "X", "status": "sort of"}\n  }\n}\n');
    const out = await shell(ledger, dir, 'bob', [`/greenlight import file:${bad}`, `/greenlight import file:${join(dir, 'missing.json')}`]);
    expect(out).toContain('bad.json cannot be imported');
    expect(out).toMatch(/line 4, authorization "x" \w+/);
    expect(out).toContain('Nothing was imported');
    expect(out).toContain(`There is no file ${join(dir, 'missing.json')}`);
    expect(ledger.state.seq).toBe(seq);
  });

  it('refuses a file whose records refer to parties it does not hold, all or nothing', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'gl-import-refs-'));
    const { ledger } = await ledgerIn(dir);
    const seq = ledger.state.seq;
    const file = join(dir, 'refs.json');
    const order = { id: 'ord-9', itemId: 'h200', buyerId: 'nobody', quantity: { value: 5, qualifier: 'exact', unit: 'chips' }, status: 'placed', evidence: [] };
    writeFileSync(file, JSON.stringify({ version: 2, party: { baidu: { id: 'baidu', name: 'Baidu', aliases: [] } }, order: { 'ord-9': order } }));
    const out = await shell(ledger, dir, 'bob', [`/greenlight import ${file}`]);
    expect(out).toContain('order ord-9 refers to unknown party "nobody"');
    expect(ledger.state.party.baidu).toBeUndefined();
    expect(ledger.state.seq).toBe(seq);
  });
});

describe('imports and alerts', () => {
  it('an import raises no alerts in a subscribed channel; the next edit does', { timeout: 120_000 }, async () => {
    const source = mkdtempSync(join(tmpdir(), 'gl-import-alerts-src-'));
    const a = await ledgerIn(source);
    await shell(a.ledger, source, 'alice', ['/greenlight track edit cn-h200 status:approved source_url:https://example.com/mofcom']);
    const path = /Saved to (\S+\.json)/.exec(await shell(a.ledger, source, 'alice', ['/greenlight export']))![1]!;
    const app = new CliSession({ DATA_DIR: join(mkdtempSync(join(tmpdir(), 'gl-import-alerts-')), 'data') });
    try {
      app.type('/greenlight subscribe');
      await app.waitFor(/Subscribed/i);
      app.type(`/greenlight import file:${path}`);
      await app.waitFor(/Import finished/);
      app.type('/greenlight track edit cn-h200-import-group quota:"over 450,000"');
      const out = await app.waitFor(/🔔/, 30_000);
      await new Promise((r) => setTimeout(r, 1000));
      const alerts = app.stdout.slice(out.indexOf('🔔'));
      expect(alerts).toContain('over 450,000');
      expect(alerts).not.toContain('China H200 import approval (cn-h200)');
      expect(app.stdout.match(/🔔/g)).toHaveLength(1);
    } finally {
      expect(await app.end()).toBe(0);
    }
  });
});

describe('npm run ledger (the operator tool)', () => {
  it('refuses to import while Greenlight holds the data folder, and a bad file changes nothing', async () => {
    const source = mkdtempSync(join(tmpdir(), 'gl-tool-src-'));
    const a = await ledgerIn(source);
    const out = await shell(a.ledger, source, 'alice', ['/greenlight export']);
    const path = /Saved to (\S+\.json)/.exec(out)![1]!;

    const dir = mkdtempSync(join(tmpdir(), 'gl-tool-'));
    const running = await ledgerIn(dir, false);
    const operator = { kind: 'admin' as const, id: 'operator:root', name: 'root (npm run ledger)' };
    await expect(importFromFile(dir, path, silentLogger, operator)).rejects.toThrow(
      /Cannot import: .+ has the data folder .+ open\. Stop it first.*Nothing was changed/s,
    );
    await running.store.close();
    open.splice(open.indexOf(running.store), 1);

    const bad = join(dir, 'bad.json');
    writeFileSync(bad, readFileSync(path, 'utf8').replace('"version": 2', '"version": 3'));
    await expect(importFromFile(dir, bad, silentLogger, operator)).rejects.toThrow(/bad\.json: line 3, version: must be 1 or 2/);
    const done = await importFromFile(dir, path, silentLogger, operator);
    expect(done.fromHistory).toBe(done.events);
    const after = await ledgerIn(dir, false);
    expect(after.ledger.state.authorization['cn-h200']?.status).toBe('pending');
    expect((await after.ledger.history({ authorizationId: 'cn-h200' }))[0]?.actor.id).toBe('config-seed');
  });
});
