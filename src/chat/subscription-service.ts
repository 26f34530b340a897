/** The subscription service as commands see it; src/alerts implements it. */
import type { ChannelRef } from './channel-ref.js';

/** Filters and delivery settings a channel chooses when it subscribes. */
export interface SubscriptionRequest {
  channel: ChannelRef;
  /** Alert kinds to include (empty = all) and to exclude. */
  kinds: string[];
  excludeKinds: string[];
  /** Record ids (already resolved) to include (empty = all) and to exclude. */
  items: string[];
  holders: string[];
  authorities: string[];
  excludeItems: string[];
  excludeHolders: string[];
  excludeAuthorities: string[];
  /** Only alerts about at least this quantity (alerts with no quantity still pass). */
  minQuantity?: number;
  /** Who to ping: platform role / user / user-group ids. */
  mentions: { roles: string[]; users: string[]; groups: string[] };
  /** instant, or a digest on a cron schedule. */
  mode: 'instant' | 'digest';
  digestCron?: string;
  /** Hold instant alerts between these local times ("22:00"–"07:00"), in the config timezone. */
  quietHours?: { start: string; end: string };
  /** Post one card per authorization and update it on later changes. */
  livingCard: boolean;
  broadcast: boolean;
}

/** A subscription as shown to users. */
export interface SubscriptionView {
  id: string;
  channel: ChannelRef;
  /** One line describing the filters and delivery. */
  summary: string;
  enabled: boolean;
  disabledReason?: string;
}

/** Subscribing channels to alerts. */
export interface SubscriptionService {
  subscribe(request: SubscriptionRequest): Promise<SubscriptionView>;
  /** Removes one subscription of the channel by id, or all of the channel's when no id; returns how many. */
  unsubscribe(channel: ChannelRef, id?: string): Promise<number>;
  list(channel?: ChannelRef): SubscriptionView[];
}
