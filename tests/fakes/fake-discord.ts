/**
 * A local fake of Discord's REST API and gateway on 127.0.0.1 (port 0), enough for the real
 * discord.js client: GET /gateway/bot, a gateway that says HELLO, READY, RESUMED and ACKs
 * heartbeats, interaction callbacks and webhooks, channel messages, threads and command
 * registration. Requests are recorded; one-shot failures can be queued per route, and an
 * outage (a route failing until it ends, the gateway refusing connections) can be switched on.
 * Like Discord, a message (or forum post) with `enforce_nonce` and a nonce seen before is not
 * created again: the earlier one is returned. `loseAnswerNext` lets a request take effect
 * and then resets the connection (the answer is lost). Files: multipart bodies (replies with
 * attachments) are read with their files' names and contents; `addAttachment` stores a
 * file a user uploads with a command and serves it from a CDN-like URL on 127.0.0.1.
 */
import { once } from 'node:events';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { WebSocketServer, type WebSocket } from 'ws';

/** One request the fake received. */
export interface FakeRequest {
  method: string;
  /** Path after `/api/v10`, e.g. `/channels/1/messages`. */
  path: string;
  body: any;
  headers: IncomingMessage['headers'];
  /** The HTTP status the fake answered with (set once answered). */
  status?: number;
}

/** A queued one-shot answer for a matching request. */
export interface FakeFailure {
  method: string;
  path: RegExp;
  status: number;
  body?: unknown;
  headers?: Record<string, string>;
}

/** Options for the fake. */
export interface FakeDiscordOptions {
  token: string;
  applicationId: string;
  botUserId?: string;
  /** Channel id → Discord channel type (0 text, 11 public thread, 15 forum). */
  channels?: Record<string, number>;
}

/** The fake server. */
export class FakeDiscord {
  readonly requests: FakeRequest[] = [];
  readonly identifies: any[] = [];
  readonly resumes: any[] = [];
  /** Registered commands per route (global or guild). */
  readonly commands = new Map<string, any[]>();
  private readonly failures: FakeFailure[] = [];
  private readonly lostAnswers: { method: string; path: RegExp }[] = [];
  /** Messages and forum posts by nonce (enforce_nonce), as first created. */
  private readonly nonces = new Map<string, { status: number; body: unknown }>();
  /** Files users attached to commands (addAttachment), by id, served at /attachments/{id}/{name}. */
  private readonly uploads = new Map<string, { name: string; content: Buffer }>();
  /** Channel messages created by POST /channels/{id}/messages, in order. */
  readonly channelMessages: { id: string; channelId: string }[] = [];
  /** Forum posts (threads with a starter message) created, in order. */
  readonly forumPosts: { id: string; parentId: string; name: string }[] = [];
  private outageFailure: FakeFailure | undefined;
  /** While set, an IDENTIFY is answered with READY only once it settles (see holdReady). */
  private readyHeld: Promise<void> | undefined;
  /** While true, new gateway connections are refused (HTTP 503 on the upgrade). */
  gatewayDown = false;
  private readonly sockets = new Set<WebSocket>();
  private readonly waiters: { match: (r: FakeRequest) => boolean; resolve: (r: FakeRequest) => void }[] = [];
  private readonly http: Server;
  private readonly wss: WebSocketServer;
  private seq = 0;
  private nextId = BigInt('900000000000000000');
  private sessions = 0;
  readonly channels: Map<string, number>;

  private constructor(readonly options: FakeDiscordOptions) {
    this.channels = new Map(Object.entries(options.channels ?? {}));
    this.http = createServer((req, res) => void this.handle(req, res));
    this.wss = new WebSocketServer({
      server: this.http,
      path: '/gateway',
      verifyClient: (_info, done) => (this.gatewayDown ? done(false, 503, 'Service Unavailable') : done(true)),
    });
    this.wss.on('connection', (socket) => this.onSocket(socket));
  }

  /** Starts a fake on a free port. */
  static async start(options: FakeDiscordOptions): Promise<FakeDiscord> {
    const fake = new FakeDiscord(options);
    fake.http.listen(0, '127.0.0.1');
    await once(fake.http, 'listening');
    return fake;
  }

  get port(): number {
    return (this.http.address() as AddressInfo).port;
  }
  /** The REST base for `rest.api` / DISCORD_API_URL. */
  get apiUrl(): string {
    return `http://127.0.0.1:${this.port}/api`;
  }
  get gatewayUrl(): string {
    return `ws://127.0.0.1:${this.port}/gateway`;
  }

