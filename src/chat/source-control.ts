/** Source watching as commands see it; src/sources implements it (SourceWatcher). */

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

/** Adding, pausing and testing sources at run time. */
export interface SourceControl {
  list(): SourceView[];
  add(input: {
    id: string;
    kind: string;
    url: string;
    schedule?: string;
    tier?: string;
    mode?: string;
    name?: string;
    allowLocal?: boolean;
  }): Promise<SourceView>;
  pause(id: string): Promise<SourceView>;
  resume(id: string): Promise<SourceView>;
  remove(id: string): Promise<void>;
  /** Shows what the next poll would produce without storing or sending anything. */
  test(id: string): Promise<SourceTestResult>;
  /** Polls now (admins; also used by tests). */
  pollNow(id: string): Promise<SourceView>;
}
