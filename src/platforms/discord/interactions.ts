/**
 * Handles Discord interactions: slash commands (answered within Discord's three seconds,
 * or deferred and edited), autocomplete, page buttons and admin modals. All commands run
 * through the shared router; this file only translates and times.
 */
import {
  AttachmentBuilder,
  ComponentType,
  MessageFlags,
  TextInputStyle,
  type APIEmbed,
  type APIModalInteractionResponseCallbackData,
  type AutocompleteInteraction,
  type ButtonInteraction,
  type ChatInputCommandInteraction,
  type Interaction,
  type ModalSubmitInteraction,
} from 'discord.js';
import type { DiscordConfig } from '../../../config/discord-config.js';
import { answerWithin } from '../../chat/answer-within.js';
import { formOptions } from '../../chat/command-form.js';
import type { ExpiringCache } from '../../chat/expiring-cache.js';
import type { RecentKeys } from '../../chat/recent-keys.js';
import type { CommandRouter, Invocation } from '../../../commands/lib/router.js';
import type { CommandServices } from '../../../commands/lib/types.js';
import type { Reply } from '../../chat/reply.js';
import type { Ledger } from '../../core/ledger.js';
import type { Logger } from '../../core/ports.js';
import { describeMatch, suggest } from '../../core/resolve.js';
import { discordAttachments } from './attachments.js';
import { discordForm } from './command-json.js';
import { channelOf, invocationOf, invokerOf } from './invocation.js';
import { pageButtons, parsePageId } from './pages.js';
import { renderReplyPages } from './render.js';

/** What the interaction handler needs. */
export interface InteractionDeps {
  config: DiscordConfig;
  router: CommandRouter;
  ledger: Ledger;
  services: CommandServices;
  logger: Logger;
  /** Pages of multi-page replies, for the Previous/Next buttons. */
  pages: ExpiringCache<APIEmbed[]>;
  /** Interactions already handled (a gateway resume may replay one). */
  recent: RecentKeys;
  /** Defer when a command has not finished after this long (Discord allows 3 s). */
  deferAfterMs?: number;
}

const MODAL_PREFIX = 'gl:modal:';
const DEFAULT_DEFER_MS = 2_000;

function isPrivate(reply: Reply): boolean {
  return reply.private === true || reply.severity === 'error';
}

/** The most a bot may attach on a server without boosts (Discord refuses more with 413). */
const MAX_FILE_BYTES = 10 * 1024 * 1024;

/** The reply, with a file too large for Discord replaced by a sentence saying so. */
function fitFile(reply: Reply): Reply {
  if (!reply.file || Buffer.byteLength(reply.file.content, 'utf8') <= MAX_FILE_BYTES) return reply;
  const { file, ...rest } = reply;
  const mb = (Buffer.byteLength(file.content, 'utf8') / 1024 / 1024).toFixed(1);
  const note = `${file.name} is ${mb} MB, more than Discord takes (10 MB): export it in the shell or with \`npm run ledger -- export FILE\` on the server.`;
  return { ...rest, severity: 'warning', text: `${reply.text ? `${reply.text}\n` : ''}${note}` };
}

/** Message payload for a reply's first page, with page buttons when there are more. */
function replyPayload(full: Reply, pages: ExpiringCache<APIEmbed[]>) {
  const reply = fitFile(full);
  const embeds = renderReplyPages(reply);
  const key = embeds.length > 1 ? pages.put(embeds) : '';
  // Empty components/files are left out: discord.js does extra work for them even when empty.
  return {
    embeds: [embeds[0]!],
    ...(key ? { components: pageButtons(key, 0, embeds.length) } : {}),
    // A file travels as multipart/form-data beside the message (discord.js builds it).
    ...(reply.file ? { files: [new AttachmentBuilder(Buffer.from(reply.file.content, 'utf8'), { name: reply.file.name })] } : {}),
    allowedMentions: { parse: [] as [] },
  };
}

type Repliable = ChatInputCommandInteraction | ModalSubmitInteraction;

/**
 * Runs an invocation and answers: directly when it finishes in time, otherwise after a
 * deferral. A private answer to a deferred (public) reply replaces it with an ephemeral one.
 */
async function runAndAnswer(interaction: Repliable, invocation: Invocation, deps: InteractionDeps): Promise<void> {
  const ctx = {
    invoker: invokerOf(interaction, deps.config),
    channel: channelOf(interaction),
    ledger: deps.ledger,
    services: deps.services,
    attachments: discordAttachments(interaction),
  };
  // deferAfterMs 0 means: always defer first (for deployments on slow storage, and tests).
  await answerWithin(deps.router.run(invocation, ctx), deps.deferAfterMs ?? DEFAULT_DEFER_MS, {
    now: async (reply) => {
      await interaction.reply({ ...replyPayload(reply, deps.pages), ...(isPrivate(reply) ? { flags: MessageFlags.Ephemeral } : {}) });
    },
    defer: async () => {
      await interaction.deferReply();
    },
    later: async (reply) => {
      const payload = replyPayload(reply, deps.pages);
      if (isPrivate(reply)) {
        await interaction.deleteReply();
        await interaction.followUp({ ...payload, flags: MessageFlags.Ephemeral });
      } else {
        await interaction.editReply(payload);
      }
    },
  });
}

