/**
 * Kills a writing process with SIGKILL at random moments, over and over on the same data
 * folder, then checks that every acknowledged event survived and the files still load.
 */
import { spawn } from 'node:child_process';
import { mkdtemp, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { applyEvent } from '../../../src/store/apply-event.js';
import { emptyState } from '../../../src/core/model.js';
import { silentLogger } from '../../../src/core/ports.js';
import { LowdbLedgerStore } from '../../../src/store/lowdb-ledger-store.js';

const ROUNDS = 15;
const REPO = fileURLToPath(new URL('../../../', import.meta.url));
const WRITER = fileURLToPath(new URL('../../fakes/store-writer.ts', import.meta.url));
const dirs: string[] = [];
afterAll(async () => {
  for (const dir of dirs) await rm(dir, { recursive: true, force: true });
});

interface Round {
  acks: Map<number, string>;
  opened: boolean;
  exit: { code: number | null; signal: NodeJS.Signals | null };
  stderr: string;
}

/** Runs the writer until a random moment, then SIGKILLs it. */
function runAndKill(dir: string, acks: Map<number, string>): Promise<Round> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, ['--import', 'tsx', WRITER, dir], { cwd: REPO, stdio: ['ignore', 'pipe', 'pipe'] });
    const round: Round = { acks, opened: false, exit: { code: null, signal: null }, stderr: '' };
    let pending = '';
    let timer: NodeJS.Timeout | undefined;
    const kill = () => child.kill('SIGKILL');
    // Most rounds die while appending (and snapshotting); some during startup and open.
    if (Math.random() < 0.25) timer = setTimeout(kill, Math.random() * 700);
    child.stdout.setEncoding('utf8').on('data', (chunk: string) => {
      pending += chunk;
      const lines = pending.split('\n');
      pending = lines.pop() ?? '';
      for (const line of lines) {
        const [word, seq, ...rest] = line.split(' ');
        if (word === 'ack') acks.set(Number(seq), rest.join(' '));
        if (word === 'open' && !timer) {
          round.opened = true;
          timer = setTimeout(kill, 5 + Math.random() * 120);
        }
      }
    });
    child.stderr.setEncoding('utf8').on('data', (chunk: string) => {
      round.stderr += chunk;
    });
    child.on('exit', (code, signal) => {
      clearTimeout(timer);
      round.exit = { code, signal };
      resolve(round);
    });
  });
}

describe('crash safety', () => {
  it('keeps every acknowledged event through repeated SIGKILLs', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'greenlight-crash-'));
    dirs.push(dir);
    const acks = new Map<number, string>();
    for (let i = 0; i < ROUNDS; i++) {
      const round = await runAndKill(dir, acks);
      // The writer never stops by itself: any other exit is a failure to open (e.g. corruption).
      expect(round.exit, round.stderr).toEqual({ code: null, signal: 'SIGKILL' });
    }
    expect(acks.size).toBeGreaterThan(0);

    const store = new LowdbLedgerStore({ dataDir: dir, logger: silentLogger, snapshotEvery: 7 });
    await store.open();
    const history = await store.history({});
    const maxAck = Math.max(...acks.keys());
    expect(store.state.seq).toBeGreaterThanOrEqual(maxAck);
    expect(history.map((e) => e.seq)).toEqual(Array.from({ length: store.state.seq }, (_, i) => i + 1));
    const bySeq = new Map(history.map((e) => [e.seq, e]));
    for (const [seq, text] of acks) {
      const event = bySeq.get(seq);
      expect(event, `acknowledged seq ${seq}`).toBeDefined();
      expect(`${event!.type} ${event!.entityId} ${event!.note ?? ''}`.trim()).toBe(text);
    }
    // The state (snapshot + tail) is exactly the fold of the whole history.
    const folded = emptyState();
    for (const event of history) applyEvent(folded, event);
    expect(store.state).toEqual(folded);
    await store.close();
    // Leftover temp files from killed snapshot writes were cleaned up at open.
    expect((await readdir(dir)).filter((f) => f.endsWith('.tmp'))).toEqual([]);
  }, 60_000);
});
