/**
 * Keeps multi-page replies for a while so that Previous/Next buttons can flip through them.
 * In memory: after a restart, old buttons answer that the list expired.
 */
import { randomBytes } from 'node:crypto';
import { ButtonStyle, ComponentType, type APIActionRowComponent, type APIButtonComponent, type APIEmbed } from 'discord.js';

/** Custom id prefix of page buttons: `gl:page:<key>:<index>`. */
export const PAGE_PREFIX = 'gl:page:';

/** A stored reply with its pages. */
interface Stored {
  pages: APIEmbed[];
  expiresAt: number;
}

/** Multi-page replies by key, dropped after `ttlMs` (interaction tokens live 15 minutes). */
export class PageStore {
  private readonly entries = new Map<string, Stored>();

  constructor(private readonly ttlMs = 15 * 60_000, private readonly max = 500) {}

  /** Stores pages and returns their key. */
  put(pages: APIEmbed[]): string {
    this.sweep();
    const key = randomBytes(6).toString('hex');
    this.entries.set(key, { pages, expiresAt: Date.now() + this.ttlMs });
    // Oldest first in a Map: drop the oldest when full so memory stays bounded.
    while (this.entries.size > this.max) this.entries.delete(this.entries.keys().next().value!);
    return key;
  }

  /** The pages for a key, or undefined when expired or unknown. */
  get(key: string): APIEmbed[] | undefined {
    const entry = this.entries.get(key);
    if (!entry || entry.expiresAt < Date.now()) return undefined;
    return entry.pages;
  }

  private sweep(): void {
    const now = Date.now();
    for (const [key, entry] of this.entries) if (entry.expiresAt < now) this.entries.delete(key);
  }
}

/** Parses a page button's custom id. */
export function parsePageId(customId: string): { key: string; index: number } | null {
  const m = /^gl:page:([0-9a-f]+):(\d+)$/.exec(customId);
  return m ? { key: m[1]!, index: Number(m[2]) } : null;
}

/** The Previous / "i of n" / Next row for a page. */
export function pageButtons(key: string, index: number, total: number): APIActionRowComponent<APIButtonComponent>[] {
  if (total <= 1) return [];
  const button = (label: string, target: number, disabled: boolean, id?: string): APIButtonComponent => ({
    type: ComponentType.Button,
    style: ButtonStyle.Secondary,
    label,
    custom_id: id ?? `${PAGE_PREFIX}${key}:${target}`,
    disabled,
  });
  return [{
    type: ComponentType.ActionRow,
    components: [
      button('◀ Previous', index - 1, index === 0),
      // Custom ids must be unique in a message; this one is a label only.
      button(`${index + 1} of ${total}`, index, true, `gl:pageinfo:${key}`),
      button('Next ▶', index + 1, index >= total - 1),
    ],
  }];
}
