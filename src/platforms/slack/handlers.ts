/**
 * `/greenlight …` on Slack: the text goes through the shared parser and router; the answer
 * is acked within Slack's 3-second limit (with the reply when it is ready in time, else
 * empty, followed by the reply through response_url). Replies are ephemeral unless the
 * user writes `share` first or presses "Share in channel"; long replies get a "More" button.
 */
import type { App, RespondArguments, SlashCommand } from '@slack/bolt';
import type { WebClient } from '@slack/web-api';
import { answerWithin } from '../../chat/answer-within.js';
import { andThen, isPromiseLike, type Awaitable } from '../../chat/awaitable.js';
import type { CommandRouter } from '../../../commands/lib/router.js';
import type { Reply } from '../../chat/reply.js';
import { describe } from './admins.js';
import { renderPages, type SlackBlock, type SlackMessage } from './blocks.js';
import { slackContext, type HandlerDeps } from './context.js';
import { mrkdwnText, userMention } from './mrkdwn.js';
import { SLACK_COMMAND } from './scopes.js';
import { openCommandModal, registerCommandModals, wantsForm } from './command-modal.js';
import { slackFiles, uploadReplyFile } from './files.js';

/** Action ids of our buttons. */
export const ACTIONS = { more: 'greenlight_more', share: 'greenlight_share' } as const;

function shareable(reply: Reply): boolean {
  return reply.severity !== 'error' && !reply.private;
}

/** One page of a stored reply with its buttons. */
export function pageWithButtons(page: SlackMessage, key: string, index: number, total: number, canShare: boolean): SlackMessage {
  const buttons: SlackBlock[] = [];
  if (index + 1 < total)
    buttons.push({ type: 'button', action_id: ACTIONS.more, text: { type: 'plain_text', text: `More (${index + 2}/${total})` }, value: `${key}:${index + 1}` });
  if (canShare) buttons.push({ type: 'button', action_id: ACTIONS.share, text: { type: 'plain_text', text: 'Share in channel' }, value: `${key}:${index}` });
  if (!buttons.length) return page;
  return { text: page.text, blocks: [...page.blocks, { type: 'actions', block_id: 'greenlight_buttons', elements: buttons }] };
}

/** Renders a reply as the first message to send; later pages wait in the store. */
export function replyMessage(deps: HandlerDeps, reply: Reply, share: boolean): RespondArguments {
  const pages = renderPages(reply);
  const inChannel = share && shareable(reply);
  const canShare = !inChannel && shareable(reply);
  const key = pages.length > 1 || canShare ? deps.replies.put({ pages, shareable: shareable(reply) }) : '';
  const first = key ? pageWithButtons(pages[0]!, key, 0, pages.length, canShare) : pages[0]!;
  return { response_type: inChannel ? 'in_channel' : 'ephemeral', text: first.text, blocks: first.blocks };
}

/** Splits a leading `share` word off the text (unless a command is named share). */
export function splitShare(router: CommandRouter, text: string): { share: boolean; line: string } {
  const m = /^share(?:\s+|$)(.*)$/is.exec(text.trim());
  if (m && !router.find('share')) return { share: true, line: m[1]!.trim() };
  return { share: false, line: text.trim() };
}

/**
 * The answer to a slash command: a message, or 'modal' once a command's form is open. Comes
 * synchronously when the command answers synchronously (queries), so that it can go into
 * the ack without waiting a turn. Never throws or rejects: failures become an error reply.
 */
