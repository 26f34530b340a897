/** What the subscription commands share: the service from the context, and reading lists, mentions and quiet hours. */
import type { SubscriptionService } from '../../src/chat/subscription-service.js';
import { DomainError } from '../../src/core/errors.js';
import type { CommandServices } from './types.js';

/** The subscription service from the context, or a clear refusal when alerts are not running. */
export function subscriptionServiceOf(services: CommandServices): SubscriptionService {
  const service = services.subscriptions;
  if (!service) {
    throw new DomainError('invalid_input', 'Alerts are not running in this Greenlight, so channels cannot subscribe yet. Ask an admin to enable alerts.');
  }
  return service;
}

/** Comma- or space-separated values: "a, b c" → [a, b, c]. */
export function splitList(text: string | undefined): string[] {
  return (text ?? '')
    .split(/[,\s]+/)
    .map((s) => s.trim())
    .filter(Boolean);
}

const BROADCAST_WORDS = new Set(['everyone', 'here', 'channel']);

/**
 * Platform ids from what users type: a bare id, or a mention as the platform sends it
 * (`<@U123|ada>`, `<@&123>` Discord role, `<!subteam^S123|@team>` Slack group).
 * @everyone / @here / @channel are refused: only named roles, users and groups may ping.
 */
export function mentionIds(text: string | undefined, what: string): string[] {
  return splitList(text).map((raw) => {
    const id = raw
      .replace(/^</, '')
      .replace(/>$/, '')
      .replace(/\|.*$/, '')
      .replace(/^(@&|@!|@|!subteam\^|!)/, '');
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
