/** The port for time-based jobs; src/scheduler/cron-scheduler.ts implements it with node-cron. */

/** A scheduled job that can be stopped or run at once. */
export interface ScheduledJob {
  stop(): void;
  /** Runs the job now (tests, `source test`, manual polls); resolves when it finishes. */
  runNow(): Promise<void>;
}

/** Schedules jobs on cron expressions in a timezone; a run never overlaps the previous one. */
export interface Scheduler {
  schedule(name: string, cron: string, timezone: string, job: () => Promise<void>): ScheduledJob;
  /** Runs `job` once after `delayMs` (backoff, quiet hours); the timer does not keep the process alive. */
  after(name: string, delayMs: number, job: () => Promise<void>): ScheduledJob;
  /** Stops every job. */
  stopAll(): void;
}
