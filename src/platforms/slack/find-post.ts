/**
 * Finds an alert Greenlight may already have posted. Every alert post carries message
 * metadata with its alert id; when an earlier attempt's answer was lost (timeout, reset,
 * 5xx) or the process died mid-send, the channel (or the living card's thread) is read
 * back from shortly before that attempt, and a post with the id counts as sent.
 */
import type { WebClient } from '@slack/web-api';

/** The metadata event type on every alert post. */
export const ALERT_EVENT_TYPE = 'greenlight_alert';

/** Message metadata naming the alert, for chat.postMessage. */
export function alertMetadata(alertId: string): { event_type: string; event_payload: { alert_id: string } } {
  return { event_type: ALERT_EVENT_TYPE, event_payload: { alert_id: alertId } };
}

/** How far to look. */
export interface FindPostOptions {
  /** Messages read a page. */
  pageSize?: number;
  /** Pages read at most (a busy channel since the first attempt). */
  maxPages?: number;
  /** Read from this long before the first attempt (clocks differ). */
  skewMs?: number;
}

interface HistoryPage {
  messages?: { ts?: string; metadata?: { event_type?: string; event_payload?: Record<string, unknown> } }[];
  response_metadata?: { next_cursor?: string };
  has_more?: boolean;
}

/**
 * The ts of the post carrying `alertId` in `channel` (or in the thread `threadTs`), posted
 * since `since`; undefined when there is none. `call` runs each API call (pacing, joins and
 * rate limits are the caller's).
 */
export async function findAlertPost(
  client: WebClient,
  call: <T>(fn: () => Promise<T>) => Promise<T | undefined>,
  where: { channel: string; threadTs?: string; alertId: string; since: Date },
  options: FindPostOptions = {},
): Promise<string | undefined> {
  const pageSize = options.pageSize ?? 200;
  const maxPages = options.maxPages ?? 10;
  const oldest = (Math.max(0, where.since.getTime() - (options.skewMs ?? 60_000)) / 1000).toFixed(6);
  let cursor: string | undefined;
  for (let page = 0; page < maxPages; page++) {
    const args = { channel: where.channel, oldest, limit: pageSize, include_all_metadata: true, ...(cursor ? { cursor } : {}) };
    const res = (await call(() => (where.threadTs ? client.conversations.replies({ ...args, ts: where.threadTs }) : client.conversations.history(args)))) as
      HistoryPage | undefined;
    for (const m of res?.messages ?? []) {
      if (m.metadata?.event_type === ALERT_EVENT_TYPE && m.metadata.event_payload?.alert_id === where.alertId && m.ts) return m.ts;
    }
    cursor = res?.response_metadata?.next_cursor || undefined;
    if (!cursor) return undefined;
  }
  return undefined;
}
