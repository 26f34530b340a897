/** `/greenlight source pause <id>`: stop polling a source until resumed (admins). */
import { z } from 'zod';
import { describeSource, sourcesUnavailable, type SourceService } from './lib/source-service.js';
import type { Command } from './lib/types.js';

const input = z.object({ id: z.string().min(1) });

export const sourcePause = {
  name: 'source pause',
  description: 'Stop polling a source until it is resumed (admins)',
  options: [{ name: 'id', description: 'The source id (see /greenlight sources)', type: 'string', required: true, positional: true }],
  input,
  permission: 'admin',
  async run({ id }, ctx) {
    const service = ctx.services.sources as SourceService | undefined;
    if (!service) return sourcesUnavailable();
    const view = await service.pause(id);
    return { severity: 'success', title: `Paused ${view.name}`, text: `${describeSource(view)}\nResume with \`/greenlight source resume ${view.id}\`.` };
  },
} satisfies Command<typeof input>;
