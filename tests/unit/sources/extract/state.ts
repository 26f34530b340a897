/** A ledger state built by hand from the seed in config/greenlight.yml, for extraction tests. */
import { emptyState, type LedgerState } from '../../../../src/core/model.js';

/** The seed's parties, items and authorities (no authorizations: extraction does not read them). */
export function seedState(): LedgerState {
  const state = emptyState();
  state.seq = 1;
  const party = (id: string, name: string, aliases: string[], country: string): void => {
    state.party[id] = { id, name, aliases, country };
  };
  party('bytedance', 'ByteDance', ['字节跳动', 'ByteDance Ltd'], 'CN');
  party('alibaba', 'Alibaba', ['阿里巴巴', 'Alibaba Group', 'Alibaba Group Holding'], 'CN');
  party('tencent', 'Tencent', ['腾讯', 'Tencent Holdings'], 'CN');
  party('nvidia', 'Nvidia', ['NVIDIA', 'Nvidia Corp', '英伟达'], 'US');
  party('other-cn-firms', 'Other Chinese firms', ['more Chinese firms', 'other firms awaiting approval'], 'CN');
  state.authority.mofcom = { id: 'mofcom', name: 'China Ministry of Commerce', aliases: ['MOFCOM', '商务部', 'Beijing', 'China'], country: 'CN' };
  state.authority.ndrc = { id: 'ndrc', name: 'National Development and Reform Commission', aliases: ['NDRC', '国家发展和改革委员会'], country: 'CN' };
  state.authority.bis = {
    id: 'bis',
    name: 'US Commerce Department (BIS)',
    country: 'US',
    aliases: ['BIS', 'Bureau of Industry and Security', 'Commerce Department', 'US Commerce', 'Washington'],
  };
  state.item.h200 = { id: 'h200', name: 'Nvidia H200', aliases: ['H200', 'H-200', 'H200s'], excludes: ['H20', 'H20E', 'H200X'], unit: 'chips' };
  return state;
}

/** The seed state with the group approval (ByteDance, Alibaba, Tencent; over 400,000 chips) as \`cn-group\`. */
export function withGroup(): LedgerState {
  const state = seedState();
  state.authorization['cn-group'] = {
    id: 'cn-group',
    name: 'China H200 import group',
    aliases: [],
    direction: 'import',
    authorityId: 'mofcom',
    itemId: 'h200',
    holderIds: ['bytedance', 'alibaba', 'tencent'],
    status: 'approved',
    quota: { value: 400000, qualifier: 'over', unit: 'chips' },
    allocations: [],
    evidence: [],
    provenance: { status: 'seed' },
  } as unknown as LedgerState['authorization'][string];
  return state;
}

/** The group state with its domestic-chip bundling term still being negotiated, as \`cn-group-bundling\` (as the seed holds it). */
export function withOpenBundling(): LedgerState {
  const state = withGroup();
  state.condition['cn-group-bundling'] = {
    id: 'cn-group-bundling',
    authorizationId: 'cn-group',
    kind: 'bundling',
    text: 'Bundle purchases with a ratio of domestic chips',
    status: 'negotiating',
  };
  return state;
}

/** The group state plus the other Chinese firms' pending request, as `cn-waiting`, held by `other-cn-firms`. */
export function withWaiting(): LedgerState {
  const state = withGroup();
  state.authorization['cn-waiting'] = {
    ...state.authorization['cn-group']!,
    id: 'cn-waiting',
    name: 'China H200 import approvals for other firms',
    holderIds: ['other-cn-firms'],
    status: 'pending',
    quota: undefined,
  } as unknown as LedgerState['authorization'][string];
  return state;
}

/** `withWaiting`, with both records first told on 28 January 2026 by a wire (so a later telling retells them). */
export function withWaitingToldOn28January(): LedgerState {
  const state = withWaiting();
  const evidence = [{ title: 'The first telling', publishedAt: '2026-01-28', seenAt: '2026-01-28T12:00:00Z', tier: 'wire' as const }];
  state.authorization['cn-group']!.evidence = [...evidence];
  state.authorization['cn-waiting']!.evidence = [...evidence];
  return state;
}

/** The group state plus Washington's export licensing of the H200 to China, held by Nvidia, as `us-export`. */
export function withUsExport(): LedgerState {
  const state = withGroup();
  state.authorization['us-export'] = {
    ...state.authorization['cn-group']!,
    id: 'us-export',
    name: 'US H200 export licensing',
    direction: 'export',
    authorityId: 'bis',
    holderIds: ['nvidia'],
    status: 'approved_with_conditions',
  };
  return state;
}

/**
 * Adds the seed's order (over 2,000,000, `ord-1`) and Nvidia's stock (about 700,000, `sup-1`) to `state`, each
 * with one wire source published on `publishedAt` (a date): the figures an item may tell again.
 */
export function withHeldFigures(state: LedgerState, publishedAt: string): LedgerState {
  const evidence = () => [{ title: 'The first telling', publishedAt, seenAt: `${publishedAt}T12:00:00Z`, tier: 'wire' as const }];
  state.order['ord-1'] = {
    id: 'ord-1',
    itemId: 'h200',
    buyerLabel: 'Chinese firms',
    sellerId: 'nvidia',
    quantity: { value: 2_000_000, qualifier: 'over', unit: 'chips' },
    status: 'reported',
    evidence: evidence(),
  } as unknown as LedgerState['order'][string];
  state.supply['sup-1'] = {
    id: 'sup-1',
    itemId: 'h200',
    holderId: 'nvidia',
    quantity: { value: 700_000, qualifier: 'about', unit: 'chips' },
    asOf: publishedAt,
    evidence: evidence(),
  } as unknown as LedgerState['supply'][string];
  return state;
}

/** Ids of mentions, for compact assertions. */
export function ids(mentions: { id: string }[]): string[] {
  return mentions.map((m) => m.id);
}
