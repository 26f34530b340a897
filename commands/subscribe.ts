/**
 * `/greenlight subscribe [filters]`: this channel receives alerts that pass the filters.
 * Admins only: it changes what a whole channel receives and whom alerts may ping.
 */
import { z } from 'zod';
import { resolveOne, type NamedKind } from '../src/core/resolve.js';
import type { LedgerState } from '../src/core/model.js';
import { mentionIds, parseQuietHours, splitList, subscriptionServiceOf } from './lib/subscription-input.js';
import { commandPath } from './lib/command-path.js';
import type { Command } from './lib/types.js';

const text = z.string().optional();
const input = z.object({
  kinds: text,
  exclude_kinds: text,
  items: text,
  holders: text,
  authorities: text,
  exclude_items: text,
  exclude_holders: text,
  exclude_authorities: text,
  min_quantity: z.number().int().nonnegative().optional(),
  mention_role: text,
  mention_user: text,
  mention_group: text,
  mode: z.enum(['instant', 'digest']).default('instant'),
  digest: text,
  quiet: text,
  living_card: z.boolean().default(false),
  broadcast: z.boolean().default(false),
});

/** Names typed by the user as record ids ("ByteDance, Alibaba" → [bytedance, alibaba]); ambiguous names ask which. */
function resolveAll(state: LedgerState, value: string | undefined, kind: NamedKind): string[] {
  return [
    ...new Set(
      (value ?? '')
        .split(',')
        .map((s) => s.trim())
        .filter(Boolean)
        .map((name) => resolveOne(state, name, [kind]).id),
    ),
  ];
}

export const subscribe = {
  name: 'subscribe',
  description: 'Send alerts to this channel, with optional filters (admins)',
  options: [
    { name: 'kinds', description: 'Alert kinds to receive, comma-separated (e.g. authorization.status,order.new)', type: 'string' },
    { name: 'exclude_kinds', description: 'Alert kinds never to receive', type: 'string' },
    { name: 'items', description: 'Only these items (names or ids, comma-separated)', type: 'string', autocomplete: ['item'] },
    { name: 'holders', description: 'Only these holders', type: 'string', autocomplete: ['party'] },
    { name: 'authorities', description: 'Only these authorities', type: 'string', autocomplete: ['authority'] },
    { name: 'exclude_items', description: 'Never these items', type: 'string', autocomplete: ['item'] },
    { name: 'exclude_holders', description: 'Never these holders', type: 'string', autocomplete: ['party'] },
    { name: 'exclude_authorities', description: 'Never these authorities', type: 'string', autocomplete: ['authority'] },
    { name: 'min_quantity', description: 'Only alerts about at least this many units (alerts with no quantity still come)', type: 'integer', min: 0 },
    { name: 'mention_role', description: 'Role(s) to ping (Discord role id or mention)', type: 'string' },
    { name: 'mention_user', description: 'User(s) to ping (id or mention)', type: 'string' },
    { name: 'mention_group', description: 'User group(s) to ping (Slack user group id or mention)', type: 'string' },
    { name: 'mode', description: 'instant (default) or a digest on a schedule', type: 'string', choices: ['instant', 'digest'] },
    { name: 'digest', description: 'Digest schedule as cron, e.g. "0 8 * * 1-5" (with mode:digest)', type: 'string' },
    { name: 'quiet', description: 'Hold instant alerts during these hours, e.g. "22:00-07:00"', type: 'string' },
    { name: 'living_card', description: 'One card per authorization, updated on later changes', type: 'boolean' },
    { name: 'broadcast', description: 'With living_card: also post updates to the channel', type: 'boolean' },
  ],
  input,
  permission: 'admin',
  async run(opts, ctx) {
    const service = subscriptionServiceOf(ctx.services);
    const state = ctx.ledger.state;
    const view = await service.subscribe({
      channel: ctx.channel,
      kinds: splitList(opts.kinds).map((k) => k.toLowerCase()),
      excludeKinds: splitList(opts.exclude_kinds).map((k) => k.toLowerCase()),
      items: resolveAll(state, opts.items, 'item'),
      holders: resolveAll(state, opts.holders, 'party'),
      authorities: resolveAll(state, opts.authorities, 'authority'),
      excludeItems: resolveAll(state, opts.exclude_items, 'item'),
      excludeHolders: resolveAll(state, opts.exclude_holders, 'party'),
      excludeAuthorities: resolveAll(state, opts.exclude_authorities, 'authority'),
      ...(opts.min_quantity !== undefined ? { minQuantity: opts.min_quantity } : {}),
      mentions: {
        roles: mentionIds(opts.mention_role, 'role'),
        users: mentionIds(opts.mention_user, 'user'),
        groups: mentionIds(opts.mention_group, 'user group'),
      },
      mode: opts.mode,
      ...(opts.digest ? { digestCron: opts.digest.trim() } : {}),
      ...(opts.quiet ? { quietHours: parseQuietHours(opts.quiet) } : {}),
      livingCard: opts.living_card,
      broadcast: opts.broadcast,
    });
    return {
      severity: 'success',
      title: `Subscribed ${ctx.channel.name ?? 'this channel'} (${view.id})`,
      text: `${view.summary}\nRemove it with \`${commandPath(ctx, 'unsubscribe')} ${view.id}\`.`,
    };
  },
} satisfies Command<typeof input>;
