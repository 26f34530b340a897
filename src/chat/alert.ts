/**
 * The port between the outbox and the platforms: an alert, already rendered in neutral
 * form, is handed to a DeliveryTarget, which posts it (Block Kit, embed, plain text).
 */
import { GreenlightError } from '../core/greenlight-error.js';
import type { ChannelRef } from './channel-ref.js';
import type { Reply } from './reply.js';

/** Who an alert may ping. Everything else in it is inert text. */
export interface AlertMentions {
  /** Discord role ids. */
  roles: string[];
  /** Platform user ids. */
  users: string[];
  /** Slack user group ids (rendered as <!subteam^ID>). */
  groups: string[];
}

/** One alert for one channel. `id` is stable across retries, so targets can de-duplicate. */
export interface Alert {
  id: string;
  channel: ChannelRef;
  subscriptionId: string;
  /** The event kind or `source.health` / `digest`. */
  kind: string;
  authorizationId?: string;
  /** What to show, in neutral form; text from sources is raw and must be escaped by the target. */
  content: Reply;
  mentions: AlertMentions;
  /** Post the first alert as a card and edit it on later changes, threading the updates. */
  livingCard?: { existingMessageRef?: string; broadcast?: boolean };
  createdAt: string;
}

/** What a target returns once the platform accepted the alert. */
export interface DeliveryReceipt {
  /** Platform reference of the posted (or edited) card message, for living cards. */
  messageRef?: string;
}

/** Why a delivery failed; `permanent` ones disable the subscription instead of retrying forever. */
export type DeliveryErrorCode = 'rate_limited' | 'unavailable' | 'channel_gone' | 'forbidden' | 'invalid';

/** A failed delivery. */
export class DeliveryError extends GreenlightError {
  declare readonly code: DeliveryErrorCode;
  /**
   * The platform may have accepted the alert although the call failed (a timeout, a reset
   * connection, a 5xx): before posting it again, the target must look for it.
   */
  readonly maybeDelivered: boolean;

  constructor(
    code: DeliveryErrorCode,
    message: string,
    readonly retryAfterMs?: number,
    options: { maybeDelivered?: boolean } = {},
  ) {
    super(code, 'operator', message);
    this.maybeDelivered = options.maybeDelivered ?? false;
  }

  /** True when retrying cannot help (the channel is gone, or the bot may not post there). */
  get permanent(): boolean {
    return this.code === 'channel_gone' || this.code === 'forbidden' || this.code === 'invalid';
  }
}

/** What the dispatcher knows about earlier attempts to deliver an alert. */
export interface DeliveryAttempt {
  /**
   * Set when an earlier attempt may have reached the platform (its answer was lost, or the
   * process stopped while it was being sent): the time that first attempt began. A target
   * that can look for its own posts does so, from this time on, before posting again.
   */
  inDoubtSince?: Date;
}

/** A platform that can post alerts. */
export interface DeliveryTarget {
  readonly platform: string;
  deliver(alert: Alert, attempt?: DeliveryAttempt): Promise<DeliveryReceipt>;
}
