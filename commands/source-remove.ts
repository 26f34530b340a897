/** `/greenlight source remove <id> confirm:true`: stop watching an admin-added source and forget its state (admins). */
import { z } from 'zod';
import { UsageError } from './lib/parse.js';
import { SOURCE_ID_OPTION, sourcesUnavailable } from './lib/source-replies.js';
import type { Command } from './lib/types.js';

const input = z.object({ id: z.string().min(1), confirm: z.boolean().default(false) });

export const sourceRemove = {
  name: 'source remove',
  description: 'Stop watching an admin-added source and forget what it has seen (admins)',
  options: [SOURCE_ID_OPTION, { name: 'confirm', description: 'Must be true: re-adding it later records its items again without alerting', type: 'boolean' }],
  input,
  permission: 'admin',
  async run({ id, confirm }, ctx) {
    const service = ctx.services.sources;
    if (!service) return sourcesUnavailable();
    const view = service.list().find((v) => v.id === id);
    if (view && !confirm)
      throw new UsageError(`This stops watching ${view.name} (${id}) and forgets the items it has seen. Run it again with \`confirm:true\` to go ahead.`);
    await service.remove(id);
    return { severity: 'success', title: `Stopped watching ${view?.name ?? id}`, text: 'Alerts already sent are unaffected.' };
  },
} satisfies Command<typeof input>;
