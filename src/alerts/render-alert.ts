/**
 * Alert events as neutral Replies. Text from sources enters here cleaned of invisible and
 * direction-changing characters (src/chat/outside-text.ts) but not escaped: each
 * platform's renderer escapes for its own markup. Plain-text targets (the shell, logs) use
 * `neutralizeMentions` / `neutralizeReply` so nothing in them can ever ping.
 */
import type { Reply, ReplySection, Severity } from '../chat/reply.js';
import { cleanOutsideText, stripInvisible } from '../chat/outside-text.js';

const cleanLine = (text: string) => stripInvisible(text, 'line');
import type { AlertEvent } from './alert-event.js';

// What a source's Health reads after it recovered (src/sources/registry/health.ts says "working again").
const RECOVERED = new Set(['healthy', 'working again']);
const WARNING_KINDS = new Set(['order.overcommit', 'contradiction', 'date.approaching', 'authorization.removed']);

/** "⚠ The allocations add up to …; check the figures." */
function warningLines(event: AlertEvent): string[] {
  return (event.warnings ?? []).map((w) => cleanLine(`⚠ ${w}; check the figures.`));
}

function severityOf(event: AlertEvent): Severity {
  if (WARNING_KINDS.has(event.kind) || event.warnings?.length) return 'warning';
  // From what changed, not the headline's words: an error such as "loopback" is no recovery.
  if (event.kind === 'source.health') return event.changes.some((c) => c.label === 'Health' && RECOVERED.has(c.after ?? '')) ? 'success' : 'warning';
  return 'info';
}

/** "Status: pending → approved", "Quota: → over 400,000 chips". */
export function changeLine(raw: AlertEvent['changes'][number]): string {
  const change = {
    label: cleanLine(raw.label),
    before: raw.before === undefined ? undefined : cleanLine(raw.before),
    after: raw.after === undefined ? undefined : cleanLine(raw.after),
  };
  if (change.before !== undefined && change.after !== undefined) return `${change.label}: ${change.before} → ${change.after}`;
  if (change.after !== undefined) return `${change.label}: ${change.after}`;
  return `${change.label}: ${change.before ?? ''} → (none)`;
}

function links(events: AlertEvent[]): { title: string; url: string }[] {
  const seen = new Set<string>();
  const out: { title: string; url: string }[] = [];
  for (const e of events) {
    for (const ev of e.evidence) {
      if (!ev.url || seen.has(ev.url)) continue;
      seen.add(ev.url);
      out.push({
        title: cleanLine(`${ev.title}${ev.publisher ? ` (${ev.publisher})` : ''}${ev.publishedAt ? `, ${ev.publishedAt.slice(0, 10)}` : ''}`),
        url: ev.url,
      });
    }
  }
  return out;
}

function evidenceText(event: AlertEvent): string | undefined {
  // Evidence without a link (a wire report quoted by title) is still worth naming.
  const unlinked = event.evidence.filter((e) => !e.url).map((e) => cleanLine(`${e.title}${e.publisher ? ` (${e.publisher})` : ''}`));
  return unlinked.length ? `Source: ${unlinked.join('; ')}` : undefined;
}

const ISO_INSTANT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:\d{2})$/;

/** An instant as people read it, in the configured timezone: "1 Feb 2026, 09:00 UTC". */
export function readableInstant(iso: string, timezone = 'UTC'): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  return new Intl.DateTimeFormat('en-GB', {
    day: 'numeric',
    month: 'short',
    year: 'numeric',
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
    timeZone: timezone,
    timeZoneName: 'short',
  }).format(date);
}

/** One alert event as a Reply: title = headline; what changed; figures (quota, or a source's health); evidence links. */
export function renderAlert(event: AlertEvent, options: { timezone?: string } = {}): Reply {
  const sections: ReplySection[] = [];
  if (event.changes.length) sections.push({ heading: 'What changed', text: event.changes.map(changeLine).join('\n') });
  if (event.warnings?.length) sections.push({ text: warningLines(event).join('\n') });
  if (event.figures.length) {
    const fields = event.figures.map((f) => ({
      label: cleanLine(f.label),
      value: ISO_INSTANT.test(f.value) ? readableInstant(f.value, options.timezone) : stripInvisible(f.value),
      inline: true,
    }));
    sections.push({ heading: event.kind === 'source.health' ? 'Source' : 'Quota', fields });
  }
  const source = evidenceText(event);
  if (source) sections.push({ text: source });
  if (event.by) sections.push({ text: `By: ${cleanLine(event.by)}` });
  const out: Reply = { severity: severityOf(event), title: cleanLine(event.headline), sections };
  const l = links([event]);
  if (l.length) out.links = l;
  return out;
}

/** Several events as one digest Reply: a section per event, oldest first; nothing is left out. */
export function renderDigest(events: AlertEvent[], title = `Greenlight digest: ${events.length} change${events.length === 1 ? '' : 's'}`): Reply {
  const sorted = [...events].sort((a, b) => a.occurredAt.localeCompare(b.occurredAt));
  const sections: ReplySection[] = sorted.map((e) => ({
    heading: cleanLine(e.headline),
    text:
      [
        ...e.changes.map(changeLine),
        ...warningLines(e),
        ...e.figures.filter((f) => f.label.startsWith('⚠')).map((f) => cleanLine(`${f.label}: ${f.value}`)),
      ].join('\n') || e.kind,
  }));
  const out: Reply = { severity: sorted.some((e) => severityOf(e) === 'warning') ? 'warning' : 'info', title, sections };
  const l = links(sorted);
  if (l.length) out.links = l;
  return out;
}

/**
 * Makes plain text unable to ping: `@everyone`/`@here`/`@channel` get a zero-width joiner
 * after the `@` (with the rest of the outside-text clean-up), and Slack's
 * `<!...>`/`<@...>`/`<#...>` control sequences lose their `<`.
 */
export function neutralizeMentions(text: string): string {
  return cleanOutsideText(text).replace(/<([!@#])/g, '‹$1');
}

/** A copy of the reply with every text neutralized (for plain-text targets). */
export function neutralizeReply(reply: Reply): Reply {
  const n = neutralizeMentions;
  return {
    ...reply,
    title: n(reply.title),
    ...(reply.text !== undefined ? { text: n(reply.text) } : {}),
    ...(reply.sections
      ? {
          sections: reply.sections.map((s) => ({
            ...s,
            ...(s.heading !== undefined ? { heading: n(s.heading) } : {}),
            ...(s.text !== undefined ? { text: n(s.text) } : {}),
            ...(s.fields ? { fields: s.fields.map((f) => ({ ...f, label: n(f.label), value: n(f.value) })) } : {}),
          })),
        }
      : {}),
    ...(reply.table ? { table: { columns: reply.table.columns.map(n), rows: reply.table.rows.map((r) => r.map(n)) } } : {}),
    ...(reply.links ? { links: reply.links.map((l) => ({ title: n(l.title), url: l.url })) } : {}),
    ...(reply.choices ? { choices: reply.choices.map(n) } : {}),
  };
}
