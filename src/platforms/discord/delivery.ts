/**
 * Posts alerts to Discord channels through the REST API (discord.js's queue waits out 429s).
 * Only the roles and users in `alert.mentions` can be pinged; everything else is inert text.
 * Living cards: the first alert's message is edited on later changes, and each change is
 * also posted in a thread started from that message.
 */
import { createHash } from 'node:crypto';
import { ChannelType, Routes, type APIChannel, type APIEmbed, type APIMessage, type REST } from 'discord.js';
import { type Alert, DeliveryError, type DeliveryReceipt, type DeliveryTarget } from '../../chat/alert.js';
import { cleanOutsideLine } from '../../chat/outside-text.js';
import type { Logger } from '../../core/ports.js';
import { DiscordCode, toDeliveryError } from './errors.js';
import { packEmbeds, renderReplyPages } from './render.js';

// Keeps the mention line well under Discord's 2,000 characters (and its 100-id caps).
const MAX_MENTIONS_EACH = 40;
const SNOWFLAKE = /^\d{15,21}$/;

/** A living card's location: `channelId/messageId` (for forum posts both are the thread id). */
export function formatMessageRef(channelId: string, messageId: string): string {
  return `${channelId}/${messageId}`;
}

/** Parses a message reference made by formatMessageRef. */
export function parseMessageRef(ref: string): { channelId: string; messageId: string } | null {
  const [channelId, messageId] = ref.split('/');
  return channelId && messageId && SNOWFLAKE.test(channelId) && SNOWFLAKE.test(messageId) ? { channelId, messageId } : null;
}

interface MessageBody {
  content?: string;
  embeds: APIEmbed[];
  allowed_mentions: { parse: []; roles: string[]; users: string[] };
  nonce?: string;
  enforce_nonce?: boolean;
}

/** Delivers alerts to Discord. */
export class DiscordDeliveryTarget implements DeliveryTarget {
  readonly platform = 'discord';
  private readonly channelTypes = new Map<string, ChannelType>();

  /**
   * @param nameCommands Writes the commands an alert names the way they are typed here
   *   (`/greenlight-admin source resume …`); identity when absent.
   */
  constructor(
    private readonly rest: REST,
    private readonly logger: Logger,
    private readonly nameCommands: (reply: Alert['content']) => Alert['content'] = (r) => r,
  ) {}

  async deliver(alert: Alert): Promise<DeliveryReceipt> {
    const channelId = alert.channel.id;
    if (!SNOWFLAKE.test(channelId)) throw new DeliveryError('invalid', `"${channelId}" is not a Discord channel id.`);
    try {
      return await this.send(alert, channelId);
    } catch (err) {
      const error = toDeliveryError(err, channelId);
      this.logger.warn({ alertId: alert.id, channelId, code: error.code }, `Discord delivery failed: ${error.message}`);
      throw error;
    }
  }

  private async send(alert: Alert, channelId: string): Promise<DeliveryReceipt> {
    const messages = packEmbeds(renderReplyPages(this.nameCommands(alert.content), { untrusted: true }));
    const mentions = this.mentions(alert);
    const body = (embeds: APIEmbed[], withMentions: boolean, part: number): MessageBody => ({
      ...(withMentions && mentions.content ? { content: mentions.content } : {}),
      embeds,
      allowed_mentions: { parse: [], roles: withMentions ? mentions.roles : [], users: withMentions ? mentions.users : [] },
      // Discord returns the earlier message instead of posting again when a retry repeats a nonce.
      nonce: nonceFor(alert.id, part),
      enforce_nonce: true,
    });

    const existing = alert.livingCard?.existingMessageRef ? parseMessageRef(alert.livingCard.existingMessageRef) : null;
    if (existing) {
      const edited = await this.editCard(existing, body(messages[0]!, false, 0));
      if (edited) {
        // The thread started from the card carries the history of changes (and the pings).
        for (const [i, embeds] of messages.entries()) await this.postInThread(existing, body(embeds, i === 0, i + 1), alert);
        return { messageRef: alert.livingCard!.existingMessageRef! };
      }
      this.logger.info({ alertId: alert.id, channelId }, 'living card was deleted; posting a new one');
    }

    const first = await this.postNew(channelId, body(messages[0]!, true, 0), alert);
    for (const [i, embeds] of messages.slice(1).entries()) {
      await this.rest.post(Routes.channelMessages(first.channelId), { body: body(embeds, false, i + 1) });
    }
    return { messageRef: formatMessageRef(first.channelId, first.messageId) };
  }

