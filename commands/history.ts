/** `/greenlight history <authorization>`: what changed, when, from where. */
import { z } from 'zod';
import { DomainError } from '../src/core/errors.js';
import { resolveOne } from '../src/core/resolve.js';
import { findRemoved, removedLine } from './lib/removed-lookup.js';
import { actorText, summarizeEvent } from '../src/chat/summarize-event.js';
import { orderNamed } from './lib/order-detail.js';
import type { Command } from './lib/types.js';

const input = z.object({ authorization: z.string(), limit: z.number().int().min(1).max(100).default(20) });

export const history = {
  name: 'history',
  description: 'What changed for an authorization or order, when, and from which source',
  options: [
    {
      name: 'authorization',
      description: 'The authorization (id, name or alias) or an order id',
      type: 'string',
      required: true,
      positional: true,
      autocomplete: ['authorization'],
    },
    { name: 'limit', description: 'How many of the latest changes (default 20)', type: 'integer', min: 1, max: 100 },
  ],
  input,
  permission: 'everyone',
  async run({ authorization, limit }, { ledger }) {
    // An order id shows that order's history; anything else names an authorization.
    const order = orderNamed(ledger.state, authorization);
    let match: { id: string; name: string };
    let removedNote: string | undefined;
    if (order) {
      match = { id: order.id, name: `order ${order.id}` };
    } else {
      try {
        match = resolveOne(ledger.state, authorization, ['authorization']);
      } catch (error) {
        // A removed authorization keeps its history: show it, marked as removed.
        const removed = error instanceof DomainError && error.code === 'not_found' ? await findRemoved(ledger, authorization) : undefined;
        if (!removed) throw error;
        match = removed.record;
        removedNote = removedLine(removed);
      }
    }
    const events = await ledger.history(order ? { entityId: order.id, limit } : { authorizationId: match.id, limit });
    const rows = events.map((e) => [
      `#${e.seq}`,
      e.effectiveAt.slice(0, 16).replace('T', ' '),
      e.recordedAt.slice(0, 16).replace('T', ' '),
      summarizeEvent(e, ledger.state),
      `${actorText(e)} (${e.tier})`,
      e.evidence?.url ?? e.evidence?.title ?? '',
    ]);
    return {
      severity: 'info',
      title: order ? `History of order ${order.id}` : `History of ${match.name} (${match.id})${removedNote ? ' — removed' : ''}`,
      ...(removedNote ? { sections: [{ text: removedNote }] } : {}),
      ...(rows.length ? { table: { columns: ['#', 'effective', 'recorded', 'change', 'by', 'evidence'], rows } } : { text: 'No recorded changes.' }),
    };
  },
} satisfies Command<typeof input>;
