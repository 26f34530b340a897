/** Where a command was run, and where alerts for a subscription go. */

/** A channel on one platform (and where channel-scoped commands such as subscribe act). */
export interface ChannelRef {
  platform: string;
  id: string;
  name?: string;
}
