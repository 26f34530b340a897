/**
 * Keeps rendered pages of recent replies for a while, so that the "More" and "Share in
 * channel" buttons can show them without running the command again (button values are
 * short keys, never the content).
 */
import { randomBytes } from 'node:crypto';
import type { SlackMessage } from './blocks.js';

/** A reply remembered for its buttons. */
export interface StoredReply {
  pages: SlackMessage[];
  shareable: boolean;
}

/** A bounded, expiring store of replies. */
export class ReplyStore {
  private readonly entries = new Map<string, { reply: StoredReply; until: number }>();
  // Keys need only be unique: button values come back inside Slack-signed payloads. A random
  // prefix per process keeps keys from an earlier run from matching new replies.
  private readonly prefix = randomBytes(6).toString('base64url');
  private counter = 0;

  constructor(private readonly ttlMs = 30 * 60_000, private readonly max = 500, private readonly now: () => number = Date.now) {}

  /** Stores a reply; returns its key. */
  put(reply: StoredReply): string {
    const key = `${this.prefix}${(++this.counter).toString(36)}`;
    this.entries.set(key, { reply, until: this.now() + this.ttlMs });
    while (this.entries.size > this.max) this.entries.delete(this.entries.keys().next().value!);
    return key;
  }

  /** The reply, or undefined once it expired. */
  get(key: string): StoredReply | undefined {
    const entry = this.entries.get(key);
    if (!entry) return undefined;
    if (entry.until < this.now()) {
      this.entries.delete(key);
      return undefined;
    }
    return entry.reply;
  }
}
