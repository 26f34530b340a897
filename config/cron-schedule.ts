/**
 * A cron schedule in the config, checked at startup by the same library that runs it
 * (node-cron), so a schedule that loads is one that runs.
 */
import { validate } from 'node-cron';
import { z } from 'zod';

/** What a schedule looks like, for error messages: both forms node-cron accepts. */
export const CRON_FORMS =
  'five fields (minute hour day-of-month month day-of-week, e.g. "0 7 * * *" for 07:00 daily) or six with seconds first (e.g. "0 0 7 * * *")';

/** A cron schedule string node-cron will run. */
export const cronSchedule = z.string().refine((text) => validate(text.trim()), {
  message: `not a valid cron schedule; write ${CRON_FORMS}`,
});
