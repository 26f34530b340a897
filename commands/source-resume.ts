/** `/greenlight source resume <id>`: poll a paused source again; clears its backoff (admins). */
import { z } from 'zod';
import { describeSource, SOURCE_ID_OPTION, sourcesUnavailable } from './lib/source-replies.js';
import type { Command } from './lib/types.js';

const input = z.object({ id: z.string().min(1) });

export const sourceResume = {
  name: 'source resume',
  description: 'Poll a paused source again, starting at its next scheduled run (admins)',
  options: [SOURCE_ID_OPTION],
  input,
  permission: 'admin',
  async run({ id }, ctx) {
    const service = ctx.services.sources;
    if (!service) return sourcesUnavailable();
    const view = await service.resume(id);
    return { severity: 'success', title: `Resumed ${view.name}`, text: describeSource(view) };
  },
} satisfies Command<typeof input>;
