/** The run-time admin check: configured roles/users, else Manage Server. */
import { PermissionFlagsBits, PermissionsBitField, type Interaction } from 'discord.js';
import { describe, expect, it } from 'vitest';
import { commandNameOf, isDiscordAdmin, leafOptions } from '../../../../src/platforms/discord/invocation.js';

// Only the fields the check reads; the raw API member shape (roles as an id array) that
// discord.js passes through when the guild is not cached.
function interaction(userId: string, roles: string[], permissions: bigint, inGuild = true): Interaction {
  return {
    inGuild: () => inGuild,
    user: { id: userId },
    member: inGuild ? { roles } : null,
    memberPermissions: inGuild ? new PermissionsBitField(permissions) : null,
  } as unknown as Interaction;
}

const none = { adminRoleIds: [], adminUserIds: [] };
const configured = { adminRoleIds: ['1000000000000000077'], adminUserIds: ['1000000000000000200'] };

describe('isDiscordAdmin', () => {
  it('without configured admins, requires Manage Server', () => {
    expect(isDiscordAdmin(interaction('1', [], PermissionFlagsBits.ManageGuild), none)).toBe(true);
    expect(isDiscordAdmin(interaction('1', [], PermissionFlagsBits.SendMessages), none)).toBe(false);
  });
  it('with configured admins, only those roles and users count, even against Manage Server', () => {
    expect(isDiscordAdmin(interaction('1', [], PermissionFlagsBits.ManageGuild), configured)).toBe(false);
    expect(isDiscordAdmin(interaction('1', ['1000000000000000077'], 0n), configured)).toBe(true);
    expect(isDiscordAdmin(interaction('1000000000000000200', [], 0n), configured)).toBe(true);
  });
  it('is never true outside a server', () => {
    expect(isDiscordAdmin(interaction('1000000000000000200', [], 0n, false), configured)).toBe(false);
  });
});

describe('invocation names and options', () => {
  it('joins group and subcommand and reads leaf options', () => {
    expect(commandNameOf('track', 'add')).toBe('track add');
    expect(commandNameOf(null, 'status')).toBe('status');
    expect(commandNameOf(null, null)).toBeNull();
    const data = [
      {
        name: 'track',
        type: 2,
        options: [
          {
            name: 'add',
            type: 1,
            options: [
              { name: 'name', type: 3, value: 'X' },
              { name: 'quota', type: 4, value: 5 },
            ],
          },
        ],
      },
    ];
    expect(leafOptions(data as never)).toEqual({ name: 'X', quota: 5 });
  });
});
