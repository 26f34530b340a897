import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { isPromiseLike } from '../../../src/chat/awaitable.js';
import { CommandRouter } from '../../../commands/lib/router.js';
import type { AnyCommand } from '../../../commands/lib/types.js';
import type { Reply } from '../../../src/chat/reply.js';
import { Ledger } from '../../../src/core/ledger.js';
import { systemClock } from '../../../src/core/ports.js';
import { MemoryLedgerStore } from '../../../src/store/memory-ledger-store.js';
import { SHELL_CAPABILITIES } from '../../../src/platforms/shell/run-shell.js';

const base = { description: 'Test command', options: [], input: z.object({}), permission: 'everyone' } as const;
const pong: Reply = { severity: 'info', title: 'pong' };
const commands: AnyCommand[] = [
  { ...base, name: 'now', run: () => pong },
  {
    ...base,
    name: 'later',
    run: async () => {
      await new Promise((r) => setTimeout(r, 5));
      return pong;
    },
  },
  {
    ...base,
    name: 'throws',
    run: () => {
      throw new Error('disk on fire');
    },
  },
  {
    ...base,
    name: 'rejects',
    run: async () => {
      throw new Error('disk on fire');
    },
  },
];
const ctx = {
  invoker: { platform: 'shell' as const, userId: 'u', displayName: 'U', isAdmin: false, capabilities: SHELL_CAPABILITIES },
  channel: { platform: 'shell' as const, id: 'local' },
  ledger: new Ledger(new MemoryLedgerStore(), systemClock),
  services: {},
};

describe('command router', () => {
  const router = new CommandRouter(commands);

  it('answers in the same turn when the command answers synchronously', () => {
    const reply = router.runLine('now', ctx);
    expect(isPromiseLike(reply)).toBe(false);
    expect(reply).toEqual(pong);
  });

  it('hands back a promise when the command is asynchronous', async () => {
    const reply = router.runLine('later', ctx);
    expect(isPromiseLike(reply)).toBe(true);
    expect(await reply).toEqual(pong);
  });

  it('turns a throw into a private error reply, synchronously, without the error text', () => {
    const reply = router.runLine('throws', ctx) as Reply;
    expect(isPromiseLike(reply)).toBe(false);
    expect(reply.severity).toBe('error');
    expect(reply.private).toBe(true);
    expect(reply.text).toMatch(/could not finish `throws` \(reference [0-9a-f]{8}\)/);
    expect(reply.text).not.toContain('disk on fire');
  });

  it('turns a rejection into the same error reply', async () => {
    const reply = await router.runLine('rejects', ctx);
    expect(reply.severity).toBe('error');
    expect(reply.text).toMatch(/could not finish `rejects`/);
  });

  it('answers bad input synchronously too', () => {
    const reply = router.runLine('now extra words', ctx) as Reply;
    expect(isPromiseLike(reply)).toBe(false);
    expect(reply.title).toBe('Invalid input');
  });
});
