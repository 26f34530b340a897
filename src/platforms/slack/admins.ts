/**
 * Decides per invocation whether a Slack user is a Greenlight admin: listed user ids,
 * members of listed user groups, and (when configured) workspace admins and owners.
 * Lookups are cached briefly so that a burst of commands costs one API call.
 */
import type { WebClient } from '@slack/web-api';
import type { SlackAdmins } from '../../../config/slack-config.js';
import type { Logger } from '../../core/ports.js';

/** How long group members and users.info answers are trusted. */
export const ADMIN_CACHE_MS = 60_000;

interface Cached<T> {
  value: T;
  until: number;
}

/** Resolves admin status for Slack users. */
export class SlackAdminResolver {
  private readonly groups = new Map<string, Cached<Promise<Set<string>>>>();
  private readonly users = new Map<string, Cached<Promise<boolean>>>();

  constructor(
    private readonly client: WebClient,
    private readonly admins: SlackAdmins,
    private readonly logger: Logger,
    private readonly now: () => number = Date.now,
  ) {}

  /** True when the user may run admin commands. Lookup failures count as "not admin". */
  async isAdmin(userId: string): Promise<boolean> {
    if (this.admins.users.includes(userId)) return true;
    for (const group of this.admins.groups) {
      if ((await this.members(group)).has(userId)) return true;
    }
    if (this.admins.workspaceAdmins) return this.workspaceAdmin(userId);
    return false;
  }

  private cached<T>(map: Map<string, Cached<Promise<T>>>, key: string, load: () => Promise<T>, fallback: T): Promise<T> {
    const hit = map.get(key);
    if (hit && hit.until > this.now()) return hit.value;
    const value = load().catch((err: unknown) => {
      // Do not cache a failure: the next command tries again.
      map.delete(key);
      this.logger.warn({ err: describe(err), key }, 'slack admin lookup failed; treating the user as not an admin');
      return fallback;
    });
    map.set(key, { value, until: this.now() + ADMIN_CACHE_MS });
    return value;
  }

  private members(group: string): Promise<Set<string>> {
    return this.cached(this.groups, group, async () => {
      const res = await this.client.usergroups.users.list({ usergroup: group });
      return new Set(res.users ?? []);
    }, new Set<string>());
  }

  private workspaceAdmin(userId: string): Promise<boolean> {
    return this.cached(this.users, userId, async () => {
      const res = await this.client.users.info({ user: userId });
      const u = res.user;
      return Boolean(u?.is_admin || u?.is_owner || u?.is_primary_owner);
    }, false);
  }
}

/** A loggable description of a Web API error without request bodies (which hold tokens). */
export function describe(err: unknown): string {
  if (err && typeof err === 'object') {
    const e = err as { code?: string; data?: { error?: string }; statusCode?: number; message?: string };
    return [e.code, e.data?.error, e.statusCode, e.message].filter((x) => x !== undefined).join(' ');
  }
  return String(err);
}
