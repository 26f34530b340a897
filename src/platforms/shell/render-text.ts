/** Renders a neutral Reply as plain text for a terminal. */
import type { Reply } from '../../../commands/lib/types.js';

const ICON = { info: 'ℹ', success: '✔', warning: '⚠', error: '✖' } as const;

function table(columns: string[], rows: string[][]): string {
  const widths = columns.map((c, i) => Math.min(48, Math.max(c.length, ...rows.map((r) => (r[i] ?? '').length))));
  const cell = (text: string, i: number) => (text.length > widths[i]! ? text.slice(0, widths[i]! - 1) + '…' : text.padEnd(widths[i]!));
  const line = (r: string[]) => r.map(cell).join('  ').trimEnd();
  return [line(columns), widths.map((w) => '─'.repeat(w)).join('  '), ...rows.map(line)].join('\n');
}

/** Removes terminal control sequences, so text from feeds cannot rewrite the screen. */
export function stripControls(text: string): string {
  // eslint-disable-next-line no-control-regex
  return text.replace(/\x1b\[[0-9;?]*[ -/]*[@-~]|\x1b\][^\x07\x1b]*(?:\x07|\x1b\\)?|[\x00-\x08\x0b-\x1f\x7f\x9b]/g, '');
}

/** Plain text for a reply: title, text, sections, table, choices, links, attached file. */
export function renderText(reply: Reply): string {
  const out: string[] = [`${ICON[reply.severity]} ${reply.title}`];
  if (reply.text) out.push(reply.text);
  for (const section of reply.sections ?? []) {
    const lines: string[] = [];
    if (section.heading) lines.push(`— ${section.heading}`);
    if (section.text) lines.push(section.text);
    for (const f of section.fields ?? []) lines.push(`  ${f.label}: ${f.value.replaceAll('\n', '\n    ').replaceAll('`', '')}`);
    out.push(lines.join('\n'));
  }
  if (reply.table) out.push(table(reply.table.columns, reply.table.rows));
  if (reply.choices?.length) out.push(reply.choices.map((c) => `  • ${c}`).join('\n'));
  if (reply.links?.length) out.push(`Evidence:\n${reply.links.map((l) => `  • ${l.title} <${l.url}>`).join('\n')}`);
  if (reply.file) out.push(`--- ${reply.file.name} ---\n${reply.file.content}`);
  return stripControls(out.join('\n')) + '\n';
}
