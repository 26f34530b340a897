/** `/greenlight subscriptions [all:true]`: what this channel (or, for admins, every channel) receives. */
import { z } from 'zod';
import { DomainError } from '../src/core/errors.js';
import { subscriptionServiceOf } from './lib/subscription-input.js';
import type { Command } from './lib/types.js';

const input = z.object({ all: z.boolean().default(false) });

export const subscriptions = {
  name: 'subscriptions',
  description: "This channel's alert subscriptions",
  options: [{ name: 'all', description: 'Every channel, not just this one (admins)', type: 'boolean' }],
  input,
  permission: 'everyone',
  run({ all }, ctx) {
    const service = subscriptionServiceOf(ctx.services);
    if (all && !ctx.invoker.isAdmin) throw new DomainError('forbidden', 'Only Greenlight admins can list the subscriptions of every channel.');
    const views = service.list(all ? undefined : ctx.channel);
    if (!views.length) {
      return {
        severity: 'info',
        title: all ? 'No subscriptions' : 'This channel has no subscriptions',
        text: 'An admin can add one with `/greenlight subscribe` (e.g. `/greenlight subscribe kinds:authorization.status items:h200`).',
      };
    }
    return {
      severity: views.some((v) => !v.enabled) ? 'warning' : 'info',
      title: `${views.length} subscription${views.length === 1 ? '' : 's'}${all ? '' : ` in ${ctx.channel.name ?? 'this channel'}`}`,
      // Sections, not a table: summaries are long and a table would cut them.
      sections: views.map((v) => ({
        heading: `${v.id}${all ? ` · ${v.channel.platform}:${v.channel.name ?? v.channel.id}` : ''} · ${v.enabled ? 'on' : 'OFF'}`,
        text: v.enabled ? v.summary : `${v.summary}\nTurned off: ${v.disabledReason ?? 'disabled'}`,
      })),
    };
  },
} satisfies Command<typeof input>;
