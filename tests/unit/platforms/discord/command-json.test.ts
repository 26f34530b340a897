/** buildCommandJson against the real command definitions. */
import { describe, expect, it } from 'vitest';
import { commands } from '../../../../commands/index.js';
import { ADMIN_COMMAND, buildCommandJson, discordForm, PUBLIC_COMMAND, sameCommandJson } from '../../../../src/platforms/discord/command-json.js';

const json = buildCommandJson(commands) as any[];
const byName = (list: any[], name: string) => list.find((o) => o.name === name);

/** Every leaf subcommand as `group sub` or `sub`, with its top-level command. */
function leaves(): Map<string, { top: string; leaf: any }> {
  const out = new Map<string, { top: string; leaf: any }>();
  for (const top of json) {
    for (const option of top.options) {
      if (option.type === 1) out.set(option.name, { top: top.name, leaf: option });
      else for (const sub of option.options) out.set(`${option.name} ${sub.name}`, { top: top.name, leaf: sub });
    }
  }
  return out;
}

describe('buildCommandJson', () => {
  it('registers every shared command exactly once, under /greenlight or /greenlight-admin by permission', () => {
    const all = leaves();
    expect([...all.keys()].sort()).toEqual(commands.map((c) => c.name).sort());
    for (const command of commands) {
      expect(all.get(command.name)!.top).toBe(command.permission === 'admin' ? ADMIN_COMMAND : PUBLIC_COMMAND);
      expect(all.get(command.name)!.leaf.description).toBe(command.description);
    }
  });

  it('gives /greenlight-admin Manage Server by default and /greenlight no restriction', () => {
    expect(byName(json, PUBLIC_COMMAND).default_member_permissions).toBeNull();
    expect(byName(json, ADMIN_COMMAND).default_member_permissions).toBe('32');
    for (const top of json) expect(top.contexts).toEqual([0]);
  });

  it('maps option types, choices, ranges, autocomplete and required flags', () => {
    const all = leaves();
    const types = { string: 3, integer: 4, boolean: 5, number: 10, attachment: 11 } as const;
    for (const command of commands) {
      const leaf = all.get(command.name)!.leaf;
      const relaxed = discordForm(command) !== null;
      expect(leaf.options.map((o: any) => o.name)).toEqual(command.options.map((o) => o.name));
      for (const option of command.options) {
        const o = byName(leaf.options, option.name);
        expect(o.type).toBe(types[option.type]);
        expect(o.required ?? false).toBe(relaxed ? false : (option.required ?? false));
        if (option.choices) expect(o.choices.map((c: any) => c.name)).toEqual([...option.choices]);
        if (option.autocomplete && !option.choices && option.type === 'string') expect(o.autocomplete).toBe(true);
        if (option.choices) expect(o.autocomplete).toBeUndefined();
        if (option.min !== undefined && option.type !== 'string') expect(o.min_value).toBe(option.min);
        if (option.max !== undefined && option.type !== 'string') expect(o.max_value).toBe(option.max);
      }
    }
  });

  it('stays within Discord limits', () => {
    for (const top of json) {
      expect(top.name).toMatch(/^[a-z0-9-]{1,32}$/);
      expect(top.options.length).toBeLessThanOrEqual(25);
      for (const option of top.options) {
        expect(option.description.length).toBeLessThanOrEqual(100);
        if (option.type === 2) expect(option.options.length).toBeLessThanOrEqual(25);
      }
    }
    // Discord's rule: the names, descriptions and choice values of one command add up to at most 8,000 characters.
    const characters = (o: { name?: string; description?: string; value?: unknown; choices?: object[]; options?: object[] }): number =>
      (o.name?.length ?? 0) +
      (o.description?.length ?? 0) +
      (o.value === undefined ? 0 : String(o.value).length) +
      (o.choices ?? []).reduce((n: number, c) => n + characters(c), 0) +
      (o.options ?? []).reduce((n: number, c) => n + characters(c), 0);
    for (const top of json) expect(characters(top), top.name).toBeLessThanOrEqual(8000);
  });

  it('offers a modal for track add (five required options fit one form)', () => {
    const trackAdd = commands.find((c) => c.name === 'track add')!;
    expect(discordForm(trackAdd)?.fields.map((f) => f.name)).toEqual(['name', 'direction', 'authority', 'item', 'holders']);
    expect(discordForm(commands.find((c) => c.name === 'status')!)).toBeNull();
  });
});

describe('sameCommandJson', () => {
  it('ignores what Discord adds but notices real differences', () => {
    const existing = JSON.parse(JSON.stringify(json))
      .reverse()
      .map((c: any) => ({ ...c, id: '1', version: '2', nsfw: false, description_localizations: null }));
    expect(sameCommandJson(json, existing)).toBe(true);
    existing[0].description = 'changed';
    expect(sameCommandJson(json, existing)).toBe(false);
    expect(sameCommandJson(json, [])).toBe(false);
  });
});
