/**
 * The command contract. A command declares its name, options, zod input schema and
 * permission (its CommandSpec, which platforms read), and returns a neutral Reply that
 * each platform renders. Replies, invokers and channels are the chat layer's (src/chat).
 */
import type { z } from 'zod';
import type { AttachmentReader } from '../../src/chat/attachment.js';
import type { ChannelRef } from '../../src/chat/channel-ref.js';
import type { CommandSpec } from '../../src/chat/command-spec.js';
import type { Invoker } from '../../src/chat/invoker.js';
import type { Reply } from '../../src/chat/reply.js';
import type { SourceControl } from '../../src/chat/source-control.js';
import type { SubscriptionService } from '../../src/chat/subscription-service.js';
import type { Ledger } from '../../src/core/ledger.js';
import type { ItemReadings } from '../../src/chat/item-readings.js';

/**
 * Services beyond the ledger that some commands use. Optional so that a deployment
 * without them (or a test) still runs the rest; commands say clearly when one is missing.
 */
export interface CommandServices {
  /** Subscribing channels to alerts (src/alerts). */
  subscriptions?: SubscriptionService;
  /** Watching sources at run time (src/sources). */
  sources?: SourceControl;
  /** How the pipeline read recent items, for explain and review (src/sources/pipeline). */
  readings?: ItemReadings;
}

/** Everything a handler may use. Passed in; commands import no platform code. */
export interface CommandContext {
  invoker: Invoker;
  channel: ChannelRef;
  ledger: Ledger;
  services: CommandServices;
  /** Every registered command, for help. */
  commands: readonly AnyCommand[];
  /** Reads files named by `attachment` options; absent where the platform cannot receive files. */
  attachments?: AttachmentReader;
}

/** A command definition. `input` validates the options object the parser builds. */
export interface Command<S extends z.ZodType = z.ZodType> extends CommandSpec {
  input: S;
  run(input: z.output<S>, ctx: CommandContext): Promise<Reply> | Reply;
}

/** Any command, whatever its schema. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- a registry holds commands of every schema
export type AnyCommand = Command<any>;
