/** INTERACTION_CREATE payloads as Discord sends them, for the fake gateway to dispatch. */
import { randomBytes } from 'node:crypto';

export const GUILD_ID = '1000000000000000001';
export const CHANNEL_ID = '1000000000000000002';
export const MANAGE_GUILD = (1n << 5n).toString();

let counter = 0n;
function snowflake(): string {
  counter += 1n;
  return (BigInt('800000000000000000') + counter).toString();
}

/** Who sends an interaction. */
export interface FakeMember {
  userId: string;
  username?: string;
  roles?: string[];
  /** Permission bits as a decimal string (e.g. MANAGE_GUILD). */
  permissions?: string;
}

/** A typed option value: string 3, integer 4, boolean 5, number 10. */
export interface FakeOption {
  name: string;
  value: string | number | boolean;
  type?: number;
  focused?: boolean;
}

function optionJson(o: FakeOption) {
  const type = o.type ?? (typeof o.value === 'boolean' ? 5 : typeof o.value === 'number' ? (Number.isInteger(o.value) ? 4 : 10) : 3);
  return { name: o.name, type, value: o.value, ...(o.focused ? { focused: true } : {}) };
}

function base(applicationId: string, member: FakeMember) {
  return {
    id: snowflake(),
    application_id: applicationId,
    token: `itoken-${randomBytes(8).toString('hex')}`,
    version: 1,
    guild_id: GUILD_ID,
    channel_id: CHANNEL_ID,
    channel: { id: CHANNEL_ID, type: 0, guild_id: GUILD_ID, name: 'approvals' },
    member: {
      user: { id: member.userId, username: member.username ?? `user${member.userId.slice(-4)}`, discriminator: '0', global_name: null, avatar: null },
      roles: member.roles ?? [],
      permissions: member.permissions ?? '0',
      joined_at: '2025-01-01T00:00:00.000Z',
      deaf: false,
      mute: false,
      flags: 0,
      nick: null,
    },
    app_permissions: '0',
    locale: 'en-US',
    guild_locale: 'en-US',
    entitlements: [],
    authorizing_integration_owners: { 0: GUILD_ID },
    context: 0,
  };
}

/** A `/greenlight <path> options…` chat input interaction (path: `quota` or `track add`). */
export function chatInput(applicationId: string, member: FakeMember, command: string, path: string, options: FakeOption[] = [], type = 2) {
  const [first, second] = path.split(' ') as [string, string | undefined];
  const leaf = { type: 1, name: second ?? first, options: options.map(optionJson) };
  return {
    ...base(applicationId, member),
    type,
    data: { id: snowflake(), name: command, type: 1, guild_id: GUILD_ID, options: second ? [{ type: 2, name: first, options: [leaf] }] : [leaf] },
  };
}

/** An autocomplete interaction (type 4) with one focused option. */
export function autocomplete(applicationId: string, member: FakeMember, command: string, path: string, options: FakeOption[]) {
  return chatInput(applicationId, member, command, path, options, 4);
}

/** A button click on a message the bot sent. */
export function buttonClick(applicationId: string, member: FakeMember, customId: string) {
  return {
    ...base(applicationId, member),
    type: 3,
    message: {
      id: snowflake(),
      channel_id: CHANNEL_ID,
      type: 0,
      content: '',
      embeds: [],
      components: [],
      attachments: [],
      mentions: [],
      mention_roles: [],
      mention_everyone: false,
      pinned: false,
      tts: false,
      flags: 0,
      timestamp: new Date().toISOString(),
      edited_timestamp: null,
      author: { id: applicationId, username: 'greenlight', discriminator: '0', global_name: null, avatar: null, bot: true },
    },
    data: { custom_id: customId, component_type: 2 },
  };
}

/** A modal submission with text inputs. */
export function modalSubmit(applicationId: string, member: FakeMember, customId: string, values: Record<string, string>) {
  return {
    ...base(applicationId, member),
    type: 5,
    data: {
      custom_id: customId,
      components: Object.entries(values).map(([id, value]) => ({ type: 1, components: [{ type: 4, custom_id: id, value }] })),
    },
  };
}
