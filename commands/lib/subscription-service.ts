/** The subscription service as commands see it; src/alerts implements it. */
import { DomainError } from '../../src/core/errors.js';
import type { ChannelRef } from './types.js';

/** Filters and delivery settings a channel chooses when it subscribes. */
export interface SubscriptionRequest {
  channel: ChannelRef;
  /** Alert kinds to include (empty = all) and to exclude. */
  kinds: string[];
  excludeKinds: string[];
  /** Record ids (already resolved) to include (empty = all) and to exclude. */
  items: string[];
  holders: string[];
  authorities: string[];
  excludeItems: string[];
  excludeHolders: string[];
  excludeAuthorities: string[];
  /** Only alerts about at least this quantity (alerts with no quantity still pass). */
  minQuantity?: number;
  /** Who to ping: platform role / user / user-group ids. */
  mentions: { roles: string[]; users: string[]; groups: string[] };
  /** instant, or a digest on a cron schedule. */
  mode: 'instant' | 'digest';
  digestCron?: string;
  /** Hold instant alerts between these local times ("22:00"–"07:00"), in the config timezone. */
  quietHours?: { start: string; end: string };
  /** Post one card per authorization and update it on later changes. */
  livingCard: boolean;
  broadcast: boolean;
}

/** A subscription as shown to users. */
export interface SubscriptionView {
  id: string;
  channel: ChannelRef;
  /** One line describing the filters and delivery. */
  summary: string;
  enabled: boolean;
  disabledReason?: string;
}

/** Subscribing channels to alerts. */
export interface SubscriptionService {
  subscribe(request: SubscriptionRequest): Promise<SubscriptionView>;
  /** Removes one subscription of the channel by id, or all of the channel's when no id; returns how many. */
  unsubscribe(channel: ChannelRef, id?: string): Promise<number>;
  list(channel?: ChannelRef): SubscriptionView[];
}

/** The subscription service from the context, or a clear refusal when alerts are not running. */
export function subscriptionServiceOf(services: { [name: string]: unknown }): SubscriptionService {
  const service = services.subscriptions as SubscriptionService | undefined;
  if (!service) {
    throw new DomainError('invalid_input', 'Alerts are not running in this Greenlight, so channels cannot subscribe yet. Ask an admin to enable alerts.');
  }
  return service;
}

/** Comma- or space-separated values: "a, b c" → [a, b, c]. */
export function splitList(text: string | undefined): string[] {
  return (text ?? '').split(/[,\s]+/).map((s) => s.trim()).filter(Boolean);
}

const BROADCAST_WORDS = new Set(['everyone', 'here', 'channel']);

/**
 * Platform ids from what users type: a bare id, or a mention as the platform sends it
 * (`<@U123|ada>`, `<@&123>` Discord role, `<!subteam^S123|@team>` Slack group).
 * @everyone / @here / @channel are refused: only named roles, users and groups may ping.
 */
export function mentionIds(text: string | undefined, what: string): string[] {
  return splitList(text).map((raw) => {
    const id = raw.replace(/^</, '').replace(/>$/, '').replace(/\|.*$/, '').replace(/^(@&|@!|@|!subteam\^|!)/, '');
    if (BROADCAST_WORDS.has(id.toLowerCase())) {
      throw new DomainError('invalid_input', `Alerts cannot mention @${id.toLowerCase()}; name a ${what} instead.`);
    }
    if (!/^[A-Za-z0-9_-]{1,64}$/.test(id)) throw new DomainError('invalid_input', `"${raw}" is not a ${what} id or mention.`);
    return id;
  });
}

/** "22:00-07:00" → { start, end }. */
export function parseQuietHours(text: string): { start: string; end: string } {
  const m = /^\s*(\d{1,2}):(\d{2})\s*[-–]\s*(\d{1,2}):(\d{2})\s*$/.exec(text);
  const valid = (h: string, min: string) => Number(h) < 24 && Number(min) < 60;
  if (!m || !valid(m[1]!, m[2]!) || !valid(m[3]!, m[4]!)) {
    throw new DomainError('invalid_input', `Quiet hours look like "22:00-07:00" (24-hour local time); "${text}" is not that.`);
  }
  const pad = (h: string, min: string) => `${h.padStart(2, '0')}:${min}`;
  return { start: pad(m[1]!, m[2]!), end: pad(m[3]!, m[4]!) };
}
