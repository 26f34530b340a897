/**
 * Startup validation of the command registry: a duplicate or invalid command fails
 * startup here rather than surprising a user (or Discord's registration API) later.
 */
import { z } from 'zod';
import { GreenlightError } from '../../src/core/greenlight-error.js';
import type { AnyCommand } from './types.js';

const NAME = /^[a-z][a-z0-9-]{0,31}$/;
const OPTION_NAME = /^[a-z][a-z0-9_]{0,31}$/;

/** A command registry that cannot work; found at startup, for the developer or operator who changed it. */
export class RegistryError extends GreenlightError {
  constructor(message: string) {
    super('invalid_registry', 'operator', message);
  }
}

/** Throws a RegistryError listing every problem in the registry. */
export function checkRegistry(commands: readonly AnyCommand[]): void {
  const problems: string[] = [];
  const seen = new Set<string>();
  const groups = new Map<string, number>();
  for (const command of commands) {
    const where = `command "${command.name}"`;
    const words = command.name.split(' ');
    if (words.length > 2 || !words.every((w) => NAME.test(w)))
      problems.push(`${where}: name must be one or two lowercase words (a-z, 0-9, -), each up to 32 characters`);
    if (seen.has(command.name)) problems.push(`${where}: registered twice`);
    seen.add(command.name);
    if (words.length === 2) groups.set(words[0]!, (groups.get(words[0]!) ?? 0) + 1);
    if (!command.description || command.description.length > 100) problems.push(`${where}: description must be 1 to 100 characters`);
    if (command.permission !== 'everyone' && command.permission !== 'admin') problems.push(`${where}: permission must be "everyone" or "admin"`);
    if (command.options.length > 25) problems.push(`${where}: more than 25 options`);
    const optionNames = new Set<string>();
    let optionalSeen = false;
    for (const option of command.options) {
      if (!OPTION_NAME.test(option.name)) problems.push(`${where}: option "${option.name}" must be lowercase letters, digits or _`);
      if (optionNames.has(option.name)) problems.push(`${where}: option "${option.name}" declared twice`);
      optionNames.add(option.name);
      if (!option.description || option.description.length > 100) problems.push(`${where}: option "${option.name}" needs a description of 1 to 100 characters`);
      if (option.required && optionalSeen) problems.push(`${where}: required option "${option.name}" comes after an optional one`);
      if (!option.required) optionalSeen = true;
      if (option.choices && option.choices.length > 25) problems.push(`${where}: option "${option.name}" has more than 25 choices`);
    }
    if (command.options.filter((o) => o.positional).length > 1) problems.push(`${where}: more than one positional option`);
    if (!(command.input instanceof z.ZodObject)) {
      problems.push(`${where}: input must be a zod object schema`);
    } else {
      const keys = Object.keys(command.input.shape).sort().join(',');
      const declared = [...optionNames].sort().join(',');
      if (keys !== declared) problems.push(`${where}: schema keys (${keys}) differ from declared options (${declared})`);
    }
    if (typeof command.run !== 'function') problems.push(`${where}: no run function`);
  }
  for (const name of seen) {
    if (!name.includes(' ') && groups.has(name)) problems.push(`command "${name}": is both a command and a group of subcommands`);
  }
  if (groups.size + [...seen].filter((n) => !n.includes(' ')).length > 25) problems.push('more than 25 top-level subcommands');
  for (const [group, count] of groups) if (count > 25) problems.push(`group "${group}": more than 25 subcommands`);
  if (problems.length) throw new RegistryError(`Invalid command registry:\n- ${problems.join('\n- ')}`);
}
