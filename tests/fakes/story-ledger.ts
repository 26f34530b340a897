/** A ledger seeded with the H200 story from the default config, in memory, with a settable clock. */
import { commands } from '../../commands/index.js';
import { CommandRouter } from '../../commands/lib/router.js';
import type { Invoker } from '../../src/chat/invoker.js';
import type { Reply } from '../../src/chat/reply.js';
import { DEFAULT_CONFIG_PATH, loadConfigFile } from '../../config/load-config.js';
import { Ledger } from '../../src/core/ledger.js';
import type { Clock } from '../../src/core/ports.js';
import { seedLedger } from '../../src/seed/seed-ledger.js';
import { MemoryLedgerStore } from '../../src/store/memory-ledger-store.js';
import { renderText } from '../../src/platforms/shell/render-text.js';
import type { InvokerCapabilities } from '../../src/chat/invoker.js';

/** No capabilities beyond the role (the shell adds localSources itself, as run-shell does). */
const CHAT_LIKE: InvokerCapabilities = { localSources: false, attachments: false };

/** A clock tests can move. */
export class TestClock implements Clock {
  constructor(public current = new Date('2026-02-01T09:00:00Z')) {}
  now(): Date {
    return new Date(this.current);
  }
  advance(ms: number): void {
    this.current = new Date(this.current.getTime() + ms);
  }
}

export const ADMIN: Invoker = { platform: 'shell', userId: 'root', displayName: 'Ada Admin', isAdmin: true, capabilities: CHAT_LIKE };
export const MEMBER: Invoker = { platform: 'shell', userId: 'bob', displayName: 'Bob', isAdmin: false, capabilities: CHAT_LIKE };

/** A seeded ledger, its router, and a helper that runs a typed line and returns the reply and its text. */
export async function storyLedger() {
  const clock = new TestClock();
  const store = new MemoryLedgerStore();
  const ledger = new Ledger(store, clock);
  await seedLedger(ledger, loadConfigFile(DEFAULT_CONFIG_PATH).seed);
  const router = new CommandRouter(commands);
  const run = async (line: string, invoker: Invoker = ADMIN): Promise<{ reply: Reply; text: string }> => {
    const reply = await router.runLine(line, { invoker, channel: { platform: 'shell', id: 'shell' }, ledger, services: {} });
    return { reply, text: renderText(reply) };
  };
  return { clock, store, ledger, router, run };
}
