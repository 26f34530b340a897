/** Builds the provenance of a change made by a person through a command. */
import type { ChangeMeta } from '../../src/core/ledger.js';
import type { Evidence } from '../../src/core/model.js';
import type { CommandContext } from './types.js';

/** Options every admin edit accepts to cite its evidence. */
export const EVIDENCE_OPTIONS = [
  { name: 'source_url', description: 'Evidence link', type: 'string' },
  { name: 'source_title', description: 'Evidence title', type: 'string' },
  { name: 'note', description: 'Why it changed', type: 'string' },
] as const;

/** The change meta for an admin edit: tier admin, actor the invoker, optional evidence. */
export function adminMeta(ctx: CommandContext, input: { source_url?: string; source_title?: string; note?: string; effective?: string }): ChangeMeta {
  const now = ctx.ledger.now().toISOString();
  const evidence: Evidence | undefined =
    input.source_url || input.source_title
      ? { title: input.source_title ?? input.source_url!, ...(input.source_url ? { url: input.source_url } : {}), seenAt: now, tier: 'admin' }
      : undefined;
  return {
    actor: { kind: 'admin', id: `${ctx.invoker.platform}:${ctx.invoker.userId}`, name: ctx.invoker.displayName },
    tier: 'admin',
    ...(evidence ? { evidence } : {}),
    ...(input.note ? { note: input.note } : {}),
    ...(input.effective ? { effectiveAt: input.effective } : {}),
  };
}
