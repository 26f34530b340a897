/** `/greenlight source add`: watch a new source (admins). Private and loopback addresses need the invoker's localSources capability or the config's permission. */
import { z } from 'zod';
import { describeSource, SOURCE_KIND_CHOICES, SOURCE_MODE_CHOICES, SOURCE_TIER_CHOICES, sourcesUnavailable } from './lib/source-replies.js';
import type { Command } from './lib/types.js';

const input = z.object({
  id: z.string().regex(/^[a-z0-9][a-z0-9-]{0,62}$/, 'use lowercase letters, digits and dashes'),
  url: z.string().optional(),
  kind: z.enum(SOURCE_KIND_CHOICES).default('feed'),
  schedule: z.string().optional(),
  tier: z.enum(SOURCE_TIER_CHOICES).optional(),
  mode: z.enum(SOURCE_MODE_CHOICES).optional(),
  name: z.string().max(200).optional(),
});

export const sourceAdd = {
  name: 'source add',
  description: 'Watch a new source: a feed, Federal Register query, JSON API or webhook (admins)',
  options: [
    { name: 'id', description: 'Short id: lowercase letters, digits and dashes', type: 'string', required: true, positional: true },
    { name: 'url', description: 'Feed or API URL (http/https); not needed for webhooks', type: 'string' },
    { name: 'kind', description: 'What the URL serves (default feed)', type: 'string', choices: SOURCE_KIND_CHOICES },
    { name: 'schedule', description: 'Cron schedule, e.g. */5 * * * * (default every five minutes)', type: 'string' },
    { name: 'tier', description: 'How authoritative it is (default wire for feeds, official otherwise)', type: 'string', choices: SOURCE_TIER_CHOICES },
    { name: 'mode', description: 'report keeps facts as claims; apply changes the ledger (official only)', type: 'string', choices: SOURCE_MODE_CHOICES },
    { name: 'name', description: 'Display name', type: 'string' },
  ],
  input,
  permission: 'admin',
  async run(opts, ctx) {
    const service = ctx.services.sources;
    if (!service) return sourcesUnavailable();
    // Local files and hosts need the invoker's localSources capability (the shell grants it);
    // otherwise such URLs are refused here, unless the config allows private addresses.
    const view = await service.add({ ...opts, url: opts.url ?? '', allowLocal: ctx.invoker.capabilities?.localSources === true });
    // Webhooks are not polled (so `source test` refuses them): say where senders post and which variable holds the secret.
    const next =
      view.kind === 'webhook'
        ? `Senders POST to /hooks/${view.id}, signed with the shared secret held in the environment variable ${view.secretEnv ?? "named by the source's secretEnv"} (see docs/webhooks.md). Webhooks are not polled, so there is nothing to \`source test\`; deliveries show in \`/greenlight sources\`.`
        : `The first poll records what the source already lists and alerts nothing; new items after that raise alerts. Try \`/greenlight source test ${view.id}\` to see what it produces.`;
    // A JSON source's field mapping is declared in the config's sources: entry; source add cannot take one.
    const json =
      view.kind === 'json'
        ? "\nA JSON source needs a field mapping (which fields hold the id, title, link and date), and that is declared in the config file's `sources:` entry, not here: add it there and restart for items to be read."
        : '';
    return { severity: 'success', title: `Watching ${view.name}`, text: `${describeSource(view)}\n${next}${json}` };
  },
} satisfies Command<typeof input>;
