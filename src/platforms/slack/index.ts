/** Greenlight on Slack: start it with startSlack; alerts go through runtime.target. */
export { buildSlack, startSlack, type SlackDeps, type SlackRuntime, type SlackTuning } from './start.js';
export { SlackDeliveryTarget, type SlackDeliveryOptions } from './delivery-target.js';
export { SLACK_SCOPES, SLACK_COMMAND } from './scopes.js';
export { renderPages, visibleText } from './blocks.js';
