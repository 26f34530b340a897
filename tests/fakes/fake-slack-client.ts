/**
 * Sends requests to a Greenlight HTTP endpoint the way Slack does: slash commands as
 * form bodies, interactions as `payload=<json>`, signed with the signing secret
 * (`v0=` HMAC-SHA256 over `v0:{timestamp}:{body}`).
 */
import { createHmac } from 'node:crypto';

/** How to sign (or not) a request. */
export interface SignOptions {
  secret: string;
  /** Unix seconds; defaults to now. */
  timestamp?: number;
  /** Send no signature headers at all. */
  unsigned?: boolean;
  /** Replace the signature with this value. */
  forgedSignature?: string;
  /** Extra headers (e.g. X-Slack-Retry-Num). */
  headers?: Record<string, string>;
}

/** What came back. */
export interface SlackHttpResult {
  status: number;
  text: string;
  json: Record<string, unknown> | undefined;
}

/** Slack's signature for a body. */
export function slackSignature(secret: string, timestamp: number, body: string): string {
  return `v0=${createHmac('sha256', secret).update(`v0:${timestamp}:${body}`).digest('hex')}`;
}

/** Posts a raw form body, signed as Slack signs it. */
export async function postSigned(url: string, body: string, opts: SignOptions): Promise<SlackHttpResult> {
  const timestamp = opts.timestamp ?? Math.floor(Date.now() / 1000);
  // Exactly this content type: Bolt refuses `; charset=UTF-8`.
  const headers: Record<string, string> = { 'content-type': 'application/x-www-form-urlencoded', ...opts.headers };
  if (!opts.unsigned) {
    headers['x-slack-request-timestamp'] = String(timestamp);
    headers['x-slack-signature'] = opts.forgedSignature ?? slackSignature(opts.secret, timestamp, body);
  }
  const res = await fetch(url, { method: 'POST', headers, body });
  const text = await res.text();
  let json: Record<string, unknown> | undefined;
  try {
    json = text ? (JSON.parse(text) as Record<string, unknown>) : undefined;
  } catch {
    json = undefined;
  }
  return { status: res.status, text, json };
}

/** The fields of a slash command, with defaults for everything but the text. */
export interface SlashCommandFields {
  text: string;
  user_id?: string;
  user_name?: string;
  channel_id?: string;
  channel_name?: string;
  response_url: string;
  trigger_id?: string;
  command?: string;
}

let triggers = 0;

/** A slash command form body. */
export function slashCommandBody(fields: SlashCommandFields): string {
  const all = {
    token: 'legacy-verification-token',
    team_id: 'T1',
    team_domain: 'fake',
    channel_id: 'C1',
    channel_name: 'general',
    user_id: 'U1',
    user_name: 'alice',
    command: '/greenlight',
    api_app_id: 'A1',
    is_enterprise_install: 'false',
    trigger_id: `trigger-${process.pid}-${++triggers}-${Date.now()}`,
    ...fields,
  };
  return new URLSearchParams(all as Record<string, string>).toString();
}

/** An interaction (block_actions, view_submission) form body. */
export function interactionBody(payload: Record<string, unknown>): string {
  return new URLSearchParams({ payload: JSON.stringify(payload) }).toString();
}

/** Signs and sends a slash command. */
export function sendSlashCommand(url: string, fields: SlashCommandFields, opts: SignOptions): Promise<SlackHttpResult> {
  return postSigned(url, slashCommandBody(fields), opts);
}
