/**
 * What subscriptions match on: a change worth telling channels about. Most come from
 * ledger events; some do not change the ledger (news, contradictions, approaching dates,
 * source health) and are raised by the source watcher directly.
 */
import type { Evidence, Quantity } from '../core/model.js';

/** Kinds of alert events; subscriptions choose among these. */
export const ALERT_KINDS = [
  'authorization.new',
  'authorization.status',
  'authorization.quota',
  'authorization.removed',
  'condition.added',
  'condition.changed',
  'condition.final',
  'condition.removed',
  'order.new',
  'order.status',
  'order.overcommit',
  'claim.reported',
  'contradiction',
  'date.approaching',
  'news',
  'source.health',
  'supply.changed',
] as const;
/** One kind of alert event. */
export type AlertKind = (typeof ALERT_KINDS)[number];

/** A change worth alerting on, already described in neutral words. */
export interface AlertEvent {
  /** Stable id: `ledger:<seq>`, `news:<source>:<item id>`, ... so a retry or restart never duplicates it. */
  id: string;
  kind: AlertKind;
  /** When it happened (ISO). */
  occurredAt: string;
  authorizationId?: string;
  /**
   * The tracked records the alert is about when that is not simply its authorization: the
   * order (an order change, a delivery; its authorization is then the quota it counts
   * against), the supply figure of a stock report. Absent: its authorization, if any.
   */
  recordIds?: string[];
  itemId?: string;
  holderIds: string[];
  authorityId?: string;
  /** The quantity the change is about (quota, order), for minimum-quantity filters. */
  quantity?: Quantity;
  /** One line: "China H200 import approval: pending → approved". Text from sources is raw here. */
  headline: string;
  /** What changed, before and after, as labelled lines. */
  changes: { label: string; before?: string; after?: string }[];
  /** Figures kept but worth a second look ("the allocations add up to more than the quota"), as the command's reply says them. */
  warnings?: string[];
  /** Quota figures at the time of the alert, as labelled lines (approved, ordered, remaining...). */
  figures: { label: string; value: string }[];
  evidence: Evidence[];
  /** The ledger event sequence numbers behind it (empty for news and health). */
  seqs: number[];
  /** Which source raised it (news, health). */
  sourceId?: string;
  /** Who made a change by hand ("admin Jane"), with their note: an admin edit is credited to them, not to a source. */
  by?: string;
}

/** Takes alert events that do not come from the ledger (news, health, dates, contradictions). */
export interface AlertPublisher {
  publish(events: AlertEvent[]): Promise<void>;
}
