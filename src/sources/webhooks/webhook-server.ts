/**
 * Inbound webhooks: `POST /hooks/<source-id>` with a signed JSON body (see signature.ts and
 * docs/webhooks.md), and `GET /healthz`. Checks run in this order, and nothing is stored
 * unless all pass: method (405), size (413), signature and timestamp (401), paused (503),
 * JSON and schema (400). Until the signature is checked every id is answered alike, whether
 * a webhook source has it or not, so ids cannot be enumerated.
 */
import { randomBytes } from 'node:crypto';
import { formatZodIssues } from '../../core/zod-issues.js';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Clock, Logger } from '../../core/ports.js';
import type { IngestOutcome } from '../pipeline/types.js';
import { webhookPayloadSchema, type WebhookPayload } from './payload.js';
import { SIGNATURE_HEADER, TIMESTAMP_HEADER, verifyWebhook } from './signature.js';

/** Largest body accepted. */
export const MAX_WEBHOOK_BYTES = 1024 * 1024;

/** Connection and timing limits (config `sourceDefaults.webhook*`). */
export interface WebhookLimits {
  /** Open connections at most; more are closed at once. Default 64. */
  maxConnections: number;
  /** A request's headers must arrive within this. Default 5,000. */
  headersTimeoutMs: number;
  /** Its body must arrive within this after the headers. Default 10,000. */
  bodyTimeoutMs: number;
}

/** Defaults for {@link WebhookLimits}. */
export const DEFAULT_WEBHOOK_LIMITS: WebhookLimits = { maxConnections: 64, headersTimeoutMs: 5_000, bodyTimeoutMs: 10_000 };

/** What the server needs from the source watcher. */
export interface WebhookReceiver {
  /** The webhook source with this id: its secret (undefined when not configured) and whether it is paused; undefined when there is none. */
  lookup(sourceId: string): { secret: string | undefined; paused: boolean } | undefined;
  /** Ingests a verified, validated delivery. */
  deliver(sourceId: string, payload: WebhookPayload): Promise<{ duplicate: true } | { duplicate: false; outcome: IngestOutcome }>;
}

/** Options for {@link WebhookServer}. */
export interface WebhookServerOptions {
  receiver: WebhookReceiver;
  clock: Clock;
  logger: Logger;
  /** 0 picks a free port. */
  port: number;
  /** Default 127.0.0.1: put a reverse proxy with TLS in front for the internet. */
  host?: string;
  limits?: Partial<WebhookLimits>;
}

class HttpError extends Error {
  constructor(
    readonly status: number,
    message: string,
  ) {
    super(message);
  }
}

/** The webhook HTTP server. */
export class WebhookServer {
  private server: Server | undefined;
  /** Verifies deliveries to ids without a usable secret, so they take as long as real ones and always fail. */
  private readonly decoySecret = randomBytes(32).toString('hex');

  constructor(private readonly opts: WebhookServerOptions) {}

  /** Starts listening; resolves with the bound address. */
  async start(): Promise<{ host: string; port: number }> {
    const limits = { ...DEFAULT_WEBHOOK_LIMITS, ...this.opts.limits };
    const server = createServer(
      {
        // Slow-loris guard: headers, then the whole request, within their budgets. Node checks
        // these timeouts only every connectionsCheckingInterval (30 s by default), so check often.
        headersTimeout: limits.headersTimeoutMs,
        requestTimeout: limits.headersTimeoutMs + limits.bodyTimeoutMs,
        connectionsCheckingInterval: Math.max(50, Math.min(1_000, Math.floor(limits.headersTimeoutMs / 4))),
        keepAliveTimeout: Math.min(5_000, limits.headersTimeoutMs),
      },
      (req, res) => {
        this.handle(req, res, limits).catch((err: unknown) => {
          this.opts.logger.error({ err }, 'webhook handler failed');
          if (!res.headersSent) send(res, 500, { error: 'internal error; nothing was stored' });
        });
      },
    );
    // Beyond this many open connections new ones are closed at once.
    server.maxConnections = limits.maxConnections;
    const host = this.opts.host ?? '127.0.0.1';
    await new Promise<void>((resolve, reject) => {
      server.once('error', reject);
      server.listen(this.opts.port, host, () => {
        server.off('error', reject);
        resolve();
      });
    });
    this.server = server;
    const addr = server.address() as AddressInfo;
    this.opts.logger.info({ host: addr.address, port: addr.port }, 'webhook server listening');
    return { host: addr.address, port: addr.port };
  }

  /** The bound address, once started. */
  address(): { host: string; port: number } | undefined {
    const a = this.server?.address() as AddressInfo | null | undefined;
    return a ? { host: a.address, port: a.port } : undefined;
  }

  async stop(): Promise<void> {
    const server = this.server;
    this.server = undefined;
    if (!server) return;
    server.closeAllConnections();
    await new Promise<void>((resolve) => server.close(() => resolve()));
  }

