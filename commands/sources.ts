/** `/greenlight sources`: every watched source with its health, last success, last error and next run. */
import { z } from 'zod';
import { shortTime, sourcesUnavailable } from './lib/source-replies.js';
import type { Command } from './lib/types.js';

const MAX_ROWS = 50;
const input = z.object({});

export const sources = {
  name: 'sources',
  description: 'List watched sources with their health, last success, last error and next run',
  options: [],
  input,
  permission: 'everyone',
  run(_opts, ctx) {
    const service = ctx.services.sources;
    if (!service) return sourcesUnavailable();
    const views = service.list();
    if (views.length === 0) {
      return {
        severity: 'info',
        title: 'No sources',
        text: 'Nothing is watched yet. Add sources under `sources:` in the config, or an admin can run `/greenlight source add`.',
      };
    }
    // An admin's pause is a choice, not trouble; a source paused after failures needs attention.
    const bad = views.filter((v) => v.health === 'unhealthy' || v.health === 'failing' || (v.health === 'paused' && v.consecutiveFailures > 0)).length;
    const shown = views.slice(0, MAX_ROWS);
    return {
      severity: bad ? 'warning' : 'info',
      title: `${views.length} source${views.length === 1 ? '' : 's'}${bad ? ` · ${bad} need${bad === 1 ? 's' : ''} attention` : ''}`,
      ...(views.length > MAX_ROWS ? { text: `Showing ${MAX_ROWS} of ${views.length}.` } : {}),
      table: {
        columns: ['Source', 'Kind', 'Health', 'Last success', 'Last error', 'Next run'],
        rows: shown.map((v) => [
          v.id,
          v.kind,
          v.health === 'paused'
            ? `paused (${(v.pausedReason ?? 'paused by an admin').replace(/^paused /, '').replace(/; last error:.*$/, '')})`
            : v.consecutiveFailures > 0
              ? `${v.health} (${v.consecutiveFailures} ${v.consecutiveFailures === 1 ? 'failure' : 'failures'})`
              : v.health,
          shortTime(v.lastSuccessAt),
          v.lastError ?? '—',
          v.health === 'paused' ? 'paused' : shortTime(v.nextRunAt),
        ]),
      },
    };
  },
} satisfies Command<typeof input>;
