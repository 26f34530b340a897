/** `/greenlight source pause <id>`: stop polling a source until resumed (admins). */
import { z } from 'zod';
import { describeSource, SOURCE_ID_OPTION, sourcesUnavailable } from './lib/source-replies.js';
import type { Command } from './lib/types.js';

const input = z.object({ id: z.string().min(1) });

export const sourcePause = {
  name: 'source pause',
  description: 'Stop polling a source until it is resumed (admins)',
  options: [SOURCE_ID_OPTION],
  input,
  permission: 'admin',
  async run({ id }, ctx) {
    const service = ctx.services.sources;
    if (!service) return sourcesUnavailable();
    const before = service.list().find((v) => v.id === id);
    if (before?.health === 'paused') {
      return {
        severity: 'info',
        title: `${before.name} is already paused`,
        text: `It was ${before.pausedReason ?? 'paused'}. Nothing was changed. Resume it with \`/greenlight source resume ${before.id}\`.`,
      };
    }
    const view = await service.pause(id);
    return { severity: 'success', title: `Paused ${view.name}`, text: `${describeSource(view)}\nResume with \`/greenlight source resume ${view.id}\`.` };
  },
} satisfies Command<typeof input>;
