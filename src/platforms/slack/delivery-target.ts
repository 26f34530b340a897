/**
 * Posts alerts to Slack channels: Block Kit cards with escaped text, mentions only for
 * the alert's listed users and groups, living cards (edit the card, thread the update),
 * a per-channel pace of one message a second, and Slack errors mapped to DeliveryError.
 * Each post carries its alert id as message metadata; a post whose outcome is unknown
 * (timeout, reset, 5xx: "maybe delivered") is looked for before it is posted again.
 */
import { ErrorCode, type WebClient } from '@slack/web-api';
import { type Alert, type DeliveryAttempt, DeliveryError, type DeliveryReceipt, type DeliveryTarget } from '../../chat/alert.js';
import type { Logger } from '../../core/ports.js';
import { describe } from './admins.js';
import { LIMITS, renderPages, type SlackBlock, type SlackMessage } from './blocks.js';
import { groupMention, mrkdwnText, truncate, userMention } from './mrkdwn.js';
import { alertMetadata, findAlertPost, type FindPostOptions } from './find-post.js';
import { ChannelPacer } from './pacer.js';

/** Tuning for the target; the defaults suit Slack. */
export interface SlackDeliveryOptions {
  /** Minimum gap between posts to one channel. */
  channelIntervalMs?: number;
  /** 429s waited out inside one deliver() before giving up with rate_limited. */
  maxRateLimitRetries?: number;
  /** A Retry-After longer than this is handed back to the outbox instead of waited out. */
  maxRateLimitWaitMs?: number;
  /** Web API timeout for alert calls (start.ts builds the client with it; default 10 s). */
  requestTimeoutMs?: number;
  /** How far back to look for a post whose outcome is unknown. */
  findPost?: FindPostOptions;
}

const GONE = new Set(['channel_not_found', 'is_archived', 'channel_is_archived']);
const FORBIDDEN = new Set([
  'missing_scope',
  'not_authed',
  'invalid_auth',
  'account_inactive',
  'token_revoked',
  'token_expired',
  'no_permission',
  'restricted_action',
  'restricted_action_read_only_channel',
  'restricted_action_thread_only_channel',
  'restricted_action_non_threadable_channel',
  'ekm_access_denied',
  'team_access_not_granted',
  'not_allowed_token_type',
  'is_bot',
  'cant_update_message',
  'not_in_channel',
]);
const INVALID = new Set([
  'invalid_blocks',
  'invalid_blocks_format',
  'msg_too_long',
  'no_text',
  'invalid_arguments',
  'too_many_attachments',
  'invalid_metadata_format',
  'as_user_not_supported',
  'duplicate_message_not_found',
]);

/** What an alert post says and where (chat.postMessage; metadata and unfurling are added). */
interface PostArgs {
  channel: string;
  text: string;
  blocks: SlackBlock[];
  thread_ts?: string;
  reply_broadcast?: boolean;
}

/** The Slack DeliveryTarget. */
export class SlackDeliveryTarget implements DeliveryTarget {
  readonly platform = 'slack';
  private readonly pacer: ChannelPacer;
  private readonly done = new Map<string, DeliveryReceipt>();
  private readonly inFlight = new Map<string, Promise<DeliveryReceipt>>();
  /** Alerts whose last post may have gone out, with when their first attempt began. */
  private readonly inDoubt = new Map<string, Date>();
  private readonly retries: number;
  private readonly maxWaitMs: number;

  /** `client` should reject rate-limited calls and not retry (see startSlack's delivery client). */
  constructor(
    private readonly client: WebClient,
    private readonly logger: Logger,
    private readonly options: SlackDeliveryOptions = {},
  ) {
    this.pacer = new ChannelPacer(options.channelIntervalMs ?? 1000);
    this.retries = options.maxRateLimitRetries ?? 3;
    this.maxWaitMs = options.maxRateLimitWaitMs ?? 60_000;
  }

