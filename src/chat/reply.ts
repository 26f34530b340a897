/**
 * The platform-neutral reply model: what a command answers and what an alert shows, before
 * any platform renders it (Block Kit on Slack, embeds on Discord, plain text in the shell).
 */

/** A labelled value inside a reply section. */
export interface ReplyField {
  label: string;
  value: string;
  inline?: boolean;
}

/** A block of a reply: a heading with text and/or fields. */
export interface ReplySection {
  heading?: string;
  text?: string;
  fields?: ReplyField[];
}

/** How a reply should look: platforms map this to colours and icons. */
export type Severity = 'info' | 'success' | 'warning' | 'error';

/** What a command answers, before any platform renders it. */
export interface Reply {
  severity: Severity;
  title: string;
  text?: string;
  sections?: ReplySection[];
  table?: { columns: string[]; rows: string[][] };
  /** Evidence and other links. */
  links?: { title: string; url: string }[];
  /** For ambiguous input: the candidates. */
  choices?: string[];
  /**
   * A document to attach (e.g. an export): Slack uploads it, Discord attaches it, the shell
   * saves it under the data folder and prints its path (see attachment.ts).
   */
  file?: { name: string; content: string; mimeType?: string };
  /** Shown only to the person who asked. Errors are always private. */
  private?: boolean;
}

/** A private error reply (errors are never shown to the whole channel). */
export function errorReply(title: string, text: string, choices?: string[]): Reply {
  return { severity: 'error', title, text, private: true, ...(choices?.length ? { choices } : {}) };
}
