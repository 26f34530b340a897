/**
 * The bot scopes Greenlight asks for, and why each is needed. manifest.yml must list
 * exactly these (a test compares them).
 */
export const SLACK_SCOPES = [
  /** The /greenlight slash command. */
  'commands',
  /** Alerts (chat.postMessage / chat.update) and modal confirmations (chat.postEphemeral). */
  'chat:write',
  /** Joining a public channel when an alert finds the bot is not in it yet. */
  'channels:join',
  /**
   * conversations.history / conversations.replies in public and private channels: after a
   * post whose answer was lost, look for it (by its alert id metadata) before posting again.
   */
  'channels:history',
  'groups:history',
  /** users.info: is the user a workspace admin or owner (SLACK_ADMINS_INCLUDE_WORKSPACE_ADMINS). */
  'users:read',
  /** usergroups.users.list: members of admin user groups (SLACK_ADMIN_GROUPS). */
  'usergroups:read',
  /** Exports: filesUploadV2 (files.getUploadURLExternal / completeUploadExternal). */
  'files:write',
  /** Imports: files.info and the file's url_private, for a file shared in Slack. */
  'files:read',
  /** Exports are private: conversations.open for a direct message to the admin who asked. */
  'im:write',
] as const;

/** The slash command the manifest registers. */
export const SLACK_COMMAND = '/greenlight';
