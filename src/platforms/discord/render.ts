/**
 * Renders a neutral Reply as Discord embeds within Discord's limits: a reply that does
 * not fit one embed becomes several pages (one embed each) instead of being cut off.
 */
import type { APIEmbed, APIEmbedField } from 'discord.js';
import type { Reply, Severity } from '../../chat/reply.js';
import { cleanOutsideText, type OutsideTextMode } from '../../chat/outside-text.js';
import { columnWidth, wrapRow } from '../../chat/wrap-cell.js';
import { escapeCodeBlock, escapeDiscordText, escapeLinkLabel, safeLinkUrl } from './escape.js';

/** Discord's limits (https://discord.com/developers/docs/resources/message#embed-object-embed-limits). */
export const LIMITS = {
  title: 256,
  description: 4096,
  fields: 25,
  fieldName: 256,
  fieldValue: 1024,
  embedTotal: 6000,
  embedsPerMessage: 10,
  content: 2000,
  footer: 2048,
} as const;

// Room left for the "Page i of n" footer and a safety margin.
const PAGE_BUDGET = LIMITS.embedTotal - 200;
const DESCRIPTION_CHUNK = 4000;
const VALUE_CHUNK = 1000;

/** Embed colour per severity. */
export const SEVERITY_COLOURS: Record<Severity, number> = {
  info: 0x3b82f6,
  success: 0x22c55e,
  warning: 0xf59e0b,
  error: 0xef4444,
};

/** Rendering options. */
export interface RenderOptions {
  /** Escape all text (alerts: their text comes from outside sources). */
  untrusted?: boolean;
}

// A quota bar such as `██████░░░░ 60%` is ours, not a source's: keep it monospace.
const QUOTA_BAR = /^`[█░]+ (\d+%|n\/a)`$/;

function clip(text: string, max: number): string {
  return text.length <= max ? text : `${text.slice(0, max - 1)}…`;
}

/** Splits text into chunks of at most `max` characters, at line breaks where possible. */
export function splitText(text: string, max: number): string[] {
  const chunks: string[] = [];
  let rest = text;
  while (rest.length > max) {
    let cut = rest.lastIndexOf('\n', max);
    if (cut < max / 2) cut = rest.lastIndexOf(' ', max);
    if (cut < max / 2) cut = max;
    chunks.push(rest.slice(0, cut));
    rest = rest.slice(cut).replace(/^\n/, '');
  }
  if (rest.length || chunks.length === 0) chunks.push(rest);
  return chunks;
}

function fieldSize(f: APIEmbedField): number {
  return f.name.length + f.value.length;
}

/** Fields that should stay on one page where they fit. */
type Unit = APIEmbedField[];

function textFields(name: string, text: string, inline = false): APIEmbedField[] {
  return splitText(text || '\u200b', VALUE_CHUNK).map((value, i) => ({
    name: clip(i === 0 ? name : `${name} (continued)`, LIMITS.fieldName),
    value: value || '\u200b',
    inline,
  }));
}

// A cell wider than this continues on the next line of its column (between words), so a
// table stays readable in an embed; a word gets up to MAX_WORD before it is broken.
const MAX_CELL = 28;
const MAX_WORD = 40;

function tableUnits(columns: string[], rows: string[][], esc: (s: string) => string): Unit[] {
  const clean = (s: string) => escapeCodeBlock(s ?? '', 'line');
  const all = [columns.map(clean), ...rows.map((r) => r.map(clean))];
  const widths = columns.map((_, i) =>
    columnWidth(
      all.map((r) => r[i] ?? ''),
      MAX_CELL,
      MAX_WORD,
    ),
  );
  const header = wrapRow(all[0]!, widths).join('\n');
  const room = VALUE_CHUNK - header.length - 10;
  const units: Unit[] = [];
  let chunk: string[] = [];
  const flush = () => {
    if (!chunk.length) return;
    const value = `\`\`\`\n${[header, ...chunk].join('\n')}\n\`\`\``;
    units.push([{ name: units.length === 0 ? esc('Table') : esc('Table (continued)'), value, inline: false }]);
    chunk = [];
  };
  for (const row of all.slice(1)) {
    // A row stays in one field where it fits; a row taller than a whole field is split between its lines.
    for (const lines of splitLines(wrapRow(row, widths), room)) {
      const text = lines.join('\n');
      if ([header, ...chunk, text].join('\n').length + 8 > VALUE_CHUNK) flush();
      chunk.push(text);
    }
  }
  flush();
  return units;
}

/** Groups lines into runs of at most `max` characters (joined by newlines); a longer single line is clipped. */
function splitLines(lines: string[], max: number): string[][] {
  const runs: string[][] = [];
  let run: string[] = [];
  let size = 0;
  for (const l of lines.map((x) => clip(x, max))) {
    if (run.length && size + 1 + l.length > max) {
      runs.push(run);
      run = [];
      size = 0;
    }
    run.push(l);
    size += (run.length > 1 ? 1 : 0) + l.length;
  }
  if (run.length) runs.push(run);
  return runs;
}

