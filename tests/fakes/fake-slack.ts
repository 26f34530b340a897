/**
 * A fake Slack for tests and benchmarks, on 127.0.0.1 (random port):
 * - the Web API at `${apiUrl}{method}` (form or JSON bodies, Bearer tokens), with sane
 *   defaults for the methods Greenlight calls and per-method overrides;
 * - response_url endpoints at `${origin}/respond/{id}`;
 * - Socket Mode: apps.connections.open hands out `ws://127.0.0.1:P/socket`, the server
 *   sends hello and can push envelopes, resolving with the app's ack;
 * - optionally Slack's one-message-a-second-per-channel limit, answered with 429;
 * - the messages posted (with their metadata), read back by conversations.history and
 *   conversations.replies (metadata only with include_all_metadata, as Slack does);
 * - "accepted but the answer was lost": `loseAnswer` makes the next call of a method take
 *   effect and then reset the connection, answer after the client gave up, or answer 5xx;
 * - files: the upload flow of `filesUploadV2` (files.getUploadURLExternal hands out an
 *   upload URL on 127.0.0.1, the bytes are POSTed there, files.completeUploadExternal shares
 *   them), files.info, and `url_private` downloads that need the bot token; `addFile` puts a
 *   file a user shared in the workspace.
 */
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { randomUUID } from 'node:crypto';
import { WebSocketServer, type WebSocket } from 'ws';

/** One Web API call as the fake saw it. */
export interface ApiCall {
  method: string;
  token: string | undefined;
  params: Record<string, unknown>;
  at: number;
}

/** What an override answers: a Slack body (status 200), or full control. */
export type ApiAnswer = Record<string, unknown> | { status: number; headers?: Record<string, string>; body?: string };

/** An override for one method; return undefined to fall back to the default. */
export type ApiHandler = (params: Record<string, unknown>, call: ApiCall) => ApiAnswer | undefined | Promise<ApiAnswer | undefined>;

/** A message the fake holds, as Slack would store it. */
export interface StoredMessage {
  channel: string;
  ts: string;
  text: string;
  blocks?: unknown;
  metadata?: { event_type: string; event_payload: Record<string, unknown> };
  thread_ts?: string;
  reply_broadcast?: boolean;
}

/** A file the fake holds: uploaded by the bot, or shared by a user (addFile). */
export interface StoredFile {
  id: string;
  name: string;
  title?: string;
  content: Buffer;
  /** Channels it was shared in (completeUploadExternal's channel_id, or addFile's). */
  channels: string[];
  initialComment?: string;
  /** Set once the bytes arrived at the upload URL. */
  uploaded: boolean;
}

/** How a call that took effect loses its answer. */
export type LostAnswer = 'reset' | { delayMs: number } | { status: number } | { error: string };

/** Settings for the fake. */
export interface FakeSlackOptions {
  botToken?: string;
  appToken?: string;
  /** Answer 429 (Retry-After: 1) to a second post to a channel within a second. */
  enforceChannelRate?: boolean;
}

function isFull(a: ApiAnswer): a is { status: number; headers?: Record<string, string>; body?: string } {
  return typeof (a as { status?: unknown }).status === 'number';
}

