/** Alerts: subscriptions, the outbox and delivery. */
export { AlertService, type AlertServiceOptions } from './alert-service.js';
export { SubscriptionStore, type SubscriptionChange } from './subscription-store.js';
export { subscriptionSchema, summarize, viewOf, validateRequest, type Subscription } from './subscriptions.js';
export { matches } from './matcher.js';
export { toAlertEvents, quotaFigures } from './from-ledger.js';
export { renderAlert, renderDigest, neutralizeMentions, neutralizeReply, changeLine } from './render-alert.js';
export { Outbox, type OutboxEntry, type OutboxOptions } from './outbox.js';
export { type OutboxRecord } from './outbox-records.js';
export { Dispatcher, DEFAULT_DISPATCHER_SETTINGS, type DispatcherSettings, type DispatcherOptions } from './dispatcher.js';
export { inQuietHours, quietUntil } from './quiet-hours.js';
export { ALERT_KINDS, type AlertEvent, type AlertKind, type AlertPublisher } from './alert-event.js';
export { DeliveryError, type Alert, type DeliveryTarget, type DeliveryReceipt, type AlertMentions } from '../chat/alert.js';
