/**
 * The seam between the composition root and a chat platform (Slack, Discord, …). A platform
 * is built first, with everything it needs already constructed (router, ledger, services),
 * so that the alert pipeline can be wired to its delivery target before anything starts;
 * then it is started, last of all, once every other part is running.
 */
import type { DeliveryTarget } from './alert.js';

/** A built chat platform. */
export interface PlatformAdapter {
  /** The platform's name, as in ChannelRef.platform (`slack`, `discord`). */
  readonly platform: string;
  /**
   * Posts alerts to the platform's channels. Usable as soon as the adapter is built: an
   * alert the outbox retries at startup may be delivered before start() has finished.
   */
  readonly target: DeliveryTarget;
  /** Checks credentials and connects; from now on commands arrive. Throws a clear Error when it cannot. */
  start(): Promise<void>;
  /** Stops receiving commands and releases sockets and timers. Safe to call twice, or without start. */
  stop(): Promise<void>;
}

/** How a platform is built: from its dependencies, without any I/O. */
export type BuildPlatform<Deps> = (deps: Deps) => PlatformAdapter;
