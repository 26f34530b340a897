/** Maps discord.js / REST failures to clear messages and to delivery error codes. */
import { DiscordAPIError, HTTPError, RateLimitError } from 'discord.js';
import { DeliveryError } from '../../chat/alert.js';

/** Discord JSON error codes we act on. */
export const DiscordCode = {
  UnknownChannel: 10003,
  UnknownMessage: 10008,
  MissingAccess: 50001,
  CannotSendInNonText: 50008,
  MissingPermissions: 50013,
  InvalidFormBody: 50035,
  ThreadAlreadyExists: 160004,
} as const;

/** True when the error says the token was refused (HTTP 401 or discord.js TokenInvalid). */
export function isTokenRejected(err: unknown): boolean {
  const e = err as { status?: number; code?: unknown } | null;
  return !!e && (e.status === 401 || e.code === 'TokenInvalid');
}

/** A short, secret-free description of a REST failure. */
export function describeRestError(err: unknown): string {
  if (isTokenRejected(err)) {
    return 'Discord rejected DISCORD_TOKEN (401 Unauthorized). Reset it in the Developer Portal: Applications → (your app) → Bot → Reset Token, and set DISCORD_TOKEN to the new value.';
  }
  if (err instanceof DiscordAPIError) return `Discord answered ${err.status} (code ${err.code}): ${err.message}`;
  if (err instanceof HTTPError) return `Discord answered ${err.status} ${err.message}`;
  if (err instanceof RateLimitError) return `rate limited for ${Math.ceil(err.timeToReset / 1000)} s`;
  return err instanceof Error ? err.message : String(err);
}

/** Turns a REST failure while posting to a channel into a DeliveryError with the right code. */
export function toDeliveryError(err: unknown, channelId: string): DeliveryError {
  if (err instanceof DeliveryError) return err;
  if (err instanceof RateLimitError) {
    return new DeliveryError('rate_limited', `Discord rate limit for channel ${channelId}; retry in ${Math.ceil(err.timeToReset / 1000)} s.`, err.timeToReset);
  }
  if (err instanceof DiscordAPIError) {
    const code = Number(err.code);
    if (err.status === 403 || code === DiscordCode.MissingAccess || code === DiscordCode.MissingPermissions) {
      return new DeliveryError(
        'forbidden',
        `Greenlight may not post in Discord channel ${channelId} (${err.status}, code ${err.code}: ${err.message}). Give the bot View Channel, Send Messages, Embed Links and Create/Send in Threads there, then re-enable the subscription.`,
      );
    }
    if (err.status === 404 || code === DiscordCode.UnknownChannel) {
      return new DeliveryError(
        'channel_gone',
        `Discord channel ${channelId} no longer exists or the bot was removed from its server (${err.status}, code ${err.code}).`,
      );
    }
    if (err.status === 401) return new DeliveryError('unavailable', describeRestError(err));
    if (err.status === 400) {
      return new DeliveryError('invalid', `Discord refused the alert for channel ${channelId} as invalid (code ${err.code}: ${err.message}).`);
    }
    if (err.status === 429) return new DeliveryError('rate_limited', `Discord rate limit for channel ${channelId}.`, 5_000);
    return new DeliveryError('unavailable', `Discord answered ${err.status} for channel ${channelId}: ${err.message}`);
  }
  if (err instanceof HTTPError) return new DeliveryError('unavailable', `Discord answered ${err.status} for channel ${channelId} (retried); try again later.`);
  // Network failures, timeouts (AbortError) and anything unexpected: transient.
  const message = err instanceof Error ? `${err.name}: ${err.message}` : String(err);
  return new DeliveryError('unavailable', `Could not reach Discord to post in channel ${channelId}: ${message}`);
}
