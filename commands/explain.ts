/**
 * `/greenlight explain <item link or id>` (everyone): what was read from one recent item,
 * field by field with the words each came from, and why it did or did not change the
 * ledger or raise an alert. What an admin runs when a report was missed.
 */
import { z } from 'zod';
import { NO_READINGS, type ReadCandidate, type ReadSpan } from '../src/chat/item-readings.js';
import type { Command } from './lib/types.js';
import type { ReplyField } from '../src/chat/reply.js';

const input = z.object({ item: z.string().trim().min(1, 'Give the link or id of a news item.').max(2_000) });

function span(s: ReadSpan | undefined): string | undefined {
  return s ? `${s.value} — "${s.words}"` : undefined;
}

function fields(c: ReadCandidate): ReplyField[] {
  const out: [string, string | undefined][] = [
    ['What happened', `${c.kind}${c.retells ? ` (${c.retells} told again as it stands)` : ''} — "${c.trigger}"`],
    ['How sure', c.certaintyWords ? `${c.certainty} — "${c.certaintyWords}"` : c.certainty],
    ['Authority', span(c.authority)],
    ['Holders', c.holders.length ? c.holders.map((h) => span(h)!).join('; ') : undefined],
    ['Seller', span(c.seller)],
    ['Item', span(c.item)],
    [
      'Quantity',
      c.quantity
        ? `${c.quantity.qualifier === 'exact' ? '' : `${c.quantity.qualifier.replace('_', ' ')} `}${c.quantity.value.toLocaleString('en-US')} ${c.quantity.unit}, ${c.quantity.role.replace('_', ' ')}${c.quantity.holder ? ` of ${c.quantity.holder}` : ''} — "${c.quantity.words}"`
        : undefined,
    ],
    ['Conditions', c.conditions.length ? c.conditions.map((x) => span(x)!).join('; ') : undefined],
    ['Dates', c.dates.length ? c.dates.map((d) => `${d.role} ${d.value} — "${d.words}"`).join('; ') : undefined],
  ];
  return out.filter((f): f is [string, string] => f[1] !== undefined).map(([label, value]) => ({ label, value, inline: false }));
}

export const explain = {
  name: 'explain',
  description: 'Show what was read from a recent news item and why it did or did not change the ledger or alert',
  options: [{ name: 'item', description: "The item's link or id", type: 'string', required: true, positional: true }],
  input,
  permission: 'everyone',
  run({ item }, ctx) {
    const readings = ctx.services.readings;
    if (!readings) return { severity: 'error', title: 'Nothing to explain', text: NO_READINGS, private: true };
    const found = readings.explain(item);
    if (!found) {
      return {
        severity: 'error',
        title: 'Item not found',
        text: 'No recently read item has that link or id. Only the last 1,000 items read are kept; check the link, or run `/greenlight source test` to read a source again without storing anything.',
        private: true,
      };
    }
    const r = found.reading;
    const changed = found.seqs.length ? `changed the ledger (events ${found.seqs.join(', ')})` : 'changed nothing in the ledger';
    const alerted = found.alerts.length ? `raised ${found.alerts.length} alert${found.alerts.length > 1 ? 's' : ''} of its own` : 'raised no alert of its own';
    const sections = (r?.candidates ?? []).map((c, i) => ({ heading: `Event ${i + 1}`, fields: fields(c) }));
    if (r?.notes.length) sections.push({ heading: 'Set aside', fields: r.notes.map((n) => ({ label: '•', value: n, inline: false })) });
    return {
      severity: 'info',
      title: `Read from ${found.sourceName}: ${found.title.length > 150 ? `${found.title.slice(0, 149)}…` : found.title}`,
      text: [
        r
          ? `${r.candidates.length ? `${r.candidates.length} event${r.candidates.length > 1 ? 's' : ''} read` : 'No event read'} (${r.language}).`
          : 'Structured facts (no text extraction).',
        `Outcome: ${found.outcome}.`,
        `It ${changed} and ${alerted}${found.seqs.length ? ' (ledger changes alert through subscriptions)' : ''}.`,
      ].join('\n'),
      ...(sections.length ? { sections } : {}),
      ...(found.link ? { links: [{ title: 'Item', url: found.link }] } : {}),
    };
  },
} satisfies Command<typeof input>;
