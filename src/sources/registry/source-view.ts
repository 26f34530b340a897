/** What `/greenlight sources` shows for one source. */
import { FEDERAL_REGISTER_API } from '../federal-register/build-url.js';
import { redactUrl, redactUrlsIn } from '../fetch/redact-url.js';
import type { SourceView } from '../../chat/source-control.js';
import { healthLabel, type HealthPolicy } from './health.js';
import type { SourceRunner } from './source-runner.js';

/** Computes the next run, honouring backoff (injectable so tests need no cron). */
export type NextRunFn = (cron: string, timezone: string, notBefore: Date) => Date | undefined;

/** The neutral view of a runner. */
export function viewOf(r: SourceRunner, ctx: { policy: HealthPolicy; timezone: string; now: Date; nextRun: NextRunFn }): SourceView {
  const c = r.config;
  const h = r.state.health;
  const view: SourceView = {
    id: c.id,
    name: c.name,
    kind: c.kind,
    schedule: c.kind === 'webhook' ? 'on delivery' : c.schedule,
    tier: c.tier,
    mode: c.mode,
    health: healthLabel(h, ctx.policy),
    consecutiveFailures: h.consecutiveFailures,
    itemsSeen: r.state.seen.size,
  };
  const url = c.kind === 'webhook' ? `/hooks/${c.id}` : (c.url ?? (c.kind.startsWith('federal-register') ? FEDERAL_REGISTER_API : undefined));
  // Everyone may list sources: a password or key in the URL must not show.
  if (url !== undefined) view.url = redactUrl(url);
  if (h.lastSuccessAt !== undefined) view.lastSuccessAt = h.lastSuccessAt;
  if (c.secretEnv !== undefined) view.secretEnv = c.secretEnv;
  // The last error stays visible after recovery; the health column says whether it is current.
  if (h.lastError !== undefined) view.lastError = redactUrlsIn(h.lastError);
  // A pause is a state, not an error: its reason travels apart from the last error.
  if (h.paused) view.pausedReason = redactUrlsIn(h.pausedReason ?? 'paused');
  if (!h.paused && c.kind !== 'webhook') {
    const backoff = h.nextAttemptAt !== undefined ? Date.parse(h.nextAttemptAt) : 0;
    const next = ctx.nextRun(c.schedule, ctx.timezone, new Date(Math.max(ctx.now.getTime(), backoff)));
    if (next) view.nextRunAt = next.toISOString();
  }
  return view;
}
