/**
 * Makes text from outside sources inert in Discord: no markdown, no masked links, no
 * mentions, no invisible or direction-changing characters. allowed_mentions already stops
 * pings; this also stops them looking like pings.
 */
import { cleanOutsideText, type OutsideTextMode } from '../../chat/outside-text.js';

// Discord's markdown treats a backslash before any ASCII punctuation as an escape.
const MARKDOWN = /[\\*_~`|[\]()<>@]/g;
// Headings, lists and block quotes only count at the start of a line.
const LINE_START = /^(\s*)([#\-+>])/gm;

/**
 * Escapes markdown and mention syntax so the text shows exactly as written. First the
 * shared clean-up for outside text: invisible characters go, and `@everyone`/`@here` get
 * a zero-width joiner after the `@` (belt and braces if the escapes are ever lost).
 */
export function escapeDiscordText(text: string, mode: OutsideTextMode = 'block'): string {
  return cleanOutsideText(text, mode)
    .replace(MARKDOWN, (ch) => `\\${ch}`)
    .replace(LINE_START, (_m, space: string, ch: string) => `${space}\\${ch}`);
}

/** Text inside a code block: only a closing fence could escape it. */
export function escapeCodeBlock(text: string, mode: OutsideTextMode = 'block'): string {
  return cleanOutsideText(text, mode).replace(/`/g, 'ˋ');
}

/** Text for a masked link's label: brackets would end the label early. */
export function escapeLinkLabel(text: string): string {
  return escapeDiscordText(text, 'line');
}

/** A URL safe to put in a masked link, or null when it is not http(s). */
export function safeLinkUrl(url: string): string | null {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return null;
  }
  if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:') return null;
  // Parentheses and spaces would end the link target early.
  return parsed.toString().replace(/\(/g, '%28').replace(/\)/g, '%29').replace(/ /g, '%20');
}
