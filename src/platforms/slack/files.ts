/**
 * Files on Slack. A slash command cannot carry a file, so an `attachment` option names a file
 * already shared in Slack: its link (the permalink from "Copy link to file") or its id (F…).
 * Greenlight looks it up with files.info and downloads `url_private` with the bot token (which
 * is sent only to Slack's own file host). A reply's file is uploaded with filesUploadV2: into
 * a direct message with the person who asked when the reply is private (an export is), else
 * into the channel.
 */
import type { WebClient } from '@slack/web-api';
import type { AttachmentReader, InboundFile } from '../../chat/attachment.js';
import type { Reply } from '../../chat/reply.js';
import { DomainError } from '../../core/errors.js';
import type { Logger } from '../../core/ports.js';
import { describe } from './admins.js';

const DOWNLOAD_TIMEOUT_MS = 60_000;

/**
 * The file id in a Slack file link or id: `F0123ABCD`, `https://x.slack.com/files/U…/F0123ABCD/name.json`,
 * `https://files.slack.com/files-pri/T…-F0123ABCD/name.json`, or a link Slack wrapped as `<…>`.
 */
export function slackFileId(reference: string): string | undefined {
  return /(?:^|[/=\s<-])(F[A-Z0-9]{6,})(?=$|[/?&#\s>|])/.exec(reference.trim())?.[1];
}

/** Where the bot token may be sent: Slack's file host, or the API's own host (a local fake in tests). */
function mayCarryToken(url: string, apiUrl: string): boolean {
  try {
    const { protocol, host } = new URL(url);
    return (protocol === 'https:' && host === 'files.slack.com') || host === new URL(apiUrl).host;
  } catch {
    return false;
  }
}

/** Reads files shared in Slack, named by link or id. */
export function slackFiles(client: WebClient): AttachmentReader {
  return {
    howToGive: 'share the file in Slack, then give its link ("Copy link to file") or id, like F0123ABCD',
    async read(reference, { maxBytes }): Promise<InboundFile> {
      const id = slackFileId(reference);
      if (!id) throw new DomainError('invalid_input', `"${reference.slice(0, 80)}" is not a Slack file link or id. ${HOW}`);
      let info: { name?: string; size?: number; url_private?: string; url_private_download?: string } | undefined;
      try {
        info = (await client.files.info({ file: id })).file;
      } catch (err) {
        const code = (err as { data?: { error?: string } }).data?.error;
        if (code === 'file_not_found' || code === 'file_deleted') throw new DomainError('invalid_input', `Greenlight cannot see file ${id}. ${HOW}`);
        throw new DomainError('invalid_input', `Slack did not give file ${id} (${code ?? (err as Error).message}); try again.`);
      }
      const url = info?.url_private_download ?? info?.url_private;
      const name = info?.name ?? id;
      if (!url || !mayCarryToken(url, client.slackApiUrl)) throw new DomainError('invalid_input', `Slack gave no download link for ${name}; try again.`);
      if ((info?.size ?? 0) > maxBytes) throw tooLarge(name, info!.size!, maxBytes);
      const res = await fetch(url, {
        headers: { Authorization: `Bearer ${client.token ?? ''}` },
        redirect: 'manual',
        signal: AbortSignal.timeout(DOWNLOAD_TIMEOUT_MS),
      }).catch((err: unknown) => {
        throw new DomainError('invalid_input', `Could not download ${name} from Slack (${(err as Error).message}); try again.`);
      });
      // Without access Slack answers with a redirect to its login page, not the file.
      if (res.status !== 200) throw new DomainError('invalid_input', `Could not download ${name} from Slack (HTTP ${res.status}). ${HOW}`);
      const content = Buffer.from(await res.arrayBuffer());
      if (content.length > maxBytes) throw tooLarge(name, content.length, maxBytes);
      return { name, content };
    },
  };
}

const HOW = 'Share the file in a channel Greenlight is in (drop it into the message box and send), then run the command with `file:` and the file’s link.';

function tooLarge(name: string, bytes: number, max: number): DomainError {
  const mb = (n: number) => `${(n / 1024 / 1024).toFixed(1)} MB`;
  return new DomainError(
    'invalid_input',
    `${name} is ${mb(bytes)}; at most ${mb(max)} can be imported from chat. Use \`npm run ledger -- import FILE\` on the server.`,
  );
}

/** Where a reply's file goes: the asker's direct messages when it is private, else the channel. */
export interface FileDestination {
  userId: string;
  channelId: string;
  private: boolean;
}

/**
 * Uploads the reply's file and returns the reply to show instead: without the file, saying
 * where it went (or why it could not be uploaded).
 */
export async function uploadReplyFile(client: WebClient, reply: Reply, to: FileDestination, logger: Logger): Promise<Reply> {
  const file = reply.file;
  if (!file) return reply;
  const { file: _file, ...rest } = reply;
  const say = (line: string): Reply => ({ ...rest, text: `${reply.text ? `${reply.text}\n` : ''}${line}` });
  try {
    let channel = to.channelId;
    if (to.private) {
      const opened = await client.conversations.open({ users: to.userId });
      channel = opened.channel?.id ?? to.userId;
    }
    await client.filesUploadV2({ channel_id: channel, file: Buffer.from(file.content, 'utf8'), filename: file.name, title: file.name });
    return say(to.private ? `The file *${file.name}* is in your direct messages with Greenlight.` : `The file *${file.name}* is attached below.`);
  } catch (err) {
    logger.warn({ err: describe(err), file: file.name }, 'slack: could not upload a file');
    return {
      ...say(`Could not upload *${file.name}* to Slack (${(err as { data?: { error?: string } }).data?.error ?? 'upload failed'}).`),
      severity: 'warning',
    };
  }
}