  private mentions(alert: Alert): { content: string; roles: string[]; users: string[] } {
    const roles = alert.mentions.roles.filter((r) => SNOWFLAKE.test(r)).slice(0, MAX_MENTIONS_EACH);
    const users = alert.mentions.users.filter((u) => SNOWFLAKE.test(u)).slice(0, MAX_MENTIONS_EACH);
    const content = [...roles.map((r) => `<@&${r}>`), ...users.map((u) => `<@${u}>`)].join(' ');
    return { content, roles, users };
  }

  private async channelType(channelId: string): Promise<ChannelType> {
    const known = this.channelTypes.get(channelId);
    if (known !== undefined) return known;
    const channel = (await this.rest.get(Routes.channel(channelId))) as APIChannel;
    this.channelTypes.set(channelId, channel.type);
    return channel.type;
  }

  /** Posts a new message, or a new post in a forum / media channel. */
  private async postNew(channelId: string, body: MessageBody, alert: Alert): Promise<{ channelId: string; messageId: string }> {
    const type = await this.channelType(channelId);
    if (type === ChannelType.GuildForum || type === ChannelType.GuildMedia) {
      // The starter message keeps its nonce: a retry of a post whose answer was lost (by
      // the REST client after a reset, or by the outbox) gets the earlier post back.
      const thread = (await this.rest.post(Routes.threads(channelId), {
        body: { name: threadName(alert), auto_archive_duration: 10080, message: body },
      })) as APIChannel;
      // A forum post's first message has the thread's id.
      return { channelId: thread.id, messageId: thread.id };
    }
    const message = (await this.rest.post(Routes.channelMessages(channelId), { body })) as APIMessage;
    return { channelId, messageId: message.id };
  }

  /** Edits the card; false when it no longer exists. */
  private async editCard(ref: { channelId: string; messageId: string }, body: MessageBody): Promise<boolean> {
    const { nonce: _n, enforce_nonce: _e, ...edit } = body;
    try {
      await this.rest.patch(Routes.channelMessage(ref.channelId, ref.messageId), { body: edit });
      return true;
    } catch (err) {
      if (isCode(err, DiscordCode.UnknownMessage)) return false;
      throw err;
    }
  }

  /** Posts in the card's thread (same id as the card), starting the thread on first use. */
  private async postInThread(ref: { channelId: string; messageId: string }, body: MessageBody, alert: Alert): Promise<void> {
    const threadId = ref.messageId;
    try {
      await this.rest.post(Routes.channelMessages(threadId), { body });
      return;
    } catch (err) {
      if (!isCode(err, DiscordCode.UnknownChannel)) throw err;
    }
    try {
      await this.rest.post(Routes.threads(ref.channelId, ref.messageId), { body: { name: threadName(alert), auto_archive_duration: 10080 } });
    } catch (err) {
      if (!isCode(err, DiscordCode.ThreadAlreadyExists)) throw err;
    }
    await this.rest.post(Routes.channelMessages(threadId), { body });
  }
}

function isCode(err: unknown, code: number): boolean {
  return Number((err as { code?: unknown } | null)?.code) === code;
}

function threadName(alert: Alert): string {
  const name = cleanOutsideLine(alert.content.title).trim() || 'Greenlight alert';
  return name.length > 100 ? `${name.slice(0, 99)}…` : name;
}

/** Discord nonces are at most 25 characters: derive one per alert and message part. */
export function nonceFor(alertId: string, part: number): string {
  return createHash('sha256').update(`${alertId}#${part}`).digest('hex').slice(0, 25);
}
