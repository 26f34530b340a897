/**
 * Subscriptions: what a channel asked to receive. The records are plain data, validated
 * when the file is loaded and when a request comes in.
 */
import { displayName, type DisplayNames } from '../chat/field-text.js';
import { validate as validCron } from 'node-cron';
import { z } from 'zod';
import type { SubscriptionRequest, SubscriptionView } from '../chat/subscription-service.js';
import { DomainError } from '../core/errors.js';
import { ALERT_KINDS } from './alert-event.js';

const ids = z.array(z.string()).default([]);
const hhmm = z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, 'use HH:MM (24-hour)');

export const subscriptionSchema = z.strictObject({
  id: z.string().regex(/^sub-\d+$/),
  channel: z.looseObject({ platform: z.string().min(1), id: z.string().min(1), name: z.string().optional() }),
  kinds: ids,
  excludeKinds: ids,
  items: ids,
  holders: ids,
  authorities: ids,
  excludeItems: ids,
  excludeHolders: ids,
  excludeAuthorities: ids,
  minQuantity: z.number().int().nonnegative().optional(),
  mentions: z.strictObject({ roles: ids, users: ids, groups: ids }),
  mode: z.enum(['instant', 'digest']),
  digestCron: z.string().optional(),
  quietHours: z.strictObject({ start: hhmm, end: hhmm }).optional(),
  livingCard: z.boolean().default(false),
  broadcast: z.boolean().default(false),
  enabled: z.boolean(),
  disabledReason: z.string().optional(),
  createdAt: z.string(),
});
/** A stored subscription: the request, plus its id, state and creation time. */
export type Subscription = z.infer<typeof subscriptionSchema>;

export const subscriptionFileSchema = z.strictObject({
  version: z.literal(1),
  nextId: z.number().int().positive(),
  subscriptions: z.array(subscriptionSchema),
});
/** The document in `<dataDir>/subscriptions.json`. */
export type SubscriptionFile = z.infer<typeof subscriptionFileSchema>;

/** Checks a request and throws DomainError('invalid_input') with a fix-it message. */
export function validateRequest(request: SubscriptionRequest): void {
  const unknown = [...request.kinds, ...request.excludeKinds].filter((k) => !(ALERT_KINDS as readonly string[]).includes(k));
  if (unknown.length) {
    throw new DomainError(
      'invalid_input',
      `Unknown alert kind${unknown.length > 1 ? 's' : ''}: ${unknown.join(', ')}. Valid kinds: ${ALERT_KINDS.join(', ')}.`,
    );
  }
  if (request.mode === 'digest') {
    if (!request.digestCron) throw new DomainError('invalid_input', 'A digest needs a schedule, e.g. `digest:"0 8 * * 1-5"` (08:00 on weekdays).');
    if (!validCron(request.digestCron)) {
      throw new DomainError(
        'invalid_input',
        `"${request.digestCron}" is not a valid cron schedule. Write five fields (minute hour day-of-month month day-of-week, e.g. "0 8 * * *" for 08:00 daily) or six with seconds first (e.g. "0 0 8 * * *").`,
      );
    }
  } else if (request.digestCron) {
    throw new DomainError('invalid_input', 'A digest schedule only applies with `mode:digest`.');
  }
  if (request.minQuantity !== undefined && (!Number.isInteger(request.minQuantity) || request.minQuantity < 0)) {
    throw new DomainError('invalid_input', '`min_quantity` must be a whole number of at least 0.');
  }
  if (request.quietHours) {
    for (const t of [request.quietHours.start, request.quietHours.end]) {
      if (!hhmm.safeParse(t).success) throw new DomainError('invalid_input', `Quiet hours need HH:MM times (24-hour), like "22:00-07:00"; "${t}" is not one.`);
    }
    if (request.quietHours.start === request.quietHours.end) throw new DomainError('invalid_input', 'Quiet hours must start and end at different times.');
  }
}

function list(label: string, values: string[]): string | undefined {
  return values.length ? `${label} ${values.join(', ')}` : undefined;
}

/**
 * One line describing filters and delivery, e.g. "kinds order.new · items Nvidia H200 · digest
 * 0 8 * * * · quiet 22:00–07:00". With `names` (the ledger's records), ids read as display names.
 */
export function summarize(sub: Subscription, names?: DisplayNames): string {
  const named = (kind: 'item' | 'party' | 'authority', ids: string[]) => ids.map((id) => displayName(names, kind, id));
  const parts = [
    list('kinds', sub.kinds) ?? 'all kinds',
    list('except kinds', sub.excludeKinds),
    list('items', named('item', sub.items)),
    list('except items', named('item', sub.excludeItems)),
    list('holders', named('party', sub.holders)),
    list('except holders', named('party', sub.excludeHolders)),
    list('authorities', named('authority', sub.authorities)),
    list('except authorities', named('authority', sub.excludeAuthorities)),
    sub.minQuantity !== undefined ? `at least ${sub.minQuantity.toLocaleString('en-US')}` : undefined,
    sub.mode === 'digest' ? `digest ${sub.digestCron}` : 'instant',
    sub.quietHours ? `quiet ${sub.quietHours.start}–${sub.quietHours.end}` : undefined,
    sub.livingCard ? `living card${sub.broadcast ? ' (broadcast updates)' : ''}` : undefined,
    list('mentions roles', sub.mentions.roles),
    list('mentions users', sub.mentions.users),
    list('mentions groups', sub.mentions.groups),
  ];
  return parts.filter(Boolean).join(' · ');
}

/** The view of a subscription commands show. */
export function viewOf(sub: Subscription, names?: DisplayNames): SubscriptionView {
  return {
    id: sub.id,
    channel: sub.channel,
    summary: summarize(sub, names),
    enabled: sub.enabled,
    ...(sub.disabledReason ? { disabledReason: sub.disabledReason } : {}),
  };
}

/** True when both refer to the same channel. */
export function sameChannel(a: { platform: string; id: string }, b: { platform: string; id: string }): boolean {
  return a.platform === b.platform && a.id === b.id;
}

/** True when two subscriptions ask for the same alerts delivered the same way (list order aside). */
export function sameFilters(a: Subscription, b: Subscription): boolean {
  const key = (s: Subscription) =>
    JSON.stringify({
      ...Object.fromEntries(
        (['kinds', 'excludeKinds', 'items', 'holders', 'authorities', 'excludeItems', 'excludeHolders', 'excludeAuthorities'] as const).map((k) => [
          k,
          [...s[k]].sort(),
        ]),
      ),
      roles: [...s.mentions.roles].sort(),
      users: [...s.mentions.users].sort(),
      groups: [...s.mentions.groups].sort(),
      minQuantity: s.minQuantity ?? null,
      mode: s.mode,
      digestCron: s.digestCron ?? null,
      quiet: s.quietHours ? `${s.quietHours.start}-${s.quietHours.end}` : null,
      livingCard: s.livingCard,
      broadcast: s.broadcast,
    });
  return key(a) === key(b);
}