  private async handle(req: IncomingMessage, res: ServerResponse, limits: WebhookLimits): Promise<void> {
    const path = (req.url ?? '/').split('?')[0] ?? '/';
    if (path === '/healthz') return void drainAnd(req, res, req.method === 'GET' || req.method === 'HEAD' ? 200 : 405, { ok: true });
    const m = /^\/hooks\/([^/]{1,200})\/?$/.exec(path);
    if (!m) return void drainAnd(req, res, 404, { error: 'not found; webhooks are POST /hooks/<source-id>' });
    // From here on a known id and an unknown one get the same answers until the signature is checked.
    if (req.method !== 'POST') return void drainAnd(req, res, 405, { error: 'use POST' });
    const sourceId = /^[a-z0-9][a-z0-9-]{0,62}$/.test(m[1]!) ? m[1]! : undefined;
    const target = sourceId === undefined ? undefined : this.opts.receiver.lookup(sourceId);

    let body: Buffer;
    try {
      body = await readLimited(req, MAX_WEBHOOK_BYTES, limits.bodyTimeoutMs);
    } catch (err) {
      if (err instanceof HttpError) return void drainAnd(req, res, err.status, { error: err.message });
      throw err;
    }
    const secret = target?.secret ?? this.decoySecret;
    const check = verifyWebhook(secret, header(req, TIMESTAMP_HEADER), header(req, SIGNATURE_HEADER), body, this.opts.clock.now().getTime());
    if (!check.ok || !target || target.secret === undefined || sourceId === undefined) {
      const reason = check.ok ? 'signature does not match' : check.reason;
      if (target) this.opts.logger.warn({ sourceId, reason: target.secret === undefined ? 'no secret configured for this source' : reason }, 'webhook refused');
      return void send(res, 401, { error: reason });
    }
    if (target.paused) return void send(res, 503, { error: 'this source is paused; retry later' });
    let json: unknown;
    try {
      json = JSON.parse(body.toString('utf8'));
    } catch (err) {
      return void send(res, 400, { error: `body is not valid JSON: ${(err as Error).message}` });
    }
    const parsed = webhookPayloadSchema.safeParse(json);
    if (!parsed.success) return void send(res, 400, { error: formatZodIssues(parsed.error.issues, { max: 5, topLevel: '(body)' }) });

    const result = await this.opts.receiver.deliver(sourceId, parsed.data);
    if (result.duplicate)
      return void send(res, 200, { accepted: true, duplicate: true, outcomes: [`${parsed.data.id}: already delivered with the same content; nothing new`] });
    const outcomes = result.outcome.outcomes.map((o) => `${o.title}: ${o.outcome}`);
    send(res, 202, { accepted: true, duplicate: false, events: result.outcome.ledgerEvents.length + result.outcome.alertEvents.length, outcomes });
  }
}

function header(req: IncomingMessage, name: string): string | undefined {
  const v = req.headers[name];
  return Array.isArray(v) ? v[0] : v;
}

function send(res: ServerResponse, status: number, body: object): void {
  const text = JSON.stringify(body);
  res
    .writeHead(status, {
      'content-type': 'application/json; charset=utf-8',
      'content-length': Buffer.byteLength(text),
      'cache-control': 'no-store',
      ...(status === 408 ? { connection: 'close' } : {}),
    })
    .end(text);
}

/** Answers without reading a (possibly large) body; the rest of it is read and dropped. */
function drainAnd(req: IncomingMessage, res: ServerResponse, status: number, body: object): void {
  send(res, status, body);
  req.resume();
}

/** Reads the body, refusing (413) as soon as it passes `max` bytes, declared or streamed, and (408) when it takes longer than `timeoutMs`. */
function readLimited(req: IncomingMessage, max: number, timeoutMs: number): Promise<Buffer> {
  const declared = Number(req.headers['content-length']);
  if (Number.isFinite(declared) && declared > max) return Promise.reject(new HttpError(413, `body larger than ${max} bytes`));
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    let done = false;
    const timer = setTimeout(() => {
      if (done) return;
      done = true;
      reject(new HttpError(408, `body not received within ${timeoutMs} ms`));
      // A sender that stalls mid-body does not get to hold the connection: the 408 closes it.
      setTimeout(() => req.socket.destroy(), 1_000).unref();
    }, timeoutMs);
    timer.unref();
    req.on('data', (chunk: Buffer) => {
      if (done) return;
      size += chunk.length;
      if (size > max) {
        // Keep draining (and dropping) so the 413 reaches the sender instead of a reset.
        done = true;
        clearTimeout(timer);
        reject(new HttpError(413, `body larger than ${max} bytes`));
        return;
      }
      chunks.push(chunk);
    });
    req.on('end', () => {
      clearTimeout(timer);
      if (!done) resolve(Buffer.concat(chunks));
      done = true;
    });
    req.on('error', (err) => {
      clearTimeout(timer);
      if (!done) reject(err);
      done = true;
    });
  });
}