  /**
   * Posts (or, for a living card, edits and threads) one alert. Same alert id twice posts
   * once; an alert in doubt (here or per `attempt`) is looked for in the channel first.
   */
  deliver(alert: Alert, attempt: DeliveryAttempt = {}): Promise<DeliveryReceipt> {
    const seen = this.done.get(alert.id);
    if (seen) return Promise.resolve(seen);
    const running = this.inFlight.get(alert.id);
    if (running) return running;
    const since = earliest(attempt.inDoubtSince, this.inDoubt.get(alert.id));
    const work = this.deliverOnce(alert, since)
      .then((receipt) => {
        this.done.set(alert.id, receipt);
        this.inDoubt.delete(alert.id);
        if (this.done.size > 5000) this.done.delete(this.done.keys().next().value!);
        return receipt;
      })
      .finally(() => this.inFlight.delete(alert.id));
    this.inFlight.set(alert.id, work);
    return work;
  }

  private async deliverOnce(alert: Alert, inDoubtSince: Date | undefined): Promise<DeliveryReceipt> {
    if (alert.channel.platform !== 'slack') throw new DeliveryError('invalid', `Alert ${alert.id} is for ${alert.channel.platform}, not Slack.`);
    const channel = alert.channel.id;
    const message = alertMessage(alert);
    const since = inDoubtSince ?? new Date();
    const existing = alert.livingCard?.existingMessageRef;
    if (alert.livingCard && existing) {
      const [cardChannel, ts] = splitRef(existing);
      if (cardChannel && ts) {
        // Editing twice is harmless; only the threaded post must not be repeated.
        const edited = await this.call(
          channel,
          () => this.client.chat.update({ channel: cardChannel, ts, text: message.card.text, blocks: message.card.blocks }),
          true,
        );
        if (edited) {
          const found = inDoubtSince && (await this.findEarlierPost(alert, cardChannel, inDoubtSince, ts));
          if (!found) {
            await this.post(alert, since, {
              channel: cardChannel,
              thread_ts: ts,
              text: message.post.text,
              blocks: message.post.blocks,
              reply_broadcast: Boolean(alert.livingCard?.broadcast),
            });
          }
          return { messageRef: existing };
        }
      }
      // The card is gone (deleted, or the ref is unreadable): start a new one.
    }
    const found = inDoubtSince && (await this.findEarlierPost(alert, channel, inDoubtSince));
    if (found) return alert.livingCard ? { messageRef: `${channel}:${found}` } : {};
    const posted = await this.post(alert, since, { channel, text: message.post.text, blocks: message.post.blocks });
    const ts = (posted as { ts?: string } | undefined)?.ts;
    const postedChannel = (posted as { channel?: string } | undefined)?.channel ?? channel;
    return alert.livingCard && ts ? { messageRef: `${postedChannel}:${ts}` } : {};
  }

  /** chat.postMessage tagged with the alert id; a failure that may have posted it leaves the alert in doubt. */
  private async post(alert: Alert, since: Date, args: PostArgs): Promise<unknown> {
    const { channel, text, blocks, thread_ts, reply_broadcast } = args;
    try {
      const metadata = alertMetadata(alert.id);
      return await this.call(alert.channel.id, () =>
        thread_ts
          ? this.client.chat.postMessage({
              channel,
              thread_ts,
              text,
              blocks,
              reply_broadcast: Boolean(reply_broadcast),
              unfurl_links: false,
              unfurl_media: false,
              metadata,
            })
          : this.client.chat.postMessage({ channel, text, blocks, unfurl_links: false, unfurl_media: false, metadata }),
      );
    } catch (err) {
      if (err instanceof DeliveryError && err.maybeDelivered) this.doubt(alert.id, since);
      throw err;
    }
  }