function answer(deps: HandlerDeps, client: WebClient, command: SlashCommand): Awaitable<RespondArguments | 'modal'> {
  const failed = (err: unknown): RespondArguments => {
    deps.logger.error({ err: describe(err) }, 'slack: command failed');
    return replyMessage(
      deps,
      { severity: 'error', title: 'Something went wrong', text: 'Greenlight could not answer; try again in a moment.', private: true },
      false,
    );
  };
  const { share, line } = splitShare(deps.router, command.text ?? '');
  const user = { id: command.user_id, name: command.user_name };
  const channel = { id: command.channel_id, name: command.channel_name };
  try {
    const work = andThen(slackContext(deps, user, channel), (base): Awaitable<RespondArguments | 'modal'> => {
      const ctx = { ...base, attachments: slackFiles(client) };
      const formCommand = wantsForm(deps.router, line);
      if (formCommand) {
        // Non-admins get the router's own refusal, exactly as for the typed command.
        if (!ctx.invoker.isAdmin) return andThen(deps.router.run({ name: formCommand.name, options: {} }, ctx), (reply) => replyMessage(deps, reply, false));
        return openCommandModal(client, formCommand, command.trigger_id, channel.id).then(() => 'modal' as const);
      }
      return andThen(deps.router.runLine(line, ctx), (reply) =>
        // A file (an export) is uploaded first; the reply then says where it went.
        reply.file
          ? uploadReplyFile(client, reply, { userId: user.id, channelId: channel.id, private: !(share && shareable(reply)) }, deps.logger).then((r) =>
              replyMessage(deps, r, share),
            )
          : replyMessage(deps, reply, share),
      );
    });
    return isPromiseLike(work) ? work.catch(failed) : work;
  } catch (err) {
    return failed(err);
  }
}

/** Registers the slash command, the buttons and the command forms on a Bolt app. */
export function registerHandlers(app: App, deps: HandlerDeps): void {
  const log = deps.logger;

  app.command(SLACK_COMMAND, async ({ command, ack, respond, client }) => {
    // Slack retries a request it thinks was lost; the trigger id is unique per invocation.
    if (!deps.recent.firstTime(`command:${command.trigger_id}`)) {
      log.info({ user: command.user_id }, 'slack: duplicate slash command ignored');
      await ack();
      return;
    }
    // A query answered synchronously goes straight into the ack, in this same turn.
    await answerWithin(answer(deps, client, command), deps.ackBudgetMs, {
      now: (ready) => ack(ready === 'modal' ? undefined : ready),
      defer: () => ack(),
      later: async (late) => {
        if (late !== 'modal') await respond(late).catch((err: unknown) => log.warn({ err: describe(err) }, 'slack: respond failed'));
      },
    });
  });

  app.action(ACTIONS.more, async ({ ack, action, respond }) => {
    await ack();
    const [key, index] = parseValue((action as { value?: string }).value);
    const stored = key ? deps.replies.get(key) : undefined;
    const page = stored?.pages[index];
    if (!stored || !page) {
      await respond({ response_type: 'ephemeral', replace_original: false, text: 'That list has expired; run the command again.' });
      return;
    }
    const msg = pageWithButtons(page, key!, index, stored.pages.length, stored.shareable);
    await respond({ response_type: 'ephemeral', replace_original: false, text: msg.text, blocks: msg.blocks });
  });

  app.action(ACTIONS.share, async ({ ack, action, respond, body }) => {
    await ack();
    const [key, index] = parseValue((action as { value?: string }).value);
    const stored = key ? deps.replies.get(key) : undefined;
    const page = stored?.pages[index];
    if (!stored?.shareable || !page) {
      await respond({ response_type: 'ephemeral', replace_original: false, text: 'That reply has expired; run the command again with `share` first.' });
      return;
    }
    const by = userMention(body.user.id);
    const blocks = [...page.blocks, ...(by ? [{ type: 'context', elements: [mrkdwnText(`Shared by ${by}`)] }] : [])];
    await respond({ response_type: 'in_channel', replace_original: false, text: page.text, blocks: blocks });
  });

  registerCommandModals(app, deps);
}

function parseValue(value: string | undefined): [string | undefined, number] {
  const m = /^([\w-]+):(\d+)$/.exec(value ?? '');
  return m ? [m[1], Number(m[2])] : [undefined, 0];
}
