import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { hostname } from 'node:os';
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { silentLogger } from '../../../src/core/ports.js';
import { LowdbLedgerStore } from '../../../src/store/lowdb-ledger-store.js';
import { recordingLogger, tempDir } from './store-test-helpers.js';

function lockText(pid: number): string {
  return JSON.stringify({ pid, hostname: hostname(), startedAt: '2025-01-01T00:00:00.000Z' });
}

describe('data folder lock', () => {
  it('refuses a folder locked by another live process', async () => {
    const dir = await tempDir();
    const child = spawn(process.execPath, ['-e', 'setInterval(() => {}, 1000)'], { stdio: 'ignore' });
    try {
      await writeFile(join(dir, '.lock'), lockText(child.pid!));
      const store = new LowdbLedgerStore({ dataDir: dir, logger: silentLogger });
      const err = await store.open().catch((e: unknown) => e);
      expect(err).toMatchObject({ code: 'locked', file: join(dir, '.lock') });
      expect((err as Error).message).toContain(`process ${child.pid}`);
      expect(await readFile(join(dir, '.lock'), 'utf8')).toBe(lockText(child.pid!));
    } finally {
      child.kill('SIGKILL');
    }
  });

  it('takes over a lock left by a dead process, with a warning', async () => {
    const dir = await tempDir();
    const child = spawn(process.execPath, ['-e', '0'], { stdio: 'ignore' });
    await once(child, 'exit');
    await writeFile(join(dir, '.lock'), lockText(child.pid!));
    const logger = recordingLogger();
    const store = new LowdbLedgerStore({ dataDir: dir, logger });
    await store.open();
    expect(logger.lines.some((l) => l.level === 'warn' && /lock/.test(l.msg ?? ''))).toBe(true);
    expect(await readFile(join(dir, '.lock'), 'utf8')).toContain(`"pid":${process.pid}`);
    await store.close();
  });

  it('refuses a second store on the same folder in this process, until the first closes', async () => {
    const dir = await tempDir();
    const first = new LowdbLedgerStore({ dataDir: dir, logger: silentLogger });
    await first.open();
    const second = new LowdbLedgerStore({ dataDir: dir, logger: silentLogger });
    await expect(second.open()).rejects.toMatchObject({ code: 'locked' });
    await first.close();
    await second.open();
    await second.close();
  });

  it('takes over a lock with its own pid that it does not hold (a restarted container)', async () => {
    const dir = await tempDir();
    await writeFile(join(dir, '.lock'), lockText(process.pid));
    const store = new LowdbLedgerStore({ dataDir: dir, logger: silentLogger });
    await store.open();
    await store.close();
  });
});
