/**
 * The "track an authorization" form: `/greenlight track` (or `track add` with no options)
 * opens a modal built from the `track add` command's declared options. Its submission is
 * turned into the same invocation a typed command makes and run through the router, so
 * the same zod schema and permission check apply; problems come back as field errors.
 */
import type { App, ViewOutput, ViewResponseAction } from '@slack/bolt';
import type { WebClient } from '@slack/web-api';
import { answerWithin } from '../../chat/answer-within.js';
import type { CommandRouter } from '../../../commands/lib/router.js';
import type { CommandSpec } from '../../chat/command-spec.js';
import type { RawOptions } from '../../chat/command-spec.js';
import type { Reply } from '../../chat/reply.js';
import { describe } from './admins.js';
import { renderPages, type SlackBlock } from './blocks.js';
import { slackContext, type HandlerDeps } from './context.js';
import { truncate } from './mrkdwn.js';

/** The command the form runs. */
export const TRACK_ADD = 'track add';
/** The modal's callback id. */
export const TRACK_VIEW = 'greenlight_track_add';

const BLOCK = (name: string) => `opt_${name}`;

/** True when the typed line asks for the form rather than running a command. */
export function wantsTrackModal(router: CommandRouter, line: string): boolean {
  return Boolean(router.find(TRACK_ADD)) && /^track(\s+add)?$/i.test(line.trim());
}

function input(option: CommandSpec['options'][number]): SlackBlock {
  const choices = option.type === 'boolean' ? ['yes', 'no'] : option.choices;
  // Numbers are typed as text so that "400k" and "400,000" work exactly as in the command.
  const element = choices?.length
    ? { type: 'static_select', action_id: 'value', options: choices.slice(0, 100).map((c) => ({ text: { type: 'plain_text', text: truncate(c, 75) }, value: c.slice(0, 150) })) }
    : { type: 'plain_text_input', action_id: 'value' };
  return {
    type: 'input',
    block_id: BLOCK(option.name),
    optional: !option.required,
    label: { type: 'plain_text', text: truncate(option.name, 2000) },
    hint: { type: 'plain_text', text: truncate(option.description, 2000) },
    element,
  };
}

/** The modal for a command's options. `channelId` travels in private_metadata. */
export function trackModalView(command: CommandSpec, channelId: string): Record<string, unknown> {
  return {
    type: 'modal',
    callback_id: TRACK_VIEW,
    private_metadata: JSON.stringify({ channel: channelId }),
    title: { type: 'plain_text', text: 'Track an authorization' },
    submit: { type: 'plain_text', text: 'Track' },
    close: { type: 'plain_text', text: 'Cancel' },
    blocks: command.options.slice(0, 100).map(input),
  };
}

/** Opens the form (must happen within 3 s of the trigger). */
export async function openTrackModal(client: WebClient, router: CommandRouter, triggerId: string, channelId: string): Promise<void> {
  const command = router.find(TRACK_ADD)!;
  await client.views.open({ trigger_id: triggerId, view: trackModalView(command, channelId) as never });
}

/** The typed options a submission holds (empty fields left out, as if not typed). */
export function readSubmission(command: CommandSpec, values: ViewOutput['state']['values']): RawOptions {
  const out: RawOptions = {};
  for (const option of command.options) {
    const v = values[BLOCK(option.name)]?.value;
    const raw = v?.selected_option?.value ?? v?.value;
    if (typeof raw === 'string' && raw.trim() !== '') out[option.name] = raw.trim();
  }
  return out;
}

/** Puts an error reply's message on the field it names (else on the first field). */
export function fieldErrors(command: CommandSpec, reply: Reply): Record<string, string> {
  const text = `${reply.title}: ${reply.text ?? ''}`.replace(/\nUsage:.*$/s, '');
  const named = command.options.find((o) => new RegExp(`\`${o.name}(:|\`)|\\b${o.name}:`).test(text));
  const target = named ?? command.options[0];
  return target ? { [BLOCK(target.name)]: truncate(text, 300) } : {};
}

function resultView(reply: Reply): Record<string, unknown> {
  return { type: 'modal', title: { type: 'plain_text', text: 'Greenlight' }, close: { type: 'plain_text', text: 'Done' }, blocks: renderPages(reply)[0]!.blocks };
}

/** Handles the form's submission. */
export function registerTrackModal(app: App, deps: HandlerDeps): void {
  app.view(TRACK_VIEW, async ({ ack, body, view, client }) => {
    const command = deps.router.find(TRACK_ADD);
    if (!command || !deps.recent.firstTime(`view:${(body as { trigger_id?: string }).trigger_id ?? view.id + view.hash}`)) {
      await ack();
      return;
    }
    let channel = '';
    try {
      channel = String((JSON.parse(view.private_metadata || '{}') as { channel?: string }).channel ?? '');
    } catch { /* a form without metadata still runs; only the late reply needs the channel */ }
    const work = (async () => {
      const ctx = await slackContext(deps, { id: body.user.id, name: body.user.name }, { id: channel });
      return deps.router.run({ name: TRACK_ADD, options: readSubmission(command, view.state.values) }, ctx);
    })();
    await answerWithin(work, deps.ackBudgetMs, {
      now: (reply) => ack(reply.severity === 'error'
        ? { response_action: 'errors', errors: fieldErrors(command, reply) }
        : { response_action: 'update', view: resultView(reply) as never } satisfies ViewResponseAction),
      // Too slow for the form: close it and tell the user privately when done.
      defer: () => ack(),
      later: async (late) => {
        const page = renderPages(late)[0]!;
        if (!channel) return;
        await client.chat.postEphemeral({ channel, user: body.user.id, text: page.text, blocks: page.blocks as never })
          .catch((err: unknown) => deps.logger.warn({ err: describe(err) }, 'slack: could not post the form result'));
      },
    });
  });
}
