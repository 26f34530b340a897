/** What the source commands share: the choices `source add` offers and how a source reads in a reply. */
import type { SourceView } from '../../src/chat/source-control.js';

/** The service from the command context, or a clear error reply when this deployment has none. */
export const NO_SOURCE_SERVICE = 'Source watching is not running in this Greenlight (no source service was started). Nothing was changed.';

/** Kinds `source add` offers (the same list as config/sources-schema.ts SOURCE_KINDS; a test keeps them equal). */
export const SOURCE_KIND_CHOICES = ['feed', 'federal-register', 'federal-register-public-inspection', 'json', 'webhook'] as const;
/** Tiers `source add` offers. */
export const SOURCE_TIER_CHOICES = ['official', 'filing', 'wire', 'aggregator'] as const;
/** Modes `source add` offers. */
export const SOURCE_MODE_CHOICES = ['report', 'apply'] as const;

/** The reply when no source service is wired in. */
export function sourcesUnavailable(): { severity: 'error'; title: string; text: string; private: true } {
  return { severity: 'error', title: 'Sources unavailable', text: NO_SOURCE_SERVICE, private: true };
}

/** "2026-01-28 10:05Z", or "—". */
export function shortTime(iso: string | undefined): string {
  if (!iso) return '—';
  return iso.replace('T', ' ').replace(/:\d{2}(\.\d+)?Z$/, 'Z');
}

/** One line per source state, for replies. */
export function describeSource(v: SourceView): string {
  return [
    `${v.name} (${v.id}) · ${v.kind} · ${v.tier}/${v.mode} · ${v.health === 'paused' && v.pausedReason ? v.pausedReason : v.health}`,
    v.url ? `URL: ${v.url}` : undefined,
    `Schedule: ${v.schedule}${v.nextRunAt ? ` · next run ${shortTime(v.nextRunAt)}` : ''}`,
    v.lastSuccessAt ? `Last success: ${shortTime(v.lastSuccessAt)}` : undefined,
    v.lastError ? `Last error: ${v.lastError}` : undefined,
  ]
    .filter(Boolean)
    .join('\n');
}

/** The `id` option of commands that act on one source. */
export const SOURCE_ID_OPTION = {
  name: 'id',
  description: 'The source id (see /greenlight sources)',
  type: 'string',
  required: true,
  positional: true,
} as const;