  /**
   * The ts of this alert's post since its first attempt, if an earlier attempt made one.
   * Failing to look keeps the alert in doubt (retried later), except when the app may not
   * read the channel (an install without the history scopes): then it posts, and says so.
   */
  private async findEarlierPost(alert: Alert, channel: string, since: Date, threadTs?: string): Promise<string | undefined> {
    try {
      const ts = await findAlertPost(
        this.client,
        (fn) => this.call(alert.channel.id, fn),
        { channel, alertId: alert.id, since, ...(threadTs ? { threadTs } : {}) },
        this.options.findPost,
      );
      if (ts) this.logger.info({ alertId: alert.id, channel, ts }, 'slack: an earlier attempt had posted this alert; not posting it again');
      return ts;
    } catch (err) {
      const error = toDeliveryError(err, channel);
      if (error.code === 'forbidden') {
        this.logger.warn(
          { alertId: alert.id, channel, error: error.message },
          'slack: cannot read the channel to check for an earlier post of this alert (add channels:history and groups:history from manifest.yml); posting it',
        );
        return undefined;
      }
      this.doubt(alert.id, since);
      throw new DeliveryError(error.code, error.message, error.retryAfterMs, { maybeDelivered: !error.permanent });
    }
  }

  private doubt(alertId: string, since: Date): void {
    this.inDoubt.set(alertId, earliest(since, this.inDoubt.get(alertId))!);
    if (this.inDoubt.size > 5000) this.inDoubt.delete(this.inDoubt.keys().next().value!);
  }

  /**
   * One paced API call with Slack's failure modes handled: not_in_channel joins and tries
   * again once; 429 waits out Retry-After (bounded). `editing` turns "message gone" into
   * `undefined` so the caller can post a fresh card.
   */
  private async call<T>(channel: string, fn: () => Promise<T>, editing = false): Promise<T | undefined> {
    let joined = false;
    for (let attempt = 0; ; attempt++) {
      try {
        return await this.pacer.run(channel, fn);
      } catch (err) {
        const e = err as { code?: string; data?: { error?: string }; retryAfter?: number; statusCode?: number };
        if (e.code === ErrorCode.RateLimitedError) {
          const waitMs = Math.max(1, e.retryAfter ?? 1) * 1000;
          if (attempt >= this.retries || waitMs > this.maxWaitMs) {
            throw new DeliveryError('rate_limited', `Slack rate-limited posts to ${channel}; retry in ${waitMs / 1000}s.`, waitMs);
          }
          this.logger.info({ channel, waitMs }, 'slack rate limit: waiting before posting again');
          this.pacer.defer(channel, waitMs);
          continue;
        }
        const code = e.code === ErrorCode.PlatformError ? (e.data?.error ?? 'unknown_error') : undefined;
        if (editing && (code === 'message_not_found' || code === 'cant_update_message')) return undefined;
        if (code === 'not_in_channel' && !joined) {
          joined = true;
          await this.join(channel);
          continue;
        }
        throw toDeliveryError(err, channel);
      }
    }
  }

  private async join(channel: string): Promise<void> {
    try {
      await this.client.conversations.join({ channel });
      this.logger.info({ channel }, 'slack: joined channel to post alerts');
    } catch (err) {
      const code = (err as { data?: { error?: string } }).data?.error;
      if (code && GONE.has(code)) throw toDeliveryError(err, channel);
      // Private channels cannot be joined: the bot must be invited.
      throw new DeliveryError(
        'forbidden',
        `Greenlight is not in channel ${channel} and could not join it (${code ?? describe(err)}). Invite it with \`/invite @Greenlight\` in that channel.`,
      );
    }
  }
}

