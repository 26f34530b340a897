/** The shape of config/greenlight.yml, validated at startup. */
import { z } from 'zod';
import { cronSchedule } from './cron-schedule.js';
import { alertsConfigSchema } from './alerts-schema.js';
import { sourceDefaultsSchema, sourcesSchema } from './sources-schema.js';
import { AUTH_STATUSES, CONDITION_STATUSES, DIRECTIONS, ORDER_STATUSES, PARTY_KINDS, TIERS } from '../src/core/model.js';

const evidence = z.strictObject({
  url: z.url().optional(),
  title: z.string(),
  publisher: z.string().optional(),
  publishedAt: z.string().optional(),
  tier: z.enum(TIERS),
});

const named = {
  id: z.string().regex(/^[a-z0-9][a-z0-9-]*$/, 'ids are lowercase letters, digits and dashes'),
  name: z.string(),
  aliases: z.array(z.string()).default([]),
};

/** The seed ledger: written on first run only, never over an existing ledger. */
export const seedSchema = z.strictObject({
  parties: z
    .array(
      z.strictObject({
        ...named,
        country: z.string().optional(),
        /** holder (holds approvals and buys), seller, or authority. */
        kind: z.enum(PARTY_KINDS).optional(),
        /** The parent company's id: a subsidiary belongs to its parent. */
        parent: z.string().optional(),
      }),
    )
    .default([]),
  authorities: z.array(z.strictObject({ ...named, country: z.string().optional() })).default([]),
  items: z.array(z.strictObject({ ...named, excludes: z.array(z.string()).default([]), unit: z.string().default('units') })).default([]),
  authorizations: z
    .array(
      z.strictObject({
        ...named,
        direction: z.enum(DIRECTIONS),
        authority: z.string(),
        item: z.string(),
        holders: z.array(z.string()).min(1),
        group: z.string().optional(),
        status: z.enum(AUTH_STATUSES),
        quota: z.string().optional(),
        validFrom: z.string().optional(),
        validTo: z.string().optional(),
        ref: z.string().optional(),
        evidence: z.array(evidence).default([]),
        conditions: z.array(z.strictObject({ kind: z.string(), text: z.string(), status: z.enum(CONDITION_STATUSES) })).default([]),
      }),
    )
    .default([]),
  orders: z
    .array(
      z.strictObject({
        id: z.string(),
        item: z.string(),
        quantity: z.string(),
        buyer: z.string().optional(),
        buyerLabel: z.string().optional(),
        seller: z.string().optional(),
        authorization: z.string().optional(),
        status: z.enum(ORDER_STATUSES),
        evidence: z.array(evidence).default([]),
      }),
    )
    .default([]),
  supply: z
    .array(z.strictObject({ item: z.string(), holder: z.string().optional(), quantity: z.string(), asOf: z.string(), evidence: z.array(evidence).default([]) }))
    .default([]),
});
export type SeedConfig = z.infer<typeof seedSchema>;

const idList = z.array(z.string()).default([]);

/** The whole config file. Sections for sources and alerts are validated by their own modules. */
export const configSchema = z.strictObject({
  timezone: z
    .string()
    .default('UTC')
    .refine(
      (tz) => {
        try {
          new Intl.DateTimeFormat('en-US', { timeZone: tz });
          return true;
        } catch {
          return false;
        }
      },
      { message: 'not a known IANA timezone (e.g. UTC, Asia/Shanghai, America/New_York)' },
    ),
  admins: z
    .strictObject({
      shell: idList,
      slack: z.strictObject({ users: idList, groups: idList, workspaceAdmins: z.boolean().default(false) }).prefault({}),
      discord: z.strictObject({ users: idList, roles: idList }).prefault({}),
    })
    .prefault({}),
  seed: seedSchema.prefault({}),
  sources: sourcesSchema,
  sourceDefaults: sourceDefaultsSchema.prefault({}),
  alerts: alertsConfigSchema.prefault({}),
  /** Days ahead to warn of validity or effective dates, checked daily at dateWatch.cron. */
  dateWatch: z.strictObject({ withinDays: z.number().int().min(1).max(365).default(30), cron: cronSchedule.default('0 7 * * *') }).prefault({}),
});
/** Validated configuration from the YAML file. */
export type FileConfig = z.infer<typeof configSchema>;
