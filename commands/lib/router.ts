/**
 * Runs commands: finds the command a line names, coerces and validates its options,
 * checks permission, runs it, and turns every failure into a clear, private reply.
 * Never throws: platforms always get a Reply to render.
 */
import { randomBytes } from 'node:crypto';
import { DomainError } from '../../src/core/errors.js';
import { formatZodIssues } from '../../src/core/zod-issues.js';
import type { Logger } from '../../src/core/ports.js';
import { silentLogger } from '../../src/core/ports.js';
import { type Awaitable, isPromiseLike } from '../../src/chat/awaitable.js';
import { coerceOptions, usage } from './coerce.js';
import { optionWords } from './option-words.js';
import { parseLine, UsageError } from './parse.js';
import { checkRegistry } from './registry-check.js';
import { namedForInvoker } from './command-path.js';
import type { AnyCommand, CommandContext } from './types.js';
import type { RawOptions } from '../../src/chat/command-spec.js';
import { errorReply, type Reply } from '../../src/chat/reply.js';

/** A command with its options, ready to run. */
export interface Invocation {
  name: string;
  options: RawOptions;
}

/** The answer to a command that arrives before every part of Greenlight has started. */
export const STARTING_REPLY: Reply = {
  severity: 'info',
  title: 'Greenlight is starting',
  text: 'Greenlight is starting, try again in a few seconds. Nothing was changed.',
  private: true,
};

/** The command router for one registry. */
export class CommandRouter {
  private readonly byName: Map<string, AnyCommand>;

  /**
   * @param isReady False while Greenlight is still starting: a command that arrives then (a
   *   platform that connected before another finished) is asked to try again, not run half-wired.
   */
  constructor(
    readonly commands: readonly AnyCommand[],
    private readonly logger: Logger = silentLogger,
    private readonly isReady: () => boolean = () => true,
  ) {
    checkRegistry(commands);
    this.byName = new Map(commands.map((c) => [c.name, c]));
  }

  /** The command with this exact name. */
  find(name: string): AnyCommand | undefined {
    return this.byName.get(name);
  }

  /**
   * The reply with the admin commands it names written under `adminCommand` (Discord's
   * `/greenlight-admin`): for alerts, which have no invoker but are read on that platform.
   */
  namedFor(reply: Reply, adminCommand: string): Reply {
    return namedForInvoker(
      reply,
      { platform: '', userId: '', displayName: '', isAdmin: false, capabilities: { localSources: false, attachments: false }, adminCommand },
      this.commands,
    );
  }

  /** Parses a typed line into an invocation, or throws UsageError. */
  parse(line: string): Invocation {
    const { words, options } = parseLine(line);
    if (words.length === 0) return { name: 'help', options };
    const two = `${words[0]} ${words[1] ?? ''}`.toLowerCase();
    const one = words[0]!.toLowerCase();
    const command = this.byName.get(two) ?? this.byName.get(one);
    if (!command) {
      const group = [...this.byName.keys()].filter((n) => n.startsWith(`${one} `));
      if (group.length) throw new UsageError(`\`/greenlight ${one}\` needs one of: ${group.map((g) => g.split(' ')[1]).join(', ')}.`);
      throw new UsageError(`Unknown command \`${words[0]}\`. Try \`/greenlight help\`.`);
    }
    const rest = words.slice(command.name.split(' ').length);
    const raw: RawOptions = { ...options };
    if (rest.length) {
      const positional = command.options.find((o) => o.positional);
      if (!positional)
        throw new UsageError(
          `\`/greenlight ${command.name}\` takes no bare words ("${rest.join(' ')}"); use name:value options.`,
          usage(command.name, command.options),
        );
      if (positional.name in raw) throw new UsageError(`\`${positional.name}\` is given both as \`${positional.name}:\` and as bare words.`);
      raw[positional.name] = rest.join(' ');
    }
    return { name: command.name, options: raw };
  }

  /** Parses and runs a typed line; the reply comes synchronously when the command's does. */
  runLine(line: string, ctx: Omit<CommandContext, 'commands'>): Awaitable<Reply> {
    let invocation: Invocation;
    try {
      invocation = this.parse(line);
    } catch (err) {
      return namedForInvoker(this.failure(err, undefined), ctx.invoker, this.commands);
    }
    return this.run(invocation, ctx);
  }

  /**
   * Runs an invocation (from a parsed line or a platform's typed options). Never throws
   * and never rejects; the reply comes synchronously when the command answers synchronously.
   */
  run(invocation: Invocation, ctx: Omit<CommandContext, 'commands'>): Awaitable<Reply> {
    // Every reply names commands the way this invoker types them (`/greenlight-admin …` on Discord).
    const named = (reply: Reply) => namedForInvoker(reply, ctx.invoker, this.commands);
    const reply = this.runNamed(invocation, ctx);
    return isPromiseLike(reply) ? reply.then(named) : named(reply);
  }

  private runNamed(invocation: Invocation, ctx: Omit<CommandContext, 'commands'>): Awaitable<Reply> {
    if (!this.isReady()) return STARTING_REPLY;
    const command = this.byName.get(invocation.name);
    if (!command) return errorReply('Unknown command', `Unknown command \`${invocation.name}\`. Try \`/greenlight help\`.`);
    try {
      if (command.permission === 'admin' && !ctx.invoker.isAdmin) {
        return errorReply(
          'Not allowed',
          `Only Greenlight admins can run \`/greenlight ${command.name}\`. Nothing was changed. Ask an admin listed in the Greenlight config.`,
        );
      }
      const coerced = coerceOptions(command.options, invocation.options, command.name);
      const parsed = command.input.safeParse(coerced, { error: optionWords });
      if (!parsed.success) throw new UsageError(formatZodIssues(parsed.error.issues, { code: true }), usage(command.name, command.options));
      const reply = command.run(parsed.data, { ...ctx, commands: this.commands });
      return isPromiseLike(reply) ? reply.catch((err: unknown) => this.failure(err, command)) : reply;
    } catch (err) {
      return this.failure(err, command);
    }
  }

  private failure(err: unknown, command: AnyCommand | undefined): Reply {
    if (err instanceof UsageError) {
      const text = err.usage || command ? `${err.message}\nUsage: \`${err.usage ?? usage(command!.name, command!.options)}\`` : err.message;
      return errorReply('Invalid input', text);
    }
    if (err instanceof DomainError) {
      const title = {
        not_found: 'Not found',
        ambiguous: 'Which one?',
        invalid_transition: 'Not allowed',
        invalid_input: 'Invalid input',
        conflict: 'Conflict',
        forbidden: 'Not allowed',
      }[err.code];
      return errorReply(
        title,
        // Said once, whether or not the ledger's message already says it.
        `${err.message}${(err.code === 'invalid_transition' || err.code === 'invalid_input' || err.code === 'conflict') && !err.message.includes('Nothing was changed') ? ' Nothing was changed.' : ''}`,
        err.choices,
      );
    }
    const ref = randomBytes(4).toString('hex');
    this.logger.error({ err, ref, command: command?.name }, 'command failed');
    return errorReply(
      'Something went wrong',
      `Greenlight could not finish \`${command?.name ?? 'that command'}\` (reference ${ref}). Nothing was changed if it was an edit; an admin can find the details in the logs.`,
    );
  }
}