/** Maps a Web API failure to a DeliveryError with a message an admin can act on. */
export function toDeliveryError(err: unknown, channel: string): DeliveryError {
  if (err instanceof DeliveryError) return err;
  const e = err as { code?: string; data?: { error?: string }; statusCode?: number };
  if (e.code === ErrorCode.PlatformError) {
    const code = e.data?.error ?? 'unknown_error';
    if (GONE.has(code)) return new DeliveryError('channel_gone', `Slack channel ${channel} is gone or archived (${code}); its subscriptions are paused.`);
    if (code === 'not_in_channel') return new DeliveryError('forbidden', `Greenlight is not in channel ${channel}; invite it with \`/invite @Greenlight\`.`);
    if (code === 'missing_scope') return new DeliveryError('forbidden', `The Slack app lacks a scope it needs (${code}); reinstall it from manifest.yml.`);
    if (FORBIDDEN.has(code)) return new DeliveryError('forbidden', `Slack refused the post to ${channel} (${code}).`);
    if (INVALID.has(code)) return new DeliveryError('invalid', `Slack refused the alert as malformed (${code}).`);
    if (code === 'ratelimited') return new DeliveryError('rate_limited', `Slack rate-limited posts to ${channel}.`, 1000);
    // Slack: "it's possible some aspect of the operation succeeded before the error was raised".
    return new DeliveryError('unavailable', `Slack answered ${code} for ${channel}.`, undefined, {
      maybeDelivered: code === 'internal_error' || code === 'fatal_error',
    });
  }
  // A 5xx, a timeout or a reset may come after Slack acted on the call: maybe delivered.
  if (e.code === ErrorCode.HTTPError) {
    const status = e.statusCode ?? 0;
    return new DeliveryError('unavailable', `Slack is unavailable (HTTP ${status || '?'}).`, undefined, { maybeDelivered: status >= 500 || status === 0 });
  }
  return new DeliveryError('unavailable', `Could not reach Slack (${describe(err)}).`, undefined, { maybeDelivered: !neverConnected(err) });
}

// Failures before any byte could have reached Slack: the request certainly was not seen.
const NOT_CONNECTED = new Set(['ECONNREFUSED', 'ENOTFOUND', 'EAI_AGAIN', 'ENETUNREACH', 'EHOSTUNREACH', 'UND_ERR_CONNECT_TIMEOUT']);

function neverConnected(err: unknown): boolean {
  for (let e: unknown = err, depth = 0; e && typeof e === 'object' && depth < 5; depth++) {
    const code = (e as { code?: unknown }).code;
    if (typeof code === 'string' && NOT_CONNECTED.has(code)) return true;
    e = (e as { original?: unknown; cause?: unknown }).original ?? (e as { cause?: unknown }).cause;
  }
  return false;
}

function earliest(a: Date | undefined, b: Date | undefined): Date | undefined {
  if (!a) return b;
  if (!b) return a;
  return a.getTime() <= b.getTime() ? a : b;
}

function splitRef(ref: string): [string | undefined, string | undefined] {
  const i = ref.indexOf(':');
  return i > 0 ? [ref.slice(0, i), ref.slice(i + 1)] : [undefined, undefined];
}

/** The card (no mentions: edits never notify) and the post (with mentions). */
export function alertMessage(alert: Alert): { card: SlackMessage; post: SlackMessage } {
  const pages = renderPages(alert.content);
  const first = pages[0]!;
  const blocks: SlackBlock[] = [...first.blocks];
  if (pages.length > 1) {
    blocks.push({ type: 'context', elements: [mrkdwnText(`Shortened: ${pages.length - 1} more page(s). Ask \`/greenlight\` for the full details.`)] });
  }
  const mentions = [...alert.mentions.groups.map(groupMention), ...alert.mentions.users.map(userMention)].filter((m): m is string => Boolean(m));
  const card = { text: first.text, blocks };
  if (!mentions.length) return { card, post: card };
  const ping = mentions.join(' ');
  return {
    card,
    post: {
      text: truncate(`${ping} ${first.text}`, LIMITS.text),
      blocks: [{ type: 'section', text: mrkdwnText(ping) }, ...blocks].slice(0, LIMITS.blocks),
    },
  };
}
