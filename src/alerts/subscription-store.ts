/**
 * Persisted subscriptions in `<dataDir>/subscriptions.json`, written atomically through
 * DurableJsonFile. One writer per file: the AlertService owns this store.
 */
import type { DisplayNames } from '../chat/field-text.js';
import { join } from 'node:path';
import { Low } from 'lowdb';
import type { ChannelRef } from '../chat/channel-ref.js';
import type { SubscriptionRequest, SubscriptionService, SubscriptionView } from '../chat/subscription-service.js';
import { DomainError } from '../core/errors.js';
import type { Clock } from '../core/ports.js';
import { formatZodIssues } from '../core/zod-issues.js';
import { DurableJsonFile } from '../store/durable-json-file.js';
import { StoreError } from '../store/store-error.js';
import {
  sameChannel,
  sameFilters,
  subscriptionFileSchema,
  summarize,
  validateRequest,
  viewOf,
  type Subscription,
  type SubscriptionFile,
} from './subscriptions.js';

const RECOVERY = ' Fix the file by hand or restore it from a backup (deleting it removes every subscription), then start again.';

/** What other parts of the alert service hear about subscription changes. */
export interface SubscriptionChange {
  kind: 'added' | 'removed' | 'disabled';
  subscription: Subscription;
}

/** Subscriptions on disk, implementing the commands' SubscriptionService. */
export class SubscriptionStore implements SubscriptionService {
  private db: Low<SubscriptionFile> | undefined;
  private readonly listeners: ((change: SubscriptionChange) => void)[] = [];

  constructor(
    private readonly dataDir: string,
    private readonly clock: Clock,
    /** `digestCron`: used when a digest subscription names no schedule; `names`: the ledger's records, so summaries name them. */
    private readonly defaults: { digestCron?: string; names?: () => DisplayNames } = {},
  ) {}

  /** The file's path. */
  get path(): string {
    return join(this.dataDir, 'subscriptions.json');
  }

  /** Loads the file (or starts empty); a file that does not validate is a `corrupt` StoreError naming it. */
  async open(): Promise<void> {
    const adapter = new DurableJsonFile<SubscriptionFile>(this.path, RECOVERY);
    await adapter.removeStaleTemps();
    const db = new Low<SubscriptionFile>(adapter, { version: 1, nextId: 1, subscriptions: [] });
    await db.read();
    const parsed = subscriptionFileSchema.safeParse(db.data);
    if (!parsed.success) {
      throw new StoreError('corrupt', this.path, `${this.path}: ${formatZodIssues(parsed.error.issues, { max: 3 })}.${RECOVERY}`);
    }
    db.data = parsed.data;
    this.db = db;
  }

  /** Calls `listener` after each change (used to (un)schedule digests). */
  onChange(listener: (change: SubscriptionChange) => void): void {
    this.listeners.push(listener);
  }

  /** Every subscription, enabled or not. */
  all(): readonly Subscription[] {
    return this.data.subscriptions;
  }

  /** One subscription by id. */
  get(id: string): Subscription | undefined {
    return this.data.subscriptions.find((s) => s.id === id);
  }

  async subscribe(asked: SubscriptionRequest): Promise<SubscriptionView> {
    const request = asked.mode === 'digest' && !asked.digestCron && this.defaults.digestCron ? { ...asked, digestCron: this.defaults.digestCron } : asked;
    validateRequest(request);
    const data = this.data;
    const sub: Subscription = {
      id: `sub-${data.nextId}`,
      channel: { platform: request.channel.platform, id: request.channel.id, ...(request.channel.name ? { name: request.channel.name } : {}) },
      kinds: [...request.kinds],
      excludeKinds: [...request.excludeKinds],
      items: [...request.items],
      holders: [...request.holders],
      authorities: [...request.authorities],
      excludeItems: [...request.excludeItems],
      excludeHolders: [...request.excludeHolders],
      excludeAuthorities: [...request.excludeAuthorities],
      ...(request.minQuantity !== undefined ? { minQuantity: request.minQuantity } : {}),
      mentions: { roles: [...request.mentions.roles], users: [...request.mentions.users], groups: [...request.mentions.groups] },
      mode: request.mode,
      ...(request.mode === 'digest' && request.digestCron ? { digestCron: request.digestCron } : {}),
      ...(request.quietHours ? { quietHours: { ...request.quietHours } } : {}),
      livingCard: request.livingCard,
      broadcast: request.broadcast,
      enabled: true,
      createdAt: this.clock.now().toISOString(),
    };
    // A second identical subscription would deliver every alert twice; point at the first.
    const twin = data.subscriptions.find((s) => s.enabled && sameChannel(s.channel, sub.channel) && sameFilters(s, sub));
    if (twin) {
      throw new DomainError(
        'conflict',
        `This channel already has this subscription: ${twin.id} (${summarize(twin, this.defaults.names?.())}). A second one would send every alert twice.`,
      );
    }
    await this.save(() => {
      data.subscriptions.push(sub);
      data.nextId += 1;
    });
    this.emit({ kind: 'added', subscription: sub });
    return viewOf(sub, this.defaults.names?.());
  }

  async unsubscribe(channel: ChannelRef, id?: string): Promise<number> {
    const data = this.data;
    const doomed = data.subscriptions.filter((s) => sameChannel(s.channel, channel) && (id === undefined || s.id === id));
    if (id !== undefined && !doomed.length) {
      const mine = data.subscriptions.filter((s) => sameChannel(s.channel, channel)).map((s) => s.id);
      throw new DomainError(
        'not_found',
        `This channel has no subscription ${id}.${mine.length ? ` Its subscriptions: ${mine.join(', ')}.` : ' It has no subscriptions.'}`,
      );
    }
    if (!doomed.length) return 0;
    await this.save(() => {
      data.subscriptions = data.subscriptions.filter((s) => !doomed.includes(s));
    });
    for (const sub of doomed) this.emit({ kind: 'removed', subscription: sub });
    return doomed.length;
  }

  list(channel?: ChannelRef): SubscriptionView[] {
    return this.data.subscriptions.filter((s) => !channel || sameChannel(s.channel, channel)).map((sub) => viewOf(sub, this.defaults.names?.()));
  }

  /** Turns a subscription off (delivery keeps failing for good); it stays listed with the reason. */
  async disable(id: string, reason: string): Promise<Subscription | undefined> {
    const sub = this.get(id);
    if (!sub || !sub.enabled) return undefined;
    await this.save(() => {
      sub.enabled = false;
      sub.disabledReason = reason;
    });
    this.emit({ kind: 'disabled', subscription: sub });
    return sub;
  }

  private get data(): SubscriptionFile {
    if (!this.db) throw new Error('SubscriptionStore used before open()');
    return this.db.data;
  }

  /** Applies a change and writes it; on a failed write the change is undone, so memory matches the file. */
  private async save(change: () => void): Promise<void> {
    const db = this.db!;
    const backup = structuredClone(db.data);
    change();
    try {
      await db.write();
    } catch (err) {
      db.data = backup;
      throw err;
    }
  }

  private emit(change: SubscriptionChange): void {
    for (const listener of this.listeners) listener(change);
  }
}
