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
    const before = service.list().find((v) => v.id === id);
    if (before && before.health !== 'paused') {
      return { severity: 'info', title: `${before.name} is not paused`, text: `It is ${before.health} and polled on its schedule. Nothing was changed.` };
    }
    const view = await service.resume(id);
    // Resuming starts the failure count again; say so rather than reset a failing source silently.
    const reset =
      before && before.consecutiveFailures > 0
        ? `It had failed ${before.consecutiveFailures} ${before.consecutiveFailures === 1 ? 'time' : 'times'} in a row${before.lastError ? ` (last error: ${before.lastError})` : ''}. Resuming clears its backoff and starts the failure count again; if the next polls fail it will be reported and paused again.\n`
        : '';
    return { severity: 'success', title: `Resumed ${view.name}`, text: `${reset}${describeSource(view)}` };
  },
} satisfies Command<typeof input>;