function modalFor(name: string, deps: InteractionDeps): APIModalInteractionResponseCallbackData | null {
  const command = deps.router.find(name);
  const form = command ? discordForm(command) : null;
  if (!form) return null;
  return {
    custom_id: `${MODAL_PREFIX}${name}`,
    title: `/greenlight ${name}`.slice(0, 45),
    components: form.fields.map((f) => ({
      type: ComponentType.ActionRow,
      components: [
        {
          type: ComponentType.TextInput,
          custom_id: f.name,
          label: `${f.name}${f.required ? '' : ' (optional)'}`.slice(0, 45),
          style: f.long ? TextInputStyle.Paragraph : TextInputStyle.Short,
          required: f.required,
          placeholder: (f.choices ? `one of: ${f.choices.join(', ')}` : f.hint).slice(0, 100),
        },
      ],
    })),
  };
}

async function onCommand(interaction: ChatInputCommandInteraction, deps: InteractionDeps): Promise<void> {
  const invocation = invocationOf(interaction);
  if (!invocation) {
    await interaction.reply({ content: 'Pick a subcommand, e.g. `/greenlight status`.', flags: MessageFlags.Ephemeral });
    return;
  }
  // A bare admin command opens its form, for admins only; others get the router's refusal.
  if (Object.keys(invocation.options).length === 0 && invokerOf(interaction, deps.config).isAdmin) {
    const modal = modalFor(invocation.name, deps);
    if (modal) {
      await interaction.showModal(modal);
      return;
    }
  }
  await runAndAnswer(interaction, invocation, deps);
}

async function onModal(interaction: ModalSubmitInteraction, deps: InteractionDeps): Promise<void> {
  const name = interaction.customId.slice(MODAL_PREFIX.length);
  const command = deps.router.find(name);
  const form = command ? discordForm(command) : null;
  const options = form
    ? formOptions(form, (fieldName) => {
        const field = interaction.fields.fields.get(fieldName);
        return field && 'value' in field && typeof field.value === 'string' ? field.value : undefined;
      })
    : {};
  await runAndAnswer(interaction, { name, options }, deps);
}

async function onAutocomplete(interaction: AutocompleteInteraction, deps: InteractionDeps): Promise<void> {
  const invocation = invocationOf(interaction);
  const focused = interaction.options.getFocused(true);
  const option = invocation ? deps.router.find(invocation.name)?.options.find((o) => o.name === focused.name) : undefined;
  if (!option?.autocomplete?.length) {
    await interaction.respond([]);
    return;
  }
  // Comma-separated lists (holders) complete their last entry and keep the ones before it.
  const typed = String(focused.value ?? '');
  const cut = typed.lastIndexOf(',');
  const before = cut >= 0 ? `${typed.slice(0, cut + 1).trim()} ` : '';
  const matches = suggest(deps.ledger.state, typed.slice(cut + 1), option.autocomplete, 25);
  await interaction.respond(
    matches.filter((m) => before.length + m.id.length <= 100).map((m) => ({ name: `${before}${describeMatch(m)}`.slice(0, 100), value: `${before}${m.id}` })),
  );
}

async function onButton(interaction: ButtonInteraction, deps: InteractionDeps): Promise<void> {
  const parsed = parsePageId(interaction.customId);
  if (!parsed) return;
  const pages = deps.pages.get(parsed.key);
  const page = pages?.[parsed.index];
  if (!pages || !page) {
    await interaction.reply({ content: 'This list has expired. Run the command again to see it.', flags: MessageFlags.Ephemeral });
    return;
  }
  await interaction.update({ embeds: [page], components: pageButtons(parsed.key, parsed.index, pages.length) });
}

/** Routes one interaction; never throws (failures are logged and, where possible, answered privately). */
export async function handleInteraction(interaction: Interaction, deps: InteractionDeps): Promise<void> {
  if (!deps.recent.firstTime(`interaction:${interaction.id}`)) {
    deps.logger.info({ interactionId: interaction.id }, 'Discord: duplicate interaction ignored');
    return;
  }
  try {
    if (interaction.isChatInputCommand()) await onCommand(interaction, deps);
    else if (interaction.isAutocomplete()) await onAutocomplete(interaction, deps);
    else if (interaction.isButton() && interaction.customId.startsWith('gl:page:')) await onButton(interaction, deps);
    else if (interaction.isModalSubmit() && interaction.customId.startsWith(MODAL_PREFIX)) await onModal(interaction, deps);
  } catch (err) {
    deps.logger.error({ err, interactionId: interaction.id }, 'Discord interaction failed');
    if (interaction.isRepliable() && !interaction.replied) {
      const content =
        'Greenlight could not send its answer. If this was an edit, check `/greenlight status` to see whether it was made; an admin can find the details in the logs.';
      const answer = interaction.deferred
        ? interaction.followUp({ content, flags: MessageFlags.Ephemeral })
        : interaction.reply({ content, flags: MessageFlags.Ephemeral });
      await answer.catch(() => undefined);
    }
  }
}
