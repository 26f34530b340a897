/** `/greenlight source test <id>`: what the next poll would produce, without storing or sending anything (admins). */
import { z } from 'zod';
import { SOURCE_ID_OPTION, sourcesUnavailable } from './lib/source-replies.js';
import type { Command } from './lib/types.js';

const MAX_ITEMS = 20;
const MAX_LINKS = 10;
const input = z.object({ id: z.string().min(1) });

export const sourceTest = {
  name: 'source test',
  description: 'Show what the next poll of a source would produce; stores and sends nothing (admins)',
  options: [SOURCE_ID_OPTION],
  input,
  permission: 'admin',
  async run({ id }, ctx) {
    const service = ctx.services.sources;
    if (!service) return sourcesUnavailable();
    const result = await service.test(id);
    if (result.error !== undefined) return { severity: 'error', title: `Test of ${id} failed`, text: result.summary, private: true };
    const shown = result.items.slice(0, MAX_ITEMS);
    // Below the list it abbreviates, where the reader reaches the end of it.
    const more = result.items.length > MAX_ITEMS ? [{ text: `…and ${result.items.length - MAX_ITEMS} more.` }] : [];
    const linked = shown.filter((i) => i.link);
    // The links list is shorter still: say so rather than drop some silently.
    if (linked.length > MAX_LINKS) more.push({ text: `Links below: the first ${MAX_LINKS} of these ${linked.length} items.` });
    return {
      severity: 'info',
      title: `Dry run of ${id}: ${result.items.length} item${result.items.length === 1 ? '' : 's'}`,
      text: result.summary,
      private: true,
      ...(shown.length
        ? {
            sections: [
              {
                heading: 'Items',
                fields: shown.map((i) => ({ label: i.title.length > 200 ? `${i.title.slice(0, 199)}…` : i.title, value: i.outcome, inline: false })),
              },
              ...more,
            ],
          }
        : {}),
      ...(linked.length ? { links: linked.slice(0, MAX_LINKS).map((i) => ({ title: i.title, url: i.link! })) } : {}),
    };
  },
} satisfies Command<typeof input>;
