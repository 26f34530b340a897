/**
 * Renders a neutral Reply as Block Kit. Long replies are split into pages that each stay
 * within Slack's limits (50 blocks a message, 3,000 characters a text, 10 fields a
 * section, 150 characters a header), so Slack never answers invalid_blocks.
 */
import type { Reply, Severity } from '../../chat/reply.js';
import { cleanOutsideLine } from '../../chat/outside-text.js';
import { escapeLine, escapeText, link, mrkdwnText, truncate } from './mrkdwn.js';

/** A Block Kit block (loosely typed: we only build the kinds below). */
export interface SlackBlock {
  type: string;
  block_id?: string;
  [key: string]: unknown;
}

/** One message: blocks plus the notification / fallback text. */
export interface SlackMessage {
  text: string;
  blocks: SlackBlock[];
}

/** Slack's limits. */
export const LIMITS = { blocks: 50, text: 3000, fieldText: 2000, fields: 10, header: 150, contextElements: 10, buttonValue: 2000 } as const;

/** Blocks reserved on every page for the header, page line, links and buttons. */
const RESERVED = 5;
/** Body blocks on one page. */
export const BODY_BLOCKS_PER_PAGE = LIMITS.blocks - RESERVED;

const ICON: Record<Severity, string> = { info: ':information_source:', success: ':white_check_mark:', warning: ':warning:', error: ':x:' };

// Verbatim: reply text may carry outside text, which must not become mentions or links.
const mrkdwn = mrkdwnText;

/** Splits text into pieces of at most `max` characters, preferring line breaks. */
export function chunkText(text: string, max: number = LIMITS.text): string[] {
  const chunks: string[] = [];
  let rest = text;
  while (rest.length > max) {
    let cut = rest.lastIndexOf('\n', max);
    if (cut < max / 2) cut = max;
    chunks.push(rest.slice(0, cut));
    rest = rest.slice(cut).replace(/^\n/, '');
  }
  if (rest.length) chunks.push(rest);
  return chunks;
}

function textSections(text: string): SlackBlock[] {
  return chunkText(escapeText(text)).map((t) => ({ type: 'section', text: mrkdwn(t) }));
}

function bodyBlocks(reply: Reply): SlackBlock[] {
  const blocks: SlackBlock[] = [];
  if (reply.text) blocks.push(...textSections(reply.text));
  for (const section of reply.sections ?? []) {
    const fields = (section.fields ?? []).map((f) => mrkdwn(truncate(`*${escapeLine(f.label)}*\n${escapeText(f.value)}`, LIMITS.fieldText)));
    const heading = section.heading ? `*${escapeLine(section.heading)}*` : '';
    const texts = chunkText([heading, section.text ? escapeText(section.text) : ''].filter(Boolean).join('\n'));
    texts.forEach((t, i) => {
      const block: SlackBlock = { type: 'section', text: mrkdwn(t) };
      // The first batch of fields goes with the last text piece; more batches follow.
      if (i === texts.length - 1 && fields.length) block.fields = fields.splice(0, LIMITS.fields);
      blocks.push(block);
    });
    while (fields.length) blocks.push({ type: 'section', fields: fields.splice(0, LIMITS.fields) });
  }
  if (reply.table) {
    const { columns, rows } = reply.table;
    for (const row of rows) {
      const [first, ...rest] = row.map((cell) => escapeLine(cell));
      const details = rest.map((cell, i) => (columns[i + 1] ? `${escapeLine(columns[i + 1]!)}: ${cell}` : cell)).join('  ·  ');
      blocks.push({ type: 'section', text: mrkdwn(truncate(`*${first ?? ''}*${details ? `\n${details}` : ''}`, LIMITS.text)) });
    }
  }
  if (reply.choices?.length) {
    blocks.push(...chunkText(`Did you mean:\n${reply.choices.map((c) => `• ${escapeLine(c)}`).join('\n')}`).map((t) => ({ type: 'section', text: mrkdwn(t) })));
  }
  if (reply.file) {
    const shown = truncate(reply.file.content, LIMITS.text - 200);
    const note =
      shown.length < reply.file.content.length
        ? ` (first ${shown.length.toLocaleString('en-US')} of ${reply.file.content.length.toLocaleString('en-US')} characters; the shell can write the whole file)`
        : '';
    blocks.push({ type: 'section', text: mrkdwn(`*${escapeLine(reply.file.name)}*${note}\n\`\`\`${escapeText(shown)}\`\`\``) });
  }
  return blocks;
}

function linkBlocks(reply: Reply): SlackBlock[] {
  if (!reply.links?.length) return [];
  const text = `Evidence: ${reply.links.map((l) => link(l.url, l.title)).join('  ·  ')}`;
  return [{ type: 'context', elements: [mrkdwn(truncate(text, LIMITS.text))] }];
}

/** The plain notification text for a reply (escaped, short). */
export function fallbackText(reply: Reply): string {
  return truncate(reply.text ? `${escapeLine(reply.title)}: ${escapeText(reply.text)}` : escapeLine(reply.title), LIMITS.text);
}

/** The header block of a reply, with its severity icon. */
export function headerBlock(reply: Reply, suffix = ''): SlackBlock {
  // Header blocks are plain_text (never parsed for mentions); angle brackets are still
  // swapped for look-alikes so that no copy of the text can ever carry a live <!channel>.
  const title = cleanOutsideLine(reply.title).replace(/</g, '‹').replace(/>/g, '›');
  return {
    type: 'header',
    text: { type: 'plain_text', text: truncate(`${ICON[reply.severity]} ${title}`, LIMITS.header - suffix.length) + suffix, emoji: true },
  };
}

/**
 * Renders a reply as one or more pages. Every page has a header; links go on the last
 * page; callers may append one actions block per page (room for it is reserved).
 */
export function renderPages(reply: Reply): SlackMessage[] {
  // Replies are immutable once made, and some (the status overview) are reused until the
  // ledger changes: render each reply object once.
  let pages = rendered.get(reply);
  if (!pages) {
    pages = renderFresh(reply);
    rendered.set(reply, pages);
  }
  return pages;
}

const rendered = new WeakMap<Reply, SlackMessage[]>();

function renderFresh(reply: Reply): SlackMessage[] {
  const body = bodyBlocks(reply);
  const pageCount = Math.max(1, Math.ceil(body.length / BODY_BLOCKS_PER_PAGE));
  const text = fallbackText(reply);
  const pages: SlackMessage[] = [];
  for (let p = 0; p < pageCount; p++) {
    const suffix = pageCount > 1 ? ` (${p + 1}/${pageCount})` : '';
    const blocks = [headerBlock(reply, suffix), ...body.slice(p * BODY_BLOCKS_PER_PAGE, (p + 1) * BODY_BLOCKS_PER_PAGE)];
    if (p === pageCount - 1) blocks.push(...linkBlocks(reply));
    pages.push({ text, blocks });
  }
  return pages;
}

/** All user-visible text in blocks, joined (for logs and tests). */
export function visibleText(blocks: readonly SlackBlock[]): string {
  const out: string[] = [];
  const walk = (value: unknown): void => {
    if (Array.isArray(value)) value.forEach(walk);
    else if (value && typeof value === 'object') {
      const o = value as Record<string, unknown>;
      if ((o.type === 'mrkdwn' || o.type === 'plain_text') && typeof o.text === 'string') out.push(o.text);
      else Object.values(o).forEach(walk);
    }
  };
  walk(blocks);
  return out.join('\n');
}
