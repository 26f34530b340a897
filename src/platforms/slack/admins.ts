/**
 * Decides per invocation whether a Slack user is a Greenlight admin: listed user ids,
 * members of listed user groups, and (when configured) workspace admins and owners.
 * Lookups are cached briefly so that a burst of commands costs one API call.
 */
import type { WebClient } from '@slack/web-api';
import type { SlackAdmins } from '../../../config/slack-config.js';
import { type Awaitable, isPromiseLike } from '../../chat/awaitable.js';
import type { Logger } from '../../core/ports.js';

/** How long group members and users.info answers are trusted. */
export const ADMIN_CACHE_MS = 60_000;

interface Cached<T> {
  value: Promise<T>;
  /** The answer once it arrived, so that later commands can use it without waiting. */
  settled?: { value: T };
  until: number;
}

/** Resolves admin status for Slack users. */
export class SlackAdminResolver {
  private readonly groups = new Map<string, Cached<Set<string>>>();
  private readonly users = new Map<string, Cached<boolean>>();

  constructor(
    private readonly client: WebClient,
    private readonly admins: SlackAdmins,
    private readonly logger: Logger,
    private readonly now: () => number = Date.now,
  ) {}

  /**
   * True when the user may run admin commands. Lookup failures count as "not admin".
   * Synchronous when the config or a cached lookup decides, so that a query can be
   * answered in Slack's ack without waiting a turn.
   */
  isAdmin(userId: string): Awaitable<boolean> {
    if (this.admins.users.includes(userId)) return true;
    return this.inGroups(userId, 0);
  }

  private inGroups(userId: string, from: number): Awaitable<boolean> {
    for (let i = from; i < this.admins.groups.length; i++) {
      const members = this.members(this.admins.groups[i]!);
      if (isPromiseLike(members)) return members.then((m) => m.has(userId) || this.inGroups(userId, i + 1));
      if (members.has(userId)) return true;
    }
    return this.admins.workspaceAdmins ? this.workspaceAdmin(userId) : false;
  }

  private cached<T>(map: Map<string, Cached<T>>, key: string, load: () => Promise<T>, fallback: T): Awaitable<T> {
    const hit = map.get(key);
    if (hit && hit.until > this.now()) return hit.settled ? hit.settled.value : hit.value;
    const entry = { until: this.now() + ADMIN_CACHE_MS } as Cached<T>;
    entry.value = load().then(
      (value) => {
        entry.settled = { value };
        return value;
      },
      (err: unknown) => {
        // Do not cache a failure: the next command tries again.
        if (map.get(key) === entry) map.delete(key);
        this.logger.warn({ err: describe(err), key }, 'slack admin lookup failed; treating the user as not an admin');
        return fallback;
      },
    );
    map.set(key, entry);
    return entry.value;
  }

  private members(group: string): Awaitable<Set<string>> {
    return this.cached(
      this.groups,
      group,
      async () => {
        const res = await this.client.usergroups.users.list({ usergroup: group });
        return new Set(res.users ?? []);
      },
      new Set<string>(),
    );
  }

  private workspaceAdmin(userId: string): Awaitable<boolean> {
    return this.cached(
      this.users,
      userId,
      async () => {
        const res = await this.client.users.info({ user: userId });
        const u = res.user;
        return Boolean(u?.is_admin || u?.is_owner || u?.is_primary_owner);
      },
      false,
    );
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
