/**
 * The `alerts:` section of config/greenlight.yml. Every key is optional:
 *
 *   alerts:
 *     quietHours: "22:00-07:00"   # default quiet hours for subscriptions that set none (omit: none)
 *     digestCron: "0 8 * * *"     # schedule `/greenlight subscribe mode:digest` uses without `digest:`
 *                                 # (five cron fields, or six with seconds first; checked at startup)
 *     delivery:
 *       concurrency: 16           # channels delivered to at once
 *       baseBackoffMs: 1000       # first retry delay, doubled per attempt (with jitter)
 *       maxBackoffMs: 900000      # longest retry delay (15 minutes)
 *       maxAttempts: 0            # give up after this many failures (0 = keep trying)
 */
import { z } from 'zod';
import { cronSchedule } from './cron-schedule.js';

const quietHours = z
  .string()
  .regex(/^([01]\d|2[0-3]):[0-5]\d\s*[-–]\s*([01]\d|2[0-3]):[0-5]\d$/, 'use "HH:MM-HH:MM", e.g. "22:00-07:00"')
  .transform((text) => {
    const [start, end] = text.split(/\s*[-–]\s*/) as [string, string];
    return { start, end };
  })
  .refine((q) => q.start !== q.end, 'quiet hours must start and end at different times');

export const alertsConfigSchema = z.strictObject({
  quietHours: quietHours.optional(),
  digestCron: cronSchedule.default('0 8 * * *'),
  delivery: z
    .strictObject({
      concurrency: z.number().int().min(1).max(256).default(16),
      baseBackoffMs: z.number().int().min(1).default(1_000),
      maxBackoffMs: z
        .number()
        .int()
        .min(1)
        .default(15 * 60_000),
      maxAttempts: z.number().int().min(0).default(0),
    })
    .prefault({}),
});
/** The validated `alerts:` section. */
export type AlertsConfig = z.infer<typeof alertsConfigSchema>;

/** Validates the raw `alerts:` value (an empty object gives every default). */
export function parseAlertsConfig(raw: unknown): AlertsConfig {
  return alertsConfigSchema.parse(raw ?? {});
}
