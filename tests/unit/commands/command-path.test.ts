import { describe, expect, it } from 'vitest';
import { commands } from '../../../commands/index.js';
import { namedForInvoker } from '../../../commands/lib/command-path.js';
import type { Invoker } from '../../../src/chat/invoker.js';
import type { Reply } from '../../../src/chat/reply.js';

const discordUser: Invoker = {
  platform: 'discord',
  userId: 'u',
  displayName: 'U',
  isAdmin: true,
  capabilities: { localSources: false, attachments: true },
  adminCommand: '/greenlight-admin',
};

describe('admin commands named the way the invoker types them', () => {
  it('writes an admin command under the platform admin command, and leaves everyday commands alone', () => {
    const reply: Reply = {
      severity: 'error',
      title: 'Unknown party',
      text: 'Add it first: `/greenlight party add name:Baidu`, then `/greenlight status baidu`.',
    };
    expect(namedForInvoker(reply, discordUser, commands).text).toBe('Add it first: `/greenlight-admin party add name:Baidu`, then `/greenlight status baidu`.');
  });

  // Platforms cache what they render per reply object (Discord's embeds): a reply with nothing
  // to rewrite must stay the same object, or every status answer is rendered again.
  it('hands back the same reply object when it names no admin command', () => {
    const reply: Reply = {
      severity: 'info',
      title: 'Greenlight status',
      text: 'Try `/greenlight quota h200`.',
      sections: [{ heading: 'Quota', text: 'over 400,000' }],
    };
    expect(namedForInvoker(reply, discordUser, commands)).toBe(reply);
  });
});
