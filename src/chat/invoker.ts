/**
 * The person running a command, as every platform describes them. What differs between
 * platforms is said here as capabilities, so that no command checks which platform it
 * runs on.
 */

/** What the place a command came from can do, or may be trusted with. */
export interface InvokerCapabilities {
  /**
   * The invoker sits at the machine Greenlight runs on (the local shell), so sources on
   * local files and private hosts are theirs to name. From chat they are refused unless
   * the config allows them.
   */
  localSources: boolean;
  /**
   * Files travel both ways here: a reply's file is delivered whole (uploaded on Slack,
   * attached on Discord, saved by the shell), and `attachment` options can be read through
   * the context's AttachmentReader. Where false, a file is shown inline, truncated.
   */
  attachments: boolean;
}

/** The person running a command. */
export interface Invoker {
  platform: string;
  userId: string;
  displayName: string;
  isAdmin: boolean;
  capabilities: InvokerCapabilities;
  /**
   * How this invoker types admin commands, when the platform puts them under another
   * command (Discord: `/greenlight-admin`); `/greenlight` when absent. Replies that name a
   * command to run next use it, so no command checks which platform it runs on.
   */
  adminCommand?: string;
}