function listUnits(name: string, lines: string[]): Unit[] {
  if (!lines.length) return [];
  return [textFields(name, lines.join('\n'))];
}

/**
 * Renders a reply as pages of one embed each. Every page is within Discord's limits;
 * nothing is cut except names longer than their own limit (table cells wrap between words).
 */
export function renderReplyPages(reply: Reply, options: RenderOptions = {}): APIEmbed[] {
  // Command replies are immutable and some are reused until the ledger changes (the status
  // overview): render each one once. Alerts (with options) are rendered fresh.
  if (options.untrusted) return renderFresh(reply, options);
  let pages = rendered.get(reply);
  if (!pages) {
    pages = renderFresh(reply, options);
    rendered.set(reply, pages);
  }
  return pages;
}

const rendered = new WeakMap<Reply, APIEmbed[]>();

function renderFresh(reply: Reply, options: RenderOptions): APIEmbed[] {
  // Command replies keep their markdown, but any text in them may have come from outside:
  // invisible and direction-changing characters go everywhere.
  const esc = (s: string, mode: OutsideTextMode = 'block') => (options.untrusted ? escapeDiscordText(s, mode) : cleanOutsideText(s, mode));
  const line = (s: string) => esc(s, 'line');
  const escValue = (s: string) => (options.untrusted && QUOTA_BAR.test(s) ? s : esc(s));
  const units: Unit[] = [];
  for (const section of reply.sections ?? []) {
    const unit: Unit = [];
    if (section.heading || section.text)
      unit.push(...textFields(section.heading ? `▸ ${line(section.heading)}` : '\u200b', section.text ? esc(section.text) : '\u200b'));
    for (const f of section.fields ?? []) unit.push(...textFields(line(f.label) || '\u200b', escValue(f.value) || '\u200b', f.inline ?? false));
    units.push(unit);
  }
  if (reply.table) units.push(...tableUnits(reply.table.columns, reply.table.rows, line));
  const links = (reply.links ?? []).flatMap((l) => {
    const url = safeLinkUrl(l.url);
    const label = escapeLinkLabel(clip(l.title, 200));
    return url ? [`• [${label}](${url})`] : [`• ${label}`];
  });
  units.push(...listUnits('Evidence', links));
  units.push(
    ...listUnits(
      'Choose one',
      (reply.choices ?? []).map((c) => `• ${line(c)}`),
    ),
  );
  if (reply.file) units.push([{ name: 'Attachment', value: line(reply.file.name), inline: false }]);

  const title = clip(line(reply.title), LIMITS.title);
  const colour = SEVERITY_COLOURS[reply.severity];
  const descriptions = reply.text ? splitText(esc(reply.text), DESCRIPTION_CHUNK) : [];
  const pages: { description?: string; fields: APIEmbedField[]; size: number }[] = [];
  const newPage = (description?: string) => {
    const page = { ...(description ? { description } : {}), fields: [] as APIEmbedField[], size: title.length + (description?.length ?? 0) };
    pages.push(page);
    return page;
  };
  let page = newPage(descriptions[0]);
  for (const d of descriptions.slice(1)) page = newPage(d);
  const fits = (fields: APIEmbedField[]) =>
    page.fields.length + fields.length <= LIMITS.fields && page.size + fields.reduce((n, f) => n + fieldSize(f), 0) <= PAGE_BUDGET;
  for (const unit of units) {
    if (!fits(unit) && (page.fields.length || page.description)) page = newPage();
    for (const field of unit) {
      if (!fits([field])) page = newPage();
      page.fields.push(field);
      page.size += fieldSize(field);
    }
  }
  return pages.map((p, i) => ({
    title,
    color: colour,
    ...(p.description ? { description: p.description } : {}),
    ...(p.fields.length ? { fields: p.fields } : {}),
    ...(pages.length > 1 ? { footer: { text: `Page ${i + 1} of ${pages.length}` } } : {}),
  }));
}

/** Total characters Discord counts against an embed's 6,000 limit. */
export function embedSize(embed: APIEmbed): number {
  return (
    (embed.title?.length ?? 0) +
    (embed.description?.length ?? 0) +
    (embed.footer?.text.length ?? 0) +
    (embed.author?.name.length ?? 0) +
    (embed.fields ?? []).reduce((n, f) => n + fieldSize(f), 0)
  );
}

/**
 * Groups pages into messages of up to ten embeds and 6,000 characters (for alerts, which
 * have no buttons to page with).
 */
export function packEmbeds(pages: APIEmbed[]): APIEmbed[][] {
  const messages: APIEmbed[][] = [];
  let current: APIEmbed[] = [];
  let size = 0;
  for (const embed of pages) {
    const n = embedSize(embed);
    if (current.length && (current.length >= LIMITS.embedsPerMessage || size + n > LIMITS.embedTotal)) {
      messages.push(current);
      current = [];
      size = 0;
    }
    current.push(embed);
    size += n;
  }
  if (current.length) messages.push(current);
  return messages;
}
