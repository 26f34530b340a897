/**
 * Refuses signed Slack requests dated too far from now. Bolt's HTTPReceiver refuses
 * timestamps more than five minutes old but accepts any timestamp in the future, so a
 * request signed with a date an hour ahead (by whoever once held the signing secret, or
 * captured from a client whose clock is wrong) could be replayed for that whole hour.
 * Slack's own rule is "more than five minutes from local time, in either direction".
 */
import type { IncomingMessage, RequestListener, ServerResponse } from 'node:http';
import type { Logger } from '../../core/ports.js';

/** Slack's documented window for x-slack-request-timestamp. */
export const MAX_REQUEST_SKEW_SECONDS = 5 * 60;

/** What the guard needs from a receiver: Bolt's HTTPReceiver exposes its listener. */
export interface ListeningReceiver {
  requestListener: RequestListener;
}

/**
 * Wraps the receiver's request listener: a request whose `x-slack-request-timestamp` is
 * more than `maxSkewSeconds` from now (either way) gets 401, as a bad signature does,
 * before its body is read or anything runs. Requests without the header are left to
 * Bolt, which refuses them unless they are Slack's unsigned ssl_check.
 */
export function refuseSkewedRequests(receiver: ListeningReceiver, logger: Logger, options: { maxSkewSeconds?: number; now?: () => number } = {}): void {
  const maxSkew = options.maxSkewSeconds ?? MAX_REQUEST_SKEW_SECONDS;
  const now = options.now ?? Date.now;
  const inner = receiver.requestListener;
  receiver.requestListener = (req: IncomingMessage, res: ServerResponse) => {
    const header = req.headers['x-slack-request-timestamp'];
    if (typeof header === 'string' && header.trim() !== '') {
      const sent = Number(header);
      const skew = Number.isFinite(sent) ? sent - now() / 1000 : Infinity;
      if (Math.abs(skew) > maxSkew) {
        logger.warn(
          { skewSeconds: Number.isFinite(skew) ? Math.round(skew) : header.slice(0, 40) },
          'slack: refused a request dated more than five minutes from now',
        );
        // The body is not read: close the connection rather than drain an unknown amount.
        res.writeHead(401, { connection: 'close' });
        res.end();
        return;
      }
    }
    inner(req, res);
  };
}
