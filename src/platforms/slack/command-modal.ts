/**
 * Command forms on Slack: an admin command that needs input, typed bare (`/greenlight
 * condition add`, or `/greenlight track` for `track add`), opens a modal built from the
 * command's declared options (src/chat/command-form.ts). Its submission is turned into the
 * same invocation a typed command makes and run through the router, so the same zod schema
 * and permission check apply; problems come back as field errors.
 */
import type { App, ViewOutput, ViewResponseAction } from '@slack/bolt';
import type { WebClient } from '@slack/web-api';
import type { CommandRouter } from '../../../commands/lib/router.js';
import { answerWithin } from '../../chat/answer-within.js';
import { formFor, formOptions, type CommandForm, type FormField } from '../../chat/command-form.js';
import type { CommandSpec, RawOptions } from '../../chat/command-spec.js';
import type { Reply } from '../../chat/reply.js';
import { describe } from './admins.js';
import { renderPages, type SlackBlock } from './blocks.js';
import { slackContext, type HandlerDeps } from './context.js';
import { truncate } from './mrkdwn.js';
import { describeMatch, suggest } from '../../core/resolve.js';

/** Callback ids of command modals: `greenlight_` and the command name with `_` for the space. */
export const VIEW_PREFIX = 'greenlight_';
const VIEW_ID = /^greenlight_([a-z][a-z0-9-]*(?:_[a-z][a-z0-9-]*)?)$/;

const BLOCK = (name: string) => `opt_${name}`;

/** Slack modals hold up to 100 blocks. */
const SLACK_MODAL_MAX_INPUTS = 100;

/** The form of a command on Slack, or null when it has none. */
export function slackForm(command: CommandSpec): CommandForm | null {
  return formFor(command, SLACK_MODAL_MAX_INPUTS);
}

/**
 * The command whose form a typed line asks for: an admin command with a form, typed with
 * no options; a bare group word opens its `add` form (`track` → `track add`).
 */
export function wantsForm(router: CommandRouter, line: string): CommandSpec | undefined {
  const words = line.trim().toLowerCase().split(/\s+/).filter(Boolean);
  if (words.length === 0 || words.length > 2) return undefined;
  const command = router.find(words.join(' ')) ?? (words.length === 1 ? router.find(`${words[0]} add`) : undefined);
  return command && slackForm(command) ? command : undefined;
}

/** Slack lists at most 100 options, each label at most 75 characters. */
const MAX_SUGGESTIONS = 100;

function input(field: FormField): SlackBlock {
  // Numbers are typed as text so that "400k" and "400,000" work exactly as in the command.
  // Records (parties, authorizations) are picked from what the ledger holds as the user
  // types: Slack asks the app for them (block_suggestion, answered by registerSuggestions).
  const element = field.suggest?.length
    ? { type: field.list ? 'multi_external_select' : 'external_select', action_id: 'value', min_query_length: 0 }
    : field.choices?.length
      ? {
          type: 'static_select',
          action_id: 'value',
          options: field.choices.slice(0, 100).map((c) => ({ text: { type: 'plain_text', text: truncate(c, 75) }, value: c.slice(0, 150) })),
        }
      : { type: 'plain_text_input', action_id: 'value', ...(field.long ? { multiline: true } : {}) };
  return {
    type: 'input',
    block_id: BLOCK(field.name),
    optional: !field.required,
    label: { type: 'plain_text', text: truncate(field.name, 2000) },
    hint: { type: 'plain_text', text: truncate(field.hint, 2000) },
    element,
  };
}

/** The modal for a command's form. `channelId` travels in private_metadata. */
export function commandModalView(command: CommandSpec, channelId: string): Record<string, unknown> {
  const form = slackForm(command)!;
  const title = command.name.charAt(0).toUpperCase() + command.name.slice(1);
  return {
    type: 'modal',
    callback_id: `${VIEW_PREFIX}${command.name.replace(' ', '_')}`,
    private_metadata: JSON.stringify({ channel: channelId }),
    title: { type: 'plain_text', text: truncate(title, 24) },
    submit: { type: 'plain_text', text: 'Submit' },
    close: { type: 'plain_text', text: 'Cancel' },
    blocks: form.fields.map(input),
  };
}

/** Opens the form (must happen within 3 s of the trigger). */
export async function openCommandModal(client: WebClient, command: CommandSpec, triggerId: string, channelId: string): Promise<void> {
  await client.views.open({ trigger_id: triggerId, view: commandModalView(command, channelId) as never });
}

