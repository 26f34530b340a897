/** What every Slack handler needs, and the small helpers they share. */
import { andThen, type Awaitable } from '../../chat/awaitable.js';
import type { CommandRouter } from '../../../commands/lib/router.js';
import type { CommandContext, CommandServices } from '../../../commands/lib/types.js';
import type { InvokerCapabilities } from '../../chat/invoker.js';
import type { Ledger } from '../../core/ledger.js';
import type { Logger } from '../../core/ports.js';
import type { SlackAdminResolver } from './admins.js';
import type { RecentKeys } from '../../chat/recent-keys.js';
import type { ExpiringCache } from '../../chat/expiring-cache.js';
import type { SlackMessage } from './blocks.js';

/** Slack takes files (uploaded with the reply, files.ts); its users are remote, so local sources are not theirs to add. */
export const SLACK_CAPABILITIES: InvokerCapabilities = { localSources: false, attachments: true };

/** A reply remembered for its "More" and "Share in channel" buttons. */
export interface StoredReply {
  pages: SlackMessage[];
  shareable: boolean;
}

/** How long those buttons work. */
export const REPLY_TTL_MS = 30 * 60_000;

/** What the handlers need. */
export interface HandlerDeps {
  router: CommandRouter;
  ledger: Ledger;
  services: CommandServices;
  logger: Logger;
  admins: SlackAdminResolver;
  recent: RecentKeys;
  replies: ExpiringCache<StoredReply>;
  /** How long to wait for a command before acking empty and answering via response_url. */
  ackBudgetMs: number;
}

/** A command's context for a Slack user in a channel (synchronous when admin status is known). */
export function slackContext(
  deps: HandlerDeps,
  user: { id: string; name?: string },
  channel: { id: string; name?: string },
): Awaitable<Omit<CommandContext, 'commands'>> {
  return andThen(deps.admins.isAdmin(user.id), (isAdmin) => ({
    invoker: { platform: 'slack', userId: user.id, displayName: user.name ?? user.id, isAdmin, capabilities: SLACK_CAPABILITIES },
    channel: { platform: 'slack', id: channel.id, ...(channel.name ? { name: channel.name } : {}) },
    ledger: deps.ledger,
    services: deps.services,
  }));
}
