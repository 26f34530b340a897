/** How the person who asked types another command, for replies that say what to run next. */
import type { CommandContext } from './types.js';

/** `/greenlight unsubscribe`, or `/greenlight-admin unsubscribe` where admin commands live apart. */
export function commandPath(ctx: Pick<CommandContext, 'invoker' | 'commands'>, name: string): string {
  const admin = ctx.commands.find((c) => c.name === name)?.permission === 'admin';
  return `${admin ? (ctx.invoker.adminCommand ?? '/greenlight') : '/greenlight'} ${name}`;
}
