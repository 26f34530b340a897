/**
 * How the person who asked types another command, for replies that say what to run next.
 * Platforms that put admin commands under a command of their own (Discord's
 * `/greenlight-admin`) say so in `invoker.adminCommand`; nothing here checks the platform.
 */
import type { Invoker } from '../../src/chat/invoker.js';
import type { Reply } from '../../src/chat/reply.js';
import type { AnyCommand, CommandContext } from './types.js';

/** `/greenlight unsubscribe`, or `/greenlight-admin unsubscribe` where admin commands live apart. */
export function commandPath(ctx: Pick<CommandContext, 'invoker' | 'commands'>, name: string): string {
  const admin = ctx.commands.find((c) => c.name === name)?.permission === 'admin';
  return `${admin ? (ctx.invoker.adminCommand ?? '/greenlight') : '/greenlight'} ${name}`;
}

const patterns = new WeakMap<readonly AnyCommand[], RegExp | null>();

function adminPattern(commands: readonly AnyCommand[]): RegExp | null {
  let re = patterns.get(commands);
  if (re === undefined) {
    // Longest names first, so `track edit` is not read as `track`.
    const names = commands
      .filter((c) => c.permission === 'admin')
      .map((c) => c.name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'))
      .sort((a, b) => b.length - a.length);
    re = names.length ? new RegExp(`/greenlight (?=(?:${names.join('|')})(?![\\w-]))`, 'g') : null;
    patterns.set(commands, re);
  }
  return re;
}

/**
 * The reply with every admin command it names (`/greenlight party add …`) written the way this
 * invoker types it (`/greenlight-admin party add …`). The router applies it to every reply,
 * so errors from the ledger and services, which do not know who asked, name the right command too.
 */
export function namedForInvoker(reply: Reply, invoker: Invoker, commands: readonly AnyCommand[]): Reply {
  const admin = invoker.adminCommand;
  const re = admin && admin !== '/greenlight' ? adminPattern(commands) : null;
  if (!re) return reply;
  let changed = false;
  const fix = (text: string) => {
    const fixed = text.replace(re, `${admin} `);
    if (fixed !== text) changed = true;
    return fixed;
  };
  const named: Reply = {
    ...reply,
    title: fix(reply.title),
    ...(reply.text !== undefined ? { text: fix(reply.text) } : {}),
    ...(reply.sections
      ? {
          sections: reply.sections.map((s) => ({
            ...s,
            ...(s.heading !== undefined ? { heading: fix(s.heading) } : {}),
            ...(s.text !== undefined ? { text: fix(s.text) } : {}),
            ...(s.fields ? { fields: s.fields.map((f) => ({ ...f, value: fix(f.value) })) } : {}),
          })),
        }
      : {}),
    ...(reply.choices ? { choices: reply.choices.map(fix) } : {}),
  };
  // The same object when nothing named an admin command: replies memoised per ledger state
  // (the status overview) stay the same object, so what platforms cache per reply still hits.
  return changed ? named : reply;
}
