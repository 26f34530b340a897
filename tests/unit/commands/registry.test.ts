import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { commands } from '../../../commands/index.js';
import { CommandRouter } from '../../../commands/lib/router.js';
import type { AnyCommand } from '../../../commands/lib/types.js';

const ok: AnyCommand = {
  name: 'ping',
  description: 'Replies pong',
  options: [],
  input: z.object({}),
  permission: 'everyone',
  run: () => ({ severity: 'info', title: 'pong' }),
};

describe('command registry', () => {
  it('accepts the shipped registry', () => {
    expect(() => new CommandRouter(commands)).not.toThrow();
  });

  it('fails startup on a duplicate command', () => {
    expect(() => new CommandRouter([...commands, { ...commands[0]! }])).toThrow(/command "status": registered twice/);
  });

  it('fails startup on invalid definitions, naming each problem', () => {
    const bad: AnyCommand[] = [
      { ...ok, name: 'Bad Name Here' },
      { ...ok, name: 'x', description: '' },
      { ...ok, name: 'y', options: [{ name: 'a', description: 'a', type: 'string' }] },
      {
        ...ok,
        name: 'z',
        options: [
          { name: 'a', description: 'a', type: 'string' },
          { name: 'b', description: 'b', type: 'string', required: true },
        ],
        input: z.object({ a: z.string(), b: z.string() }),
      },
      { ...ok, name: 'w', permission: 'root' as never },
    ];
    let message = '';
    try {
      new CommandRouter(bad);
    } catch (err) {
      message = (err as Error).message;
    }
    expect(message).toContain('command "Bad Name Here": name must be one or two lowercase words');
    expect(message).toContain('command "x": description must be 1 to 100 characters');
    expect(message).toContain('command "y": schema keys () differ from declared options (a)');
    expect(message).toContain('command "z": required option "b" comes after an optional one');
    expect(message).toContain('command "w": permission must be "everyone" or "admin"');
  });

  it('refuses a name that is both a command and a group', () => {
    expect(
      () =>
        new CommandRouter([
          { ...ok, name: 'track' },
          { ...ok, name: 'track add' },
        ]),
    ).toThrow(/is both a command and a group/);
  });
});
