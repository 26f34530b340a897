/**
 * Files sent with a Discord command: an `attachment` option arrives as the attachment's id,
 * and the interaction's resolved data says where Discord keeps the file. The bytes are
 * downloaded from that URL (Discord's CDN; the fake in tests serves it on 127.0.0.1).
 */
import type { ChatInputCommandInteraction, ModalSubmitInteraction } from 'discord.js';
import type { AttachmentReader, InboundFile } from '../../chat/attachment.js';
import { DomainError } from '../../core/errors.js';

/** How long a download may take before it is given up. */
const DOWNLOAD_TIMEOUT_MS = 60_000;

/** The reader for the files attached to one interaction. */
export function discordAttachments(interaction: ChatInputCommandInteraction | ModalSubmitInteraction): AttachmentReader {
  return {
    howToGive: 'attach the file to the command',
    async read(reference, { maxBytes }): Promise<InboundFile> {
      const attachment = interaction.isChatInputCommand() ? interaction.options.resolved?.attachments?.get(reference) : undefined;
      if (!attachment) throw new DomainError('invalid_input', 'No file is attached: attach the file to the command’s `file` option.');
      if (attachment.size > maxBytes) throw tooLarge(attachment.name, attachment.size, maxBytes);
      let res: Response;
      try {
        res = await fetch(attachment.url, { signal: AbortSignal.timeout(DOWNLOAD_TIMEOUT_MS) });
      } catch (err) {
        throw new DomainError('invalid_input', `Could not download ${attachment.name} from Discord (${(err as Error).message}); try again.`);
      }
      if (!res.ok) throw new DomainError('invalid_input', `Could not download ${attachment.name} from Discord (HTTP ${res.status}); try again.`);
      const content = Buffer.from(await res.arrayBuffer());
      if (content.length > maxBytes) throw tooLarge(attachment.name, content.length, maxBytes);
      return { name: attachment.name, content };
    },
  };
}

function tooLarge(name: string, bytes: number, max: number): DomainError {
  const mb = (n: number) => `${(n / 1024 / 1024).toFixed(1)} MB`;
  return new DomainError(
    'invalid_input',
    `${name} is ${mb(bytes)}; at most ${mb(max)} can be imported from chat. Use \`npm run ledger -- import FILE\` on the server.`,
  );
}
