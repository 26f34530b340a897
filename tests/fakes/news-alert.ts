/** A minimal news alert for outbox tests: channel `test/c`, subscription `sub-1`, titled with its id. */
import type { Alert } from '../../src/chat/alert.js';

/** An alert with this id, and any fields `extra` overrides. */
export function newsAlert(id: string, extra: Partial<Alert> = {}): Alert {
  return {
    id,
    channel: { platform: 'test', id: 'c' },
    subscriptionId: 'sub-1',
    kind: 'news',
    content: { severity: 'info', title: id },
    mentions: { roles: [], users: [], groups: [] },
    createdAt: '2026-02-01T00:00:00Z',
    ...extra,
  };
}
