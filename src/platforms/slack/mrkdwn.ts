/**
 * Safe Slack text. Slack parses `<...>` as links and special mentions (`<!channel>`,
 * `<@U…>`, `<!subteam^…>`), and, in mrkdwn objects not marked `verbatim`, plain `@here`,
 * `@channel` and `@everyone` too. So every piece of text that is not ours goes through
 * `escapeText` (or `escapeLine` for labels), every mrkdwn object is sent verbatim, and
 * only ids we have checked become mentions.
 */
import { cleanOutsideText, type OutsideTextMode } from '../../chat/outside-text.js';

/**
 * Outside text made inert: invisible and direction-changing characters removed, `@here`
 * and friends broken with a zero-width joiner (as on Discord and the shell), and &, < and >
 * escaped (Slack's documented escaping) so the text can never ping or link.
 */
export function escapeText(text: string, mode: OutsideTextMode = 'block'): string {
  return cleanOutsideText(text, mode).replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

/** escapeText for a label, heading or cell: one line. */
export function escapeLine(text: string): string {
  return escapeText(text, 'line');
}

/** A mrkdwn text object. `verbatim` stops Slack from turning plain `@here` or names into mentions and links. */
export function mrkdwnText(text: string): { type: 'mrkdwn'; text: string; verbatim: true } {
  return { type: 'mrkdwn', text, verbatim: true };
}

/** Cuts text to at most `max` characters, ending in an ellipsis when cut. */
export function truncate(text: string, max: number): string {
  return text.length <= max ? text : `${text.slice(0, Math.max(0, max - 1))}…`;
}

const USER_ID = /^[UW][A-Z0-9]+$/;
const GROUP_ID = /^S[A-Z0-9]+$/;

/** `<@U…>` for a well-formed user id; anything else is dropped (it could be an injection). */
export function userMention(id: string): string | undefined {
  return USER_ID.test(id) ? `<@${id}>` : undefined;
}

/** `<!subteam^S…>` for a well-formed user group id. */
export function groupMention(id: string): string | undefined {
  return GROUP_ID.test(id) ? `<!subteam^${id}>` : undefined;
}

/** A mrkdwn link with an escaped label; only http(s) URLs become links. */
export function link(url: string, title: string): string {
  const label = escapeLine(title).replace(/\|/g, '¦');
  if (!/^https?:\/\/[^\s<>|]+$/i.test(url)) return `${label} (${escapeLine(url)})`;
  return `<${url.replace(/&/g, '&amp;')}|${label}>`;
}