  /** A fresh snowflake-like id. */
  id(): string {
    return (this.nextId++).toString();
  }

  /**
   * A file a user attaches to a command: returns the attachment object for the interaction's
   * `data.resolved.attachments`, whose URL this fake serves.
   */
  addAttachment(name: string, content: Buffer | string): { id: string; filename: string; size: number; url: string; proxy_url: string; content_type: string } {
    const id = this.id();
    const bytes = Buffer.from(content);
    this.uploads.set(id, { name, content: bytes });
    const url = `http://127.0.0.1:${this.port}/attachments/${id}/${encodeURIComponent(name)}`;
    return { id, filename: name, size: bytes.length, url, proxy_url: url, content_type: 'application/json' };
  }

  /** Queues a one-shot answer for the next request matching method and path. */
  failNext(failure: FakeFailure): void {
    this.failures.push(failure);
  }

  /** The next request matching method and path takes effect, then its connection is reset. */
  loseAnswerNext(method: string, path: RegExp): void {
    this.lostAnswers.push({ method, path });
  }

  /** Answers every request matching method and path with this failure until endOutage(). */
  startOutage(failure: FakeFailure): void {
    this.outageFailure = failure;
  }

  endOutage(): void {
    this.outageFailure = undefined;
  }

  /** Requests matching method and a path pattern. */
  find(method: string, path: RegExp): FakeRequest[] {
    return this.requests.filter((r) => r.method === method && path.test(r.path));
  }

