import { describe, expect, it } from 'vitest';
import { commands } from '../../../commands/index.js';
import { formFor, formOptions } from '../../../src/chat/command-form.js';
import { discordForm } from '../../../src/platforms/discord/command-json.js';
import { slackForm } from '../../../src/platforms/slack/command-modal.js';

describe('command forms', () => {
  const needsInput = commands.filter((c) => c.permission === 'admin' && c.options.some((o) => o.required));

  it('every admin command that needs input has a form on Slack and on Discord, from the same declaration', () => {
    expect(needsInput.length).toBeGreaterThan(5);
    for (const command of needsInput) {
      const slack = slackForm(command);
      const discord = discordForm(command);
      expect(slack, command.name).not.toBeNull();
      expect(discord, command.name).not.toBeNull();
      // Both start with the required options, in declared order; Discord shows at most five.
      const required = command.options.filter((o) => o.required).map((o) => o.name);
      expect(slack!.fields.slice(0, required.length).map((f) => f.name)).toEqual(required);
      expect(discord!.fields.map((f) => f.name)).toEqual(slack!.fields.slice(0, 5).map((f) => f.name));
    }
  });

  it('queries and admin commands without required options get none (a bare run just runs)', () => {
    for (const command of commands.filter((c) => !needsInput.includes(c))) {
      expect(formFor(command), command.name).toBeNull();
    }
  });

  it('offers yes/no for booleans and the declared choices, and reads back only filled fields', () => {
    const form = formFor({
      name: 'x y',
      description: 'd',
      permission: 'admin',
      options: [
        { name: 'id', description: 'the id', type: 'string', required: true },
        { name: 'confirm', description: 'sure?', type: 'boolean' },
        { name: 'status', description: 's', type: 'string', choices: ['a', 'b'] },
        { name: 'note', description: 'why', type: 'string' },
      ],
    })!;
    expect(form.fields.map((f) => [f.name, f.choices, f.long])).toEqual([
      ['id', undefined, false],
      ['confirm', ['yes', 'no'], false],
      ['status', ['a', 'b'], false],
      ['note', undefined, true],
    ]);
    expect(formOptions(form, (n) => ({ id: ' abc ', confirm: '', note: 'because' })[n])).toEqual({ id: 'abc', note: 'because' });
  });
});
