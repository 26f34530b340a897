/** `/greenlight unsubscribe [id]`: stop one of this channel's subscriptions, or all of them (admins). */
import { z } from 'zod';
import { subscriptionServiceOf } from './lib/subscription-input.js';
import type { Command } from './lib/types.js';

const input = z.object({ id: z.string().optional() });

export const unsubscribe = {
  name: 'unsubscribe',
  description: "Stop one of this channel's subscriptions (by id), or all of them (admins)",
  options: [{ name: 'id', description: 'Subscription id, e.g. sub-3 (default: all of this channel)', type: 'string', positional: true }],
  input,
  permission: 'admin',
  async run({ id }, ctx) {
    const service = subscriptionServiceOf(ctx.services);
    const removed = await service.unsubscribe(ctx.channel, id?.trim().toLowerCase());
    if (!removed) return { severity: 'info', title: 'Nothing to remove', text: 'This channel has no subscriptions.' };
    return {
      severity: 'success',
      title: id ? `Unsubscribed ${id.trim().toLowerCase()}` : `Removed ${removed} subscription${removed === 1 ? '' : 's'} of this channel`,
      text: 'Alerts waiting for it were dropped.',
    };
  },
} satisfies Command<typeof input>;
