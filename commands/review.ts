/** `/greenlight review list` (admins): reports about records not tracked yet, waiting to be accepted or rejected, with their evidence. */
import { z } from 'zod';
import { pendingReviews, proposalOf } from './lib/review-candidates.js';
import type { Command } from './lib/types.js';

const MAX = 25;
const input = z.object({});

export const review = {
  name: 'review list',
  description: 'List reported records not tracked yet, with their evidence, for review accept/reject (admins)',
  options: [],
  input,
  permission: 'admin',
  run(_opts, ctx) {
    const pending = pendingReviews(ctx.ledger.state);
    if (!pending.length) return { severity: 'info', title: 'Nothing to review', text: 'No reported record is waiting for review.', private: true };
    const shown = pending.slice(0, MAX);
    return {
      severity: 'info',
      title: `${pending.length} candidate${pending.length > 1 ? 's' : ''} to review`,
      text: `Accept with \`/greenlight review accept <id>\`, reject with \`/greenlight review reject <id>\`.${pending.length > MAX ? ` Showing ${MAX}.` : ''}`,
      private: true,
      sections: shown.map((c) => {
        const p = proposalOf(c)!;
        const sources = [c.evidence, ...(c.support ?? [])];
        return {
          heading: `${c.id}: ${p.record.name}`,
          fields: [
            {
              label: 'Proposed',
              value: `${p.record.status.replace(/_/g, ' ')}${p.record.quota ? `, quota ${p.record.quota.qualifier === 'exact' ? '' : `${p.record.quota.qualifier.replace('_', ' ')} `}${p.record.quota.value.toLocaleString('en-US')} ${p.record.quota.unit}` : ''} (${p.record.direction}, ${p.record.authorityId})${p.official ? '; stated officially' : ''}`,
              inline: false,
            },
            ...(p.newParties.length ? [{ label: 'New parties', value: p.newParties.map((x) => x.name).join(', '), inline: false }] : []),
            { label: 'Why', value: p.why, inline: false },
            {
              label: `Sources (${sources.length}${c.against?.length ? `, ${c.against.length} against` : ''})`,
              value: sources.map((e) => `${e.publisher ?? 'unknown'}: ${e.title}`).join('\n'),
              inline: false,
            },
          ],
        };
      }),
      links: shown
        .flatMap((c) => [c.evidence, ...(c.support ?? [])])
        .filter((e) => e.url)
        .slice(0, 10)
        .map((e) => ({ title: e.title, url: e.url! })),
    };
  },
} satisfies Command<typeof input>;
