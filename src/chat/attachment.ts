/**
 * Files that travel with a command, in either direction, as every platform sees them.
 * Out: a reply's `file` (reply.ts) is attached on Slack and Discord and saved under the data
 * folder by the shell. In: an option of type `attachment` names a file the way the place
 * the command came from can (an uploaded attachment on Discord, a file shared in Slack, a
 * local path in the shell); the platform gives the command an AttachmentReader that turns
 * that reference into the file's bytes. Commands never ask which platform they run on.
 */

/** A file received with a command. */
export interface InboundFile {
  name: string;
  content: Buffer;
}

/** Reads the files a command's `attachment` options name. */
export interface AttachmentReader {
  /**
   * How a file is given here, for help and errors: "attach the file", "a Slack file link or
   * id (F…)", "the path of a local file".
   */
  readonly howToGive: string;
  /** The file the option value names; throws a UsageError-like GreenlightError saying why not. */
  read(reference: string, limits: { maxBytes: number }): Promise<InboundFile>;
}

/** The largest file a command reads: a 30,000-party, 100,000-event ledger fits. */
export const MAX_ATTACHMENT_BYTES = 200 * 1024 * 1024;
