/** Renders a neutral Reply as plain text for a terminal. */
import type { Reply } from '../../chat/reply.js';
import { cleanOutsideText, type OutsideTextMode } from '../../chat/outside-text.js';
import { wrapRow } from '../../chat/wrap-cell.js';

const ICON = { info: 'ℹ', success: '✔', warning: '⚠', error: '✖' } as const;

function table(columns: string[], rows: string[][]): string {
  const widths = columns.map((c, i) => Math.min(48, Math.max(c.length, ...rows.map((r) => (r[i] ?? '').length))));
  // A long cell continues on the next lines of its column rather than being cut mid-word.
  const line = (r: string[]) => wrapRow(r, widths).join('\n');
  return [line(columns), widths.map((w) => '─'.repeat(w)).join('  '), ...rows.map(line)].join('\n');
}

/**
 * Removes terminal control sequences and invisible or direction-changing characters, so
 * text from feeds cannot rewrite the screen or display reversed (the shared clean-up for
 * outside text, which also keeps `@everyone` and friends from reading as pings).
 */
export function stripControls(text: string, mode: OutsideTextMode = 'block'): string {
  return cleanOutsideText(text, mode);
}

/** Plain text for a reply: title, text, sections, table, choices, links, attached file. */
export function renderText(reply: Reply): string {
  // Every piece may hold outside text: labels and titles are cleaned to one line, bodies keep their lines.
  const line = (text: string) => stripControls(text, 'line');
  const block = (text: string) => stripControls(text);
  const out: string[] = [`${ICON[reply.severity]} ${line(reply.title)}`];
  if (reply.text) out.push(block(reply.text));
  for (const section of reply.sections ?? []) {
    const lines: string[] = [];
    if (section.heading) lines.push(`— ${line(section.heading)}`);
    if (section.text) lines.push(block(section.text));
    for (const f of section.fields ?? []) lines.push(`  ${line(f.label)}: ${block(f.value).replaceAll('\n', '\n    ').replaceAll('`', '')}`);
    out.push(lines.join('\n'));
  }
  if (reply.table)
    out.push(
      table(
        reply.table.columns.map(line),
        reply.table.rows.map((r) => r.map(line)),
      ),
    );
  if (reply.choices?.length) out.push(reply.choices.map((c) => `  • ${line(c)}`).join('\n'));
  if (reply.links?.length) out.push(`Evidence:\n${reply.links.map((l) => `  • ${line(l.title)} <${line(l.url)}>`).join('\n')}`);
  if (reply.file) out.push(`--- ${line(reply.file.name)} ---\n${block(reply.file.content)}`);
  return out.join('\n') + '\n';
}
