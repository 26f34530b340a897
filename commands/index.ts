/**
 * The command registry: an explicit list. The router validates it at startup, so a
 * duplicate or invalid command stops the bot before any user sees it.
 */
import { conditionAdd } from './condition-add.js';
import { conditionEdit } from './condition-edit.js';
import { conditionRemove } from './condition-remove.js';
import { explain } from './explain.js';
import { exportCommand } from './export.js';
import { help } from './help.js';
import { history } from './history.js';
import { importCommand } from './import.js';
import type { AnyCommand } from './lib/types.js';
import { list } from './list.js';
import { orderAdd } from './order-add.js';
import { orderEdit } from './order-edit.js';
import { orders } from './orders.js';
import { parties } from './parties.js';
import { partyAdd } from './party-add.js';
import { partyEdit } from './party-edit.js';
import { partyRemove } from './party-remove.js';
import { quota } from './quota.js';
import { review } from './review.js';
import { reviewAccept } from './review-accept.js';
import { reviewReject } from './review-reject.js';
import { status } from './status.js';
import { supplySet } from './supply-set.js';
import { trackAdd } from './track-add.js';
import { trackEdit } from './track-edit.js';
import { trackRemove } from './track-remove.js';
import { trackRestore } from './track-restore.js';
import { sourceAdd } from './source-add.js';
import { sourcePause } from './source-pause.js';
import { sourceRemove } from './source-remove.js';
import { sourceResume } from './source-resume.js';
import { sourceTest } from './source-test.js';
import { sources } from './sources.js';
import { subscribe } from './subscribe.js';
import { subscriptions } from './subscriptions.js';
import { unsubscribe } from './unsubscribe.js';

/** Every command, in the order help lists them. */
export const commands: readonly AnyCommand[] = [
  status,
  quota,
  list,
  orders,
  parties,
  history,
  help,
  trackAdd,
  trackEdit,
  trackRemove,
  trackRestore,
  orderAdd,
  orderEdit,
  conditionAdd,
  conditionEdit,
  conditionRemove,
  partyAdd,
  partyEdit,
  partyRemove,
  supplySet,
  importCommand,
  exportCommand,
  subscribe,
  unsubscribe,
  subscriptions,
  sources,
  sourceAdd,
  sourcePause,
  sourceResume,
  sourceRemove,
  sourceTest,
  explain,
  review,
  reviewAccept,
  reviewReject,
];
