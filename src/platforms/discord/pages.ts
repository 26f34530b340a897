/**
 * Previous/Next buttons that flip through a multi-page reply kept in the shared
 * ExpiringCache (src/chat). In memory: after a restart, old buttons answer that the list expired.
 */
import { ButtonStyle, ComponentType, type APIActionRowComponent, type APIButtonComponent } from 'discord.js';

/** Custom id prefix of page buttons: `gl:page:<key>:<index>`. */
export const PAGE_PREFIX = 'gl:page:';

/** How long page buttons work (interaction tokens live 15 minutes). */
export const PAGES_TTL_MS = 15 * 60_000;

/** Parses a page button's custom id. */
export function parsePageId(customId: string): { key: string; index: number } | null {
  const m = /^gl:page:([\w-]+):(\d+)$/.exec(customId);
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
  return [
    {
      type: ComponentType.ActionRow,
      components: [
        button('◀ Previous', index - 1, index === 0),
        // Custom ids must be unique in a message; this one is a label only.
        button(`${index + 1} of ${total}`, index, true, `gl:pageinfo:${key}`),
        button('Next ▶', index + 1, index >= total - 1),
      ],
    },
  ];
}
