/** The source watcher as commands see it; src/sources implements it. */

/** A source's health as shown to users. */
export interface SourceView {
  id: string;
  name: string;
  kind: string;
  url?: string;
  schedule: string;
  tier: string;
  mode: string;
  health: 'new' | 'healthy' | 'failing' | 'unhealthy' | 'paused';
  lastSuccessAt?: string;
  lastError?: string;
  nextRunAt?: string;
  consecutiveFailures: number;
  itemsSeen: number;
  /** Webhook sources: the environment variable that holds the shared secret (its name, never the value). */
  secretEnv?: string;
  /** Why it is paused, when it is. */
  pausedReason?: string;
}

/** What a dry run of a source would do. */
export interface SourceTestResult {
  summary: string;
  items: { title: string; link?: string; outcome: string }[];
  /** Set when the fetch or parse failed (the summary says so too). */
  error?: string;
}

/** The service from the command context, or a clear error reply when this deployment has none. */
export const NO_SOURCE_SERVICE = 'Source watching is not running in this Greenlight (no source service was started). Nothing was changed.';

/** Adding, pausing and testing sources at run time. */
export interface SourceService {
  list(): SourceView[];
  add(input: { id: string; kind: string; url: string; schedule?: string; tier?: string; mode?: string; name?: string; allowLocal?: boolean }): Promise<SourceView>;
  pause(id: string): Promise<SourceView>;
  resume(id: string): Promise<SourceView>;
  remove(id: string): Promise<void>;
  /** Shows what the next poll would produce without storing or sending anything. */
  test(id: string): Promise<SourceTestResult>;
  /** Polls now (admins; also used by tests). */
  pollNow(id: string): Promise<SourceView>;
}

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
  ].filter(Boolean).join('\n');
}

/** The `id` option of commands that act on one source. */
export const SOURCE_ID_OPTION = { name: 'id', description: 'The source id (see /greenlight sources)', type: 'string', required: true, positional: true } as const;