function parseParams(raw: string, type: string | undefined): Record<string, unknown> {
  if (type?.includes('application/json')) return raw ? (JSON.parse(raw) as Record<string, unknown>) : {};
  const out: Record<string, unknown> = {};
  for (const [k, v] of new URLSearchParams(raw)) {
    // The client JSON-encodes objects and arrays (blocks, view) inside form fields.
    if (/^[[{]/.test(v)) {
      try {
        out[k] = JSON.parse(v);
        continue;
      } catch {
        /* keep as text */
      }
    }
    out[k] = v;
  }
  return out;
}

/** The fake Slack server. */
export class FakeSlack {
  readonly calls: ApiCall[] = [];
  /** Bodies posted to response_url endpoints, by id. */
  readonly responses: { id: string; body: Record<string, unknown> }[] = [];
  /** Socket Mode acks received. */
  readonly socketAcks: Record<string, unknown>[] = [];
  /** User ids that users.info reports as workspace admins. */
  readonly workspaceAdmins = new Set<string>();
  /** Members of user groups, for usergroups.users.list. */
  readonly groups = new Map<string, string[]>();
  /** Messages posted, oldest first. */
  readonly messages: StoredMessage[] = [];
  /** Files by id. */
  readonly files = new Map<string, StoredFile>();
  private fileSeq = 0;
  private readonly handlers = new Map<string, ApiHandler>();
  private readonly lost = new Map<string, LostAnswer[]>();
  private readonly lastPost = new Map<string, number>();
  private readonly server: Server;
  private readonly wss: WebSocketServer;
  private readonly sockets = new Set<WebSocket>();
  private readonly pendingAcks = new Map<string, (ack: Record<string, unknown>) => void>();
  private seq = 0;
  private port = 0;
  readonly botToken: string;
  readonly appToken: string;

  constructor(private readonly options: FakeSlackOptions = {}) {
    this.botToken = options.botToken ?? 'xoxb-test-token';
    this.appToken = options.appToken ?? 'xapp-test-token';
    this.server = createServer((req, res) => void this.handle(req, res));
    this.wss = new WebSocketServer({ noServer: true });
    this.server.on('upgrade', (req, socket, head) => {
      this.wss.handleUpgrade(req, socket, head, (ws) => {
        this.sockets.add(ws);
        ws.on('close', () => this.sockets.delete(ws));
        ws.on('message', (data) => {
          const msg = JSON.parse(String(data)) as Record<string, unknown>;
          if (typeof msg.envelope_id === 'string') {
            this.socketAcks.push(msg);
            this.pendingAcks.get(msg.envelope_id)?.(msg);
            this.pendingAcks.delete(msg.envelope_id);
          }
        });
        ws.send(JSON.stringify({ type: 'hello', num_connections: 1, debug_info: { host: 'fake' }, connection_info: { app_id: 'A1' } }));
      });
    });
  }

  /** Starts listening; returns this. */
  async start(): Promise<this> {
    await new Promise<void>((resolve) => this.server.listen(0, '127.0.0.1', resolve));
    this.port = (this.server.address() as AddressInfo).port;
    return this;
  }

  get origin(): string {
    return `http://127.0.0.1:${this.port}`;
  }

  /** The Web API base URL (with the trailing slash the client needs). */
  get apiUrl(): string {
    return `${this.origin}/api/`;
  }

  /** A fresh response_url for a slash command or action. */
  responseUrl(): string {
    return `${this.origin}/respond/${randomUUID()}`;
  }

  /** Overrides one method. */
  on(method: string, handler: ApiHandler): void {
    this.handlers.set(method, handler);
  }

  /** The next `times` calls of `method` take effect, but their answer is lost in this way. */
  loseAnswer(method: string, how: LostAnswer, times = 1): void {
    this.lost.set(method, [...(this.lost.get(method) ?? []), ...Array.from({ length: times }, () => how)]);
  }

  /** A file a user shared (in `channel`); returns its id (F…). */
  addFile(name: string, content: Buffer | string, channel = 'C1'): string {
    const id = `F0FAKE${String(++this.fileSeq).padStart(5, '0')}`;
    this.files.set(id, { id, name, content: Buffer.from(content), channels: [channel], uploaded: true });
    return id;
  }

  /** The permalink Slack shows for a file. */
  permalink(id: string): string {
    return `https://fake.slack.com/files/U1/${id}/${encodeURIComponent(this.files.get(id)?.name ?? 'file')}`;
  }

  /** Stored messages that carry this alert id in their metadata. */
  postsOfAlert(alertId: string): StoredMessage[] {
    return this.messages.filter((m) => m.metadata?.event_payload?.alert_id === alertId);
  }

  /** Calls of one method. */
  callsOf(method: string): ApiCall[] {
    return this.calls.filter((c) => c.method === method);
  }

  /** Connected Socket Mode clients. */
  get socketCount(): number {
    return this.sockets.size;
  }

  /** Sends an envelope to every connected Socket Mode client; resolves with the first ack. */
  sendEnvelope(type: string, payload: Record<string, unknown>): Promise<Record<string, unknown>> {
    const envelopeId = randomUUID();
    const acked = new Promise<Record<string, unknown>>((resolve) => this.pendingAcks.set(envelopeId, resolve));
    const frame = JSON.stringify({ envelope_id: envelopeId, type, accepts_response_payload: type !== 'events_api', payload });
    for (const ws of this.sockets) ws.send(frame);
    return acked;
  }

  /** Stops everything, dropping open connections so test runs exit. */
  async close(): Promise<void> {
    for (const ws of this.sockets) ws.terminate();
    this.wss.close();
    this.server.closeAllConnections();
    await new Promise<void>((resolve) => this.server.close(() => resolve()));
  }

  private async handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const chunks: Buffer[] = [];
    for await (const chunk of req) chunks.push(chunk as Buffer);
    const bytes = Buffer.concat(chunks);
    const raw = bytes.toString('utf8');
    const path = new URL(req.url ?? '/', this.origin).pathname;
    const upload = path.match(/^\/upload\/(F\w+)$/);
    if (upload && req.method === 'POST') return this.receiveUpload(upload[1]!, bytes, req, res);
    const download = path.match(/^\/files-pri\/T1-(F\w+)\/[^/]+$/);
    if (download && req.method === 'GET') {
      const file = this.files.get(download[1]!);
      // Like Slack: without the bot token, no file (Slack redirects to a login page).
      if (req.headers.authorization !== `Bearer ${this.botToken}`) return this.send(res, 403, { 'content-type': 'text/html' }, '<html>login</html>');
      if (!file?.uploaded) return this.send(res, 404, { 'content-type': 'text/plain' }, 'not found');
      res.writeHead(200, { 'content-type': 'application/octet-stream', 'content-length': String(file.content.length) });
      res.end(file.content);
      return;
    }
    const respond = path.match(/^\/respond\/([\w-]+)$/);
    if (respond && req.method === 'POST') {
      this.responses.push({ id: respond[1]!, body: raw ? (JSON.parse(raw) as Record<string, unknown>) : {} });
      return this.send(res, 200, { 'content-type': 'text/plain' }, 'ok');
    }
    const api = path.match(/^\/api\/([\w.]+)$/);
    if (!api || req.method !== 'POST') return this.send(res, 404, {}, 'not found');
    const auth = req.headers.authorization;
    const params = parseParams(raw, req.headers['content-type']);
    const token = auth?.startsWith('Bearer ') ? auth.slice(7) : (params.token as string | undefined);
    const call: ApiCall = { method: api[1]!, token, params, at: Date.now() };
    this.calls.push(call);
    const answer = (await this.handlers.get(call.method)?.(params, call)) ?? this.defaultAnswer(call);
    const lose = !isFull(answer) && answer.ok === true ? this.lost.get(call.method)?.shift() : undefined;
    if (lose === 'reset') {
      // The call took effect; the connection dies before the answer is written.
      req.socket.destroy();
      return;
    }
    if (lose && 'status' in lose) return this.send(res, lose.status, { 'content-type': 'text/html' }, '<html>upstream error</html>');
    if (lose && 'error' in lose) return this.send(res, 200, { 'content-type': 'application/json' }, JSON.stringify({ ok: false, error: lose.error }));
    // unref: a test may end (and close the fake) while an answer is still held back.
    if (lose) await new Promise((r) => setTimeout(r, lose.delayMs).unref());
    if (isFull(answer)) return this.send(res, answer.status, answer.headers ?? {}, answer.body ?? '');
    if (res.destroyed || res.socket?.destroyed) return;
    return this.send(res, 200, { 'content-type': 'application/json' }, JSON.stringify(answer));
  }

  /** The bytes of a file, POSTed to its upload URL by filesUploadV2 (multipart, field `body`) or raw. */
  private async receiveUpload(id: string, bytes: Buffer, req: IncomingMessage, res: ServerResponse): Promise<void> {
    const file = this.files.get(id);
    if (!file) return this.send(res, 404, { 'content-type': 'text/plain' }, 'unknown upload');
    const type = req.headers['content-type'] ?? '';
    if (type.startsWith('multipart/form-data')) {
      const form = await new Response(bytes, { headers: { 'content-type': type } }).formData();
      const part = [...form.values()].find((v) => typeof v !== 'string');
      file.content = part ? Buffer.from(await (part as Blob).arrayBuffer()) : Buffer.alloc(0);
    } else {
      file.content = bytes;
    }
    file.uploaded = true;
    return this.send(res, 200, { 'content-type': 'text/plain' }, `OK - ${file.content.length}`);
  }

  private fileAnswer(call: ApiCall): ApiAnswer {
    const p = call.params;
    switch (call.method) {
      case 'files.getUploadURLExternal': {
        if (!p.filename || !p.length) return { ok: false, error: 'invalid_arguments' };
        const id = `F0UP${String(++this.fileSeq).padStart(7, '0')}`;
        this.files.set(id, { id, name: String(p.filename), content: Buffer.alloc(0), channels: [], uploaded: false });
        return { ok: true, upload_url: `${this.origin}/upload/${id}`, file_id: id };
      }
      case 'files.completeUploadExternal': {
        const list = (Array.isArray(p.files) ? p.files : []) as { id: string; title?: string }[];
        const files = list.map((f) => this.files.get(f.id));
        if (!files.length || files.some((f) => !f?.uploaded)) return { ok: false, error: 'file_not_found' };
        for (const [i, f] of files.entries()) {
          if (list[i]!.title) f!.title = list[i]!.title;
          if (p.channel_id) f!.channels.push(String(p.channel_id));
          if (p.initial_comment) f!.initialComment = String(p.initial_comment);
        }
        return { ok: true, files: files.map((f) => ({ id: f!.id, title: f!.title ?? f!.name })) };
      }
      case 'files.info': {
        const file = this.files.get(String(p.file));
        if (!file?.uploaded) return { ok: false, error: 'file_not_found' };
        const url = `${this.origin}/files-pri/T1-${file.id}/${encodeURIComponent(file.name)}`;
        return {
          ok: true,
          file: {
            id: file.id,
            name: file.name,
            title: file.title ?? file.name,
            size: file.content.length,
            url_private: url,
            url_private_download: `${url}?download=1`,
            channels: file.channels,
          },
        };
      }
      case 'conversations.open':
        return { ok: true, channel: { id: `D${String(p.users ?? 'X').replace(/^U/, '')}` } };
      default:
        return { ok: false, error: 'unknown_method' };
    }
  }

  private defaultAnswer(call: ApiCall): ApiAnswer {
    const p = call.params;
    const expected = call.method === 'apps.connections.open' ? this.appToken : this.botToken;
    if (call.token !== expected) return { ok: false, error: 'invalid_auth' };
    switch (call.method) {
      case 'auth.test':
        return { ok: true, url: 'https://fake.slack.com/', team: 'Fake', user: 'greenlight', team_id: 'T1', user_id: 'UBOT', bot_id: 'BBOT' };
      case 'apps.connections.open':
        return { ok: true, url: `ws://127.0.0.1:${this.port}/socket` };
      case 'chat.postMessage': {
        const channel = String(p.channel);
        const now = Date.now();
        // 980 ms: a little slack for timer granularity on the sender's side.
        if (this.options.enforceChannelRate && now - (this.lastPost.get(channel) ?? -Infinity) < 980) {
          return { status: 429, headers: { 'retry-after': '1', 'content-type': 'application/json' }, body: '{"ok":false,"error":"ratelimited"}' };
        }
        this.lastPost.set(channel, now);
        const stored: StoredMessage = { channel, ts: this.nextTs(), text: String(p.text ?? '') };
        if (p.blocks !== undefined) stored.blocks = p.blocks;
        if (p.metadata && typeof p.metadata === 'object') stored.metadata = p.metadata as StoredMessage['metadata'];
        if (p.thread_ts !== undefined) stored.thread_ts = String(p.thread_ts);
        if (p.reply_broadcast === true || p.reply_broadcast === 'true') stored.reply_broadcast = true;
        this.messages.push(stored);
        return { ok: true, channel, ts: stored.ts, message: { text: p.text } };
      }
      case 'chat.update': {
        const stored = this.messages.find((m) => m.channel === p.channel && m.ts === p.ts);
        if (stored) Object.assign(stored, { text: String(p.text ?? ''), blocks: p.blocks });
        return { ok: true, channel: p.channel, ts: p.ts };
      }
      case 'conversations.history':
        return this.readBack(p, (m) => m.channel === p.channel && (!m.thread_ts || m.reply_broadcast === true), true);
      case 'conversations.replies':
        return this.readBack(p, (m) => m.channel === p.channel && (m.ts === p.ts || m.thread_ts === p.ts), false);
      case 'chat.postEphemeral':
        return { ok: true, message_ts: this.nextTs() };
      case 'conversations.join':
        return { ok: true, channel: { id: p.channel } };
      case 'views.open':
        return { ok: true, view: { id: 'V1' } };
      case 'users.info':
        return { ok: true, user: { id: p.user, is_admin: this.workspaceAdmins.has(String(p.user)), is_owner: false } };
      case 'usergroups.users.list':
        return { ok: true, users: this.groups.get(String(p.usergroup)) ?? [] };
      default:
        return this.fileAnswer(call);
    }
  }

  /** A message ts as Slack makes them: the current unix time, unique in the workspace. */
  private nextTs(): string {
    return `${Math.floor(Date.now() / 1000)}.${String(++this.seq % 1_000_000).padStart(6, '0')}`;
  }

  /** A page of stored messages (history: newest first; replies: oldest first), with cursor paging. */
  private readBack(p: Record<string, unknown>, match: (m: StoredMessage) => boolean, newestFirst: boolean): ApiAnswer {
    const oldest = Number(p.oldest ?? 0);
    const withMetadata = p.include_all_metadata === true || p.include_all_metadata === 'true';
    const all = this.messages.filter((m) => match(m) && Number(m.ts) >= oldest);
    if (newestFirst) all.reverse();
    const start = Number(p.cursor ?? 0) || 0;
    const limit = Number(p.limit ?? 100) || 100;
    const page = all
      .slice(start, start + limit)
      .map(({ metadata, channel: _c, ...m }) => ({ type: 'message', ...m, ...(withMetadata && metadata ? { metadata } : {}) }));
    const more = start + limit < all.length;
    return { ok: true, messages: page, has_more: more, response_metadata: { next_cursor: more ? String(start + limit) : '' } };
  }

  private send(res: ServerResponse, status: number, headers: Record<string, string>, body: string): void {
    res.writeHead(status, headers);
    res.end(body);
  }
}

/** Waits until `check` returns a truthy value (polling), or fails after `timeoutMs` (a hang guard). */
export async function waitFor<T>(check: () => T | undefined | null | false, timeoutMs = 10_000, what = 'condition'): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = check();
    if (value) return value;
    if (Date.now() > deadline) throw new Error(`Timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 10));
  }
}
