/**
 * Safe Slack text. Slack parses `<...>` as links and special mentions (`<!channel>`,
 * `<@U…>`, `<!subteam^…>`), so every piece of text that is not ours goes through
 * `escapeText` and only ids we have checked become mentions.
 */

/** Escapes &, < and > so the text can never ping or link (Slack's documented escaping). */
export function escapeText(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
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
  const label = escapeText(title).replace(/\|/g, '¦');
  if (!/^https?:\/\/[^\s<>|]+$/i.test(url)) return `${label} (${escapeText(url)})`;
  return `<${url.replace(/&/g, '&amp;')}|${label}>`;
}
