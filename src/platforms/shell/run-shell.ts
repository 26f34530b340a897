/**
 * The local shell: reads `/greenlight ...` lines from standard input, exactly as typed in
 * Slack, and prints replies. With a pipe for stdin there is no prompt clutter, and the
 * shell ends cleanly at end of input.
 */
import { createInterface } from 'node:readline';
import type { Readable, Writable } from 'node:stream';
import type { CommandRouter } from '../../../commands/lib/router.js';
import type { CommandServices } from '../../../commands/lib/types.js';
import type { Invoker, InvokerCapabilities } from '../../chat/invoker.js';
import type { Alert, DeliveryReceipt, DeliveryTarget } from '../../chat/alert.js';
import { neutralizeReply } from '../../alerts/render-alert.js';
import type { Ledger } from '../../core/ledger.js';
import type { Reply } from '../../chat/reply.js';
import { localFiles, saveReplyFile } from './files.js';
import { renderText } from './render-text.js';

/** The shell's channel id: subscriptions made from the shell deliver here. */
export const SHELL_CHANNEL = { platform: 'shell', id: 'shell', name: 'shell' } as const;

/** The shell runs on Greenlight's own machine and saves whole files (files.ts). */
export const SHELL_CAPABILITIES: InvokerCapabilities = { localSources: true, attachments: true };

/** What the shell needs. */
export interface ShellDeps {
  router: CommandRouter;
  ledger: Ledger;
  services: CommandServices;
  input: Readable;
  output: Writable;
  /** Who is typing; `--as NAME` makes a non-admin. */
  invoker: Invoker;
  /** Show a prompt (only when a person types in a terminal). */
  interactive: boolean;
  /** Where files from replies (exports) are saved: `<data folder>/exports`. */
  filesDir: string;
}

/** Runs the shell until end of input; commands run one at a time, in order. */
export async function runShell(deps: ShellDeps): Promise<void> {
  // Whoever types here sits at the machine itself: local files and hosts are theirs to watch.
  const invoker: Invoker = { ...deps.invoker, capabilities: { ...deps.invoker.capabilities, localSources: true } };
  const rl = createInterface({ input: deps.input, terminal: false, crlfDelay: Infinity });
  const files = localFiles();
  const prompt = () => deps.interactive && deps.output.write('greenlight> ');
  if (deps.interactive)
    deps.output.write(
      `Greenlight shell. Type /greenlight help (you are ${deps.invoker.isAdmin ? 'an admin' : `${deps.invoker.displayName}, not an admin`}). Ctrl-D to quit.\n`,
    );
  prompt();
  for await (const raw of rl) {
    const line = raw.trim();
    if (line && !line.startsWith('#')) {
      const ctx = { invoker, channel: SHELL_CHANNEL, ledger: deps.ledger, services: deps.services, attachments: files };
      const reply = await deps.router.runLine(line, ctx);
      deps.output.write(renderText(await saveOrSay(reply, deps.filesDir)));
    }
    prompt();
  }
}

/** The reply with its file saved (and its path said), or an error reply when it cannot be saved. */
async function saveOrSay(reply: Reply, dir: string): Promise<Reply> {
  try {
    return await saveReplyFile(reply, dir);
  } catch (err) {
    return {
      severity: 'error',
      title: 'Could not save the file',
      text: `${reply.file?.name ?? 'The file'} could not be written to ${dir}: ${(err as Error).message}`,
      private: true,
    };
  }
}

/** Alerts for the shell channel print to its output. */
export class ShellDeliveryTarget implements DeliveryTarget {
  readonly platform = 'shell';
  constructor(private readonly output: Writable) {}

  async deliver(alert: Alert): Promise<DeliveryReceipt> {
    // Alert text comes from outside: neutralise anything that reads as a mention.
    this.output.write(`\n🔔 ${renderText(neutralizeReply(alert.content))}`);
    return {};
  }
}
