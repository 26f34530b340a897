/**
 * Data files are private to the account running Greenlight (issue 12, item 8), through
 * `npm start`: a new data folder is 0700 and every file in it 0600, and a folder that others
 * can read gets one warning sentence at startup.
 */
import { chmodSync, mkdtempSync, readdirSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../../fakes/run-cli.js';

const modeOf = (path: string) => (statSync(path).mode & 0o777).toString(8);

/** Every file and folder under `dir` with its mode, relative names. */
function modes(dir: string, prefix = ''): Record<string, string> {
  const out: Record<string, string> = {};
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    out[prefix + entry.name] = modeOf(path);
    if (entry.isDirectory()) Object.assign(out, modes(path, `${prefix}${entry.name}/`));
  }
  return out;
}

describe.skipIf(process.platform === 'win32')('data folder permissions', () => {
  it('creates the data folder 0700 and its files 0600, and says nothing', async () => {
    const dataDir = join(mkdtempSync(join(tmpdir(), 'gl-perm-')), 'data');
    const run = await runCli('/greenlight order add item:h200 quantity:1k buyer:ByteDance\n/greenlight status\n', { env: { DATA_DIR: dataDir } });
    expect(run.code).toBe(0);
    expect(run.stderr).toBe('');
    expect(modeOf(dataDir)).toBe('700');
    const found = modes(dataDir);
    expect(Object.keys(found)).toEqual(expect.arrayContaining(['events.jsonl', 'ledger.json', 'outbox.jsonl', 'sources']));
    for (const [name, mode] of Object.entries(found)) expect(`${name} ${mode}`).toBe(`${name} ${name === 'sources' ? '700' : '600'}`);
  });

  it('warns in one sentence when an existing folder is open to others, and still works', async () => {
    const dataDir = mkdtempSync(join(tmpdir(), 'gl-perm-'));
    chmodSync(dataDir, 0o755);
    const run = await runCli('/greenlight status\n', { env: { DATA_DIR: dataDir } });
    expect(run.code).toBe(0);
    expect(run.stderr).toBe(
      `greenlight: warning: The data folder ${dataDir} can be read by other users of this machine (permissions 0755). ` +
        `Run \`chmod 700 ${dataDir}\` so that only the account running Greenlight can read it.\n`,
    );
    expect(run.stdout).toContain('Greenlight status');
    // The admin's choice of mode is left alone; the files Greenlight creates are private.
    expect(modeOf(dataDir)).toBe('755');
    expect(modeOf(join(dataDir, 'events.jsonl'))).toBe('600');
    chmodSync(dataDir, 0o700);
    const quiet = await runCli('/greenlight status\n', { env: { DATA_DIR: dataDir } });
    expect(quiet.stderr).toBe('');
  });
});
