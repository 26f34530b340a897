/** `/greenlight help [command]`: the commands and their options. */
import { z } from 'zod';
import { usage } from './lib/coerce.js';
import type { Command } from './lib/types.js';

const input = z.object({ command: z.string().optional() });

export const help = {
  name: 'help',
  description: 'The commands and their options',
  options: [{ name: 'command', description: 'Show one command in detail', type: 'string', positional: true }],
  input,
  permission: 'everyone',
  run({ command }, { commands, invoker }) {
    if (command) {
      const found = commands.find((c) => c.name === command.toLowerCase().trim());
      if (!found) {
        const near = commands.filter((c) => c.name.startsWith(command.toLowerCase().trim()));
        if (!near.length) return { severity: 'error', title: 'Unknown command', text: `No command \`${command}\`. Try \`/greenlight help\`.`, private: true };
        return {
          severity: 'info',
          title: `Commands starting with ${command}`,
          text: near.map((c) => `\`${usage(c.name, c.options)}\` — ${c.description}`).join('\n'),
          private: true,
        };
      }
      return {
        severity: 'info',
        title: `/greenlight ${found.name}${found.permission === 'admin' ? ' (admins only)' : ''}`,
        text: `${found.description}\nUsage: \`${usage(found.name, found.options)}\``,
        ...(found.options.length
          ? {
              sections: [
                {
                  fields: found.options.map((o) => ({
                    label: `${o.name}${o.required ? ' (required)' : ''}`,
                    value: `${o.description}${o.choices ? ` — one of: ${o.choices.join(', ')}` : ''}`,
                  })),
                },
              ],
            }
          : {}),
        private: true,
      };
    }
    const everyone = commands.filter((c) => c.permission === 'everyone');
    const admin = commands.filter((c) => c.permission === 'admin');
    const lines = (list: typeof commands) =>
      list
        .map(
          (c) =>
            `\`${usage(
              c.name,
              c.options.filter((o) => o.required || o.positional),
            )}\` — ${c.description}`,
        )
        .join('\n');
    return {
      severity: 'info',
      title: 'Greenlight commands',
      text: 'Options are typed as `name:value`; quote values with spaces (`note:"in principle"`). `/greenlight help <command>` shows every option.',
      sections: [
        { heading: 'For everyone', text: lines(everyone) },
        { heading: invoker.isAdmin ? 'For admins (you are one)' : 'For admins', text: lines(admin) },
      ],
      private: true,
    };
  },
} satisfies Command<typeof input>;