/** The typed options a submission holds (empty fields left out, as if not typed). */
export function readSubmission(form: CommandForm, values: ViewOutput['state']['values']): RawOptions {
  return formOptions(form, (name) => {
    const v = values[BLOCK(name)]?.value;
    const picked = v?.selected_options?.map((o) => o.value).join(',');
    const raw = v?.selected_option?.value ?? (picked || undefined) ?? v?.value;
    return typeof raw === 'string' ? raw : undefined;
  });
}

/** Puts an error reply's message on the field it names (else on the first field). */
export function fieldErrors(form: CommandForm, reply: Reply): Record<string, string> {
  const text = `${reply.title}: ${reply.text ?? ''}`.replace(/\nUsage:.*$/s, '');
  const named = form.fields.find((f) => new RegExp(`\`${f.name}(:|\`)|\\b${f.name}:`).test(text));
  const target = named ?? form.fields[0];
  return target ? { [BLOCK(target.name)]: truncate(text, 300) } : {};
}

function resultView(reply: Reply): Record<string, unknown> {
  return {
    type: 'modal',
    title: { type: 'plain_text', text: 'Greenlight' },
    close: { type: 'plain_text', text: 'Done' },
    blocks: renderPages(reply)[0]!.blocks,
  };
}

/** The records a form field offers for what the user typed (Slack's block_suggestion). */
export function suggestionsFor(
  router: CommandRouter,
  ledger: HandlerDeps['ledger'],
  callbackId: string,
  blockId: string,
  typed: string,
): { text: { type: 'plain_text'; text: string }; value: string }[] {
  const name = VIEW_ID.exec(callbackId)?.[1]?.replace('_', ' ');
  const command = name ? router.find(name) : undefined;
  const field = command ? slackForm(command)?.fields.find((f) => BLOCK(f.name) === blockId) : undefined;
  if (!field?.suggest?.length) return [];
  return suggest(ledger.state, typed, field.suggest, MAX_SUGGESTIONS).map((m) => ({
    text: { type: 'plain_text', text: truncate(describeMatch(m), 75) },
    value: m.id,
  }));
}

/** Handles the submission of any command's form, and the records its pickers offer. */
export function registerCommandModals(app: App, deps: HandlerDeps): void {
  app.options<'block_suggestion'>({ type: 'block_suggestion' }, async ({ ack, body }) => {
    const b = body as { view?: { callback_id?: string }; block_id?: string; value?: string };
    await ack({ options: suggestionsFor(deps.router, deps.ledger, b.view?.callback_id ?? '', b.block_id ?? '', b.value ?? '') });
  });

  app.view(VIEW_ID, async ({ ack, body, view, client }) => {
    const name = VIEW_ID.exec(view.callback_id)?.[1]?.replace('_', ' ');
    const command = name ? deps.router.find(name) : undefined;
    const form = command ? slackForm(command) : null;
    if (!command || !form || !deps.recent.firstTime(`view:${(body as { trigger_id?: string }).trigger_id ?? view.id + view.hash}`)) {
      await ack();
      return;
    }
    let channel = '';
    try {
      channel = String((JSON.parse(view.private_metadata || '{}') as { channel?: string }).channel ?? '');
    } catch {
      /* a form without metadata still runs; only the late reply needs the channel */
    }
    const work = (async () => {
      const ctx = await slackContext(deps, { id: body.user.id, name: body.user.name }, { id: channel });
      return deps.router.run({ name: command.name, options: readSubmission(form, view.state.values) }, ctx);
    })();
    await answerWithin(work, deps.ackBudgetMs, {
      now: (reply) =>
        ack(
          reply.severity === 'error'
            ? { response_action: 'errors', errors: fieldErrors(form, reply) }
            : ({ response_action: 'update', view: resultView(reply) as never } satisfies ViewResponseAction),
        ),
      // Too slow for the form: close it and tell the user privately when done.
      defer: () => ack(),
      later: async (late) => {
        const page = renderPages(late)[0]!;
        if (!channel) return;
        await client.chat
          .postEphemeral({ channel, user: body.user.id, text: page.text, blocks: page.blocks })
          .catch((err: unknown) => deps.logger.warn({ err: describe(err) }, 'slack: could not post the form result'));
      },
    });
  });
}
