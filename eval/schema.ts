/**
 * The label schema of the evaluation set: one news item with the facts a careful analyst
 * would record against the sample ledger (config/greenlight.yml's seed), whether a
 * subscribed channel should get an alert, and the story it belongs to.
 */
import { z } from 'zod';
import { AUTH_STATUSES, QUALIFIERS } from '../src/core/model.js';
import { CANDIDATE_KINDS } from '../src/sources/extract/candidate.js';

/** The classes of issue 11 an item exercises. */
export const EVAL_CLASSES = [
  'role',
  'grant',
  'denial',
  'suspension',
  'revocation',
  'application',
  'order',
  'delivery',
  'supply',
  'condition_proposed',
  'condition_agreed',
  'restatement',
  'hedged',
  'negation',
  'official',
  'near_miss_chip',
  'near_miss_country',
  'near_miss_company',
  'near_miss_opinion',
  'near_miss_old_news',
  'multi_outlet',
  'chinese',
  'party_passing',
  'party_brand',
  'party_subsidiary',
  'party_authority',
] as const;
export type EvalClass = (typeof EVAL_CLASSES)[number];

export const QUANTITY_ROLES = ['quota', 'allocation', 'order', 'delivery', 'inventory', 'licence_count'] as const;
export const CERTAINTIES = ['official', 'reported', 'hedged', 'denied'] as const;

/** A ledger record id ("cn-h200-import-group", "h200@nvidia") or `new:<what is not tracked yet>`. */
const recordRef = z.string().regex(/^(new:.+|[a-z0-9][a-z0-9@._-]*)$/, 'a ledger record id, or new:<description> for something not tracked');
/** A party id from the seed, or `new:<name>` for an untracked party. */
const partyRef = z.string().regex(/^(new:)?[a-z0-9][a-z0-9-]*$/, 'a party id, or new:<name>');

export const labelQuantitySchema = z.strictObject({
  value: z.number().int().positive(),
  qualifier: z.enum(QUALIFIERS),
  role: z.enum(QUANTITY_ROLES),
  /** The holder whose share this is (allocation); absent for a group or unattributed figure. */
  holder: partyRef.optional(),
  /** When the text counts something other than the item's unit (servers, licences). */
  unit: z.string().min(1).optional(),
});

export const labelFactSchema = z.strictObject({
  kind: z.enum(CANDIDATE_KINDS),
  record: recordRef,
  /** The authorization status the fact implies (decisions only; absent for orders, supply, conditions, restatements, denials of a report). */
  status: z.enum(AUTH_STATUSES).optional(),
  holders: z.array(partyRef),
  authority: z.string().min(1).optional(),
  item: z.string().min(1).optional(),
  quantity: labelQuantitySchema.optional(),
  certainty: z.enum(CERTAINTIES),
});
export type LabelFact = z.infer<typeof labelFactSchema>;

export const labelItemSchema = z
  .strictObject({
    id: z.string().regex(/^[a-z]+-\d{3}$/, 'like d-001 or h-001'),
    classes: z.array(z.enum(EVAL_CLASSES)).min(1),
    language: z.enum(['en', 'zh']),
    title: z.string().min(1),
    summary: z.string(),
    publisher: z.string().min(1),
    publishedAt: z.iso.datetime(),
    link: z.url(),
    facts: z.array(labelFactSchema),
    /** Should a channel subscribed to everything get an alert for this item? */
    alert: z.boolean(),
    /** Shared by the tellings of one event by several outlets; null for a single item. */
    story: z.string().min(1).nullable(),
  })
  .superRefine((item, ctx) => {
    if (item.classes.includes('chinese') !== (item.language === 'zh')) {
      ctx.addIssue({ code: 'custom', path: ['classes'], message: 'the chinese class and language zh go together' });
    }
    if (item.classes.some((c) => c.startsWith('near_miss_') && c !== 'near_miss_old_news') && item.facts.length > 0) {
      ctx.addIssue({ code: 'custom', path: ['facts'], message: 'a near-miss (other chip, country, company, opinion) records no fact' });
    }
    if (item.classes.includes('multi_outlet') !== (item.story !== null)) {
      ctx.addIssue({ code: 'custom', path: ['story'], message: 'multi_outlet items, and only they, name a story' });
    }
  });
/** One labelled item. */
export type LabelItem = z.infer<typeof labelItemSchema>;