  /** Resolves with the first request (already received or future) matching. */
  waitFor(method: string, path: RegExp, timeoutMs = 10_000, after = 0): Promise<FakeRequest> {
    const match = (r: FakeRequest) => r.method === method && path.test(r.path);
    const seen = this.requests.slice(after).find(match);
    if (seen) return Promise.resolve(seen);
    return new Promise((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`fake Discord: no ${method} ${path} within ${timeoutMs} ms`)), timeoutMs);
      this.waiters.push({
        match,
        resolve: (r) => {
          clearTimeout(timer);
          resolve(r);
        },
      });
    });
  }

  /** Sends a gateway dispatch to every connected client. */
  dispatch(t: string, d: unknown): void {
    const frame = JSON.stringify({ op: 0, t, s: ++this.seq, d });
    for (const socket of this.sockets) socket.send(frame);
  }

  /** Asks clients to reconnect (op 7). */
  /** Holds back READY for the next sessions until the returned function is called (a slow gateway). */
  holdReady(): () => void {
    let release!: () => void;
    this.readyHeld = new Promise<void>((resolve) => {
      release = resolve;
    });
    return release;
  }

  requestReconnect(): void {
    for (const socket of this.sockets) socket.send(JSON.stringify({ op: 7, d: null }));
  }

  /** Closes every gateway connection with a code (4000 = resumable unknown error). */
  dropConnections(code = 4000): void {
    for (const socket of this.sockets) socket.close(code, 'fake drop');
  }

  /** Number of open gateway sockets that have identified or resumed. */
  get openSockets(): number {
    return this.sockets.size;
  }

  async close(): Promise<void> {
    for (const socket of this.sockets) socket.terminate();
    this.wss.close();
    this.http.closeAllConnections();
    await new Promise<void>((resolve) => this.http.close(() => resolve()));
  }

  private onSocket(socket: WebSocket): void {
    socket.send(JSON.stringify({ op: 10, d: { heartbeat_interval: 41_250 } }));
    socket.on('message', (raw) => {
      const frame = JSON.parse(raw.toString());
      if (frame.op === 1) socket.send(JSON.stringify({ op: 11 }));
      else if (frame.op === 2) this.onIdentify(socket, frame.d);
      else if (frame.op === 6) this.onResume(socket, frame.d);
    });
    socket.on('close', () => this.sockets.delete(socket));
  }

  private onIdentify(socket: WebSocket, d: any): void {
    if (d.token !== this.options.token) {
      socket.close(4004, 'Authentication failed.');
      return;
    }
    this.identifies.push(d);
    this.sockets.add(socket);
    if (this.readyHeld) void this.readyHeld.then(() => this.sendReady(socket));
    else this.sendReady(socket);
  }

  private sendReady(socket: WebSocket): void {
    socket.send(
      JSON.stringify({
        op: 0,
        t: 'READY',
        s: ++this.seq,
        d: {
          v: 10,
          session_id: `session-${++this.sessions}`,
          resume_gateway_url: this.gatewayUrl,
          shard: [0, 1],
          guilds: [],
          user: {
            id: this.options.botUserId ?? this.options.applicationId,
            username: 'greenlight',
            discriminator: '0',
            global_name: null,
            avatar: null,
            bot: true,
            flags: 0,
          },
          application: { id: this.options.applicationId, flags: 0 },
        },
      }),
    );
  }

  private onResume(socket: WebSocket, d: any): void {
    if (d.token !== this.options.token) {
      socket.close(4004, 'Authentication failed.');
      return;
    }
    this.resumes.push(d);
    this.sockets.add(socket);
    socket.send(JSON.stringify({ op: 0, t: 'RESUMED', s: ++this.seq, d: {} }));
  }

  private async readBody(req: IncomingMessage): Promise<any> {
    const chunks: Buffer[] = [];
    for await (const chunk of req) chunks.push(chunk as Buffer);
    const raw = Buffer.concat(chunks);
    if (!raw.length) return undefined;
    const type = req.headers['content-type'] ?? '';
    if (type.startsWith('multipart/form-data')) {
      const form = await new Response(raw, { headers: { 'content-type': type } }).formData();
      const payload = form.get('payload_json');
      const parts = [...form.entries()].filter(([k]) => k.startsWith('files[')).map(([, v]) => v as File);
      const contents = await Promise.all(parts.map(async (f) => ({ name: f.name, content: Buffer.from(await f.arrayBuffer()).toString('utf8') })));
      return { ...(payload ? JSON.parse(String(payload)) : {}), _files: parts.map((f) => f.name), _fileContents: contents };
    }
    return JSON.parse(raw.toString('utf8'));
  }

  private async handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const url = new URL(req.url ?? '/', 'http://x');
    const attachment = /^\/attachments\/(\d+)\/[^/]+$/.exec(url.pathname);
    if (attachment && req.method === 'GET') {
      // Like Discord's CDN: no Authorization needed.
      const file = this.uploads.get(attachment[1]!);
      if (!file) return void res.writeHead(404).end();
      return void res.writeHead(200, { 'content-type': 'application/octet-stream', 'content-length': String(file.content.length) }).end(file.content);
    }
    const path = decodeURIComponent(url.pathname.replace(/^\/api\/v10/, ''));
    const request: FakeRequest = { method: req.method ?? 'GET', path, body: await this.readBody(req), headers: req.headers };
    this.requests.push(request);
    const send = (status: number, body?: unknown, headers: Record<string, string> = {}) => {
      request.status = status;
      if (body === undefined) {
        res.writeHead(status, headers).end();
      } else {
        res.writeHead(status, { 'content-type': 'application/json', ...headers }).end(JSON.stringify(body));
      }
      // Waiters hear about a request once it has been answered.
      for (const waiter of [...this.waiters]) {
        if (waiter.match(request)) {
          this.waiters.splice(this.waiters.indexOf(waiter), 1);
          waiter.resolve(request);
        }
      }
    };
    const failure = this.failures.find((f) => f.method === request.method && f.path.test(path));
    if (failure) {
      this.failures.splice(this.failures.indexOf(failure), 1);
      return send(failure.status, failure.body ?? { message: 'fake failure', code: 0 }, failure.headers);
    }
    const outage = this.outageFailure;
    if (outage && outage.method === request.method && outage.path.test(path)) {
      return send(outage.status, outage.body ?? { message: 'fake outage', code: 0 }, outage.headers);
    }
    const isInteraction = /^\/(interactions|webhooks)\//.test(path);
    if (!isInteraction && req.headers.authorization !== `Bot ${this.options.token}`) {
      return send(401, { message: '401: Unauthorized', code: 0 });
    }
    const lost = this.lostAnswers.find((l) => l.method === request.method && l.path.test(path));
    if (lost) {
      this.lostAnswers.splice(this.lostAnswers.indexOf(lost), 1);
      // Route for its effect, then drop the connection instead of answering.
      return this.route(request, (status) => {
        request.status = status;
        req.socket.destroy();
      });
    }
    this.route(request, send);
  }

  private route(r: FakeRequest, send: (status: number, body?: unknown) => void): void {
    const app = this.options.applicationId;
    let m: RegExpExecArray | null;
    if (r.method === 'GET' && r.path === '/gateway/bot') {
      return send(200, { url: this.gatewayUrl, shards: 1, session_start_limit: { total: 1000, remaining: 999, reset_after: 0, max_concurrency: 1 } });
    }
    if ((m = /^\/applications\/(\d+)(\/guilds\/\d+)?\/commands$/.exec(r.path)) && m[1] === app) {
      const key = r.path;
      if (r.method === 'GET') return send(200, this.commands.get(key) ?? []);
      if (r.method === 'PUT') {
        const previous = this.commands.get(key) ?? [];
        const stored = (r.body as any[]).map((c) => ({
          id: previous.find((p) => p.name === c.name)?.id ?? this.id(),
          application_id: app,
          version: this.id(),
          ...c,
        }));
        this.commands.set(key, stored);
        return send(200, stored);
      }
    }
    if (r.method === 'POST' && /^\/interactions\/\d+\/[^/]+\/callback$/.test(r.path)) return send(204);
    if (/^\/webhooks\/\d+\/[^/]+(\/messages\/(@original|\d+))?$/.test(r.path)) {
      if (r.method === 'DELETE') return send(204);
      return send(200, this.message('0', r.body));
    }
    if ((m = /^\/channels\/(\d+)$/.exec(r.path)) && r.method === 'GET') {
      const type = this.channels.get(m[1]!);
      if (type === undefined) return send(404, { message: 'Unknown Channel', code: 10003 });
      return send(200, { id: m[1], type, name: `channel-${m[1]}`, guild_id: '1000000000000000001' });
    }
    if ((m = /^\/channels\/(\d+)\/messages$/.exec(r.path)) && r.method === 'POST') {
      if (!this.channels.has(m[1]!)) return send(404, { message: 'Unknown Channel', code: 10003 });
      return this.once(r.body, send, () => {
        const message = this.message(m![1]!, r.body) as { id: string };
        this.channelMessages.push({ id: message.id, channelId: m![1]! });
        return [200, message];
      });
    }
    if ((m = /^\/channels\/(\d+)\/messages\/(\d+)$/.exec(r.path)) && r.method === 'PATCH') {
      return send(200, { ...(this.message(m[1]!, r.body) as object), id: m[2] });
    }
    if ((m = /^\/channels\/(\d+)\/messages\/(\d+)\/threads$/.exec(r.path)) && r.method === 'POST') {
      if (this.channels.has(m[2]!)) return send(400, { message: 'A thread has already been created for this message', code: 160004 });
      this.channels.set(m[2]!, 11);
      return send(201, { id: m[2], type: 11, parent_id: m[1], name: r.body?.name });
    }
    if ((m = /^\/channels\/(\d+)\/threads$/.exec(r.path)) && r.method === 'POST') {
      return this.once(r.body?.message, send, () => {
        const id = this.id();
        this.channels.set(id, 11);
        this.forumPosts.push({ id, parentId: m![1]!, name: r.body?.name });
        return [201, { id, type: 11, parent_id: m![1], name: r.body?.name, message: this.message(id, r.body?.message, id) }];
      });
    }
    send(404, { message: `fake Discord has no route ${r.method} ${r.path}`, code: 0 });
  }

  /** Creates once per enforced nonce: a repeat gets what the first one got. */
  private once(message: any, send: (status: number, body?: unknown) => void, create: () => [number, unknown]): void {
    const key = message?.enforce_nonce === true && message?.nonce !== undefined ? String(message.nonce) : undefined;
    const earlier = key !== undefined ? this.nonces.get(key) : undefined;
    if (earlier) return send(earlier.status, earlier.body);
    const [status, body] = create();
    if (key !== undefined) this.nonces.set(key, { status, body });
    send(status, body);
  }

  private message(channelId: string, body: any, id = this.id()): unknown {
    return {
      id,
      channel_id: channelId,
      type: 0,
      content: body?.content ?? '',
      embeds: body?.embeds ?? [],
      components: body?.components ?? [],
      attachments: [],
      mentions: [],
      mention_roles: [],
      mention_everyone: false,
      pinned: false,
      tts: false,
      flags: body?.flags ?? 0,
      timestamp: new Date().toISOString(),
      edited_timestamp: null,
      author: {
        id: this.options.botUserId ?? this.options.applicationId,
        username: 'greenlight',
        discriminator: '0',
        global_name: null,
        avatar: null,
        bot: true,
      },
    };
  }
}
