/**
 * Issue 13: source health notices that tell the truth, from a real watcher polling a real
 * HTTP server and a real (missing) file, rendered as the shell prints alerts.
 */
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, expect, it } from 'vitest';
import { renderAlert } from '../../../src/alerts/render-alert.js';
import { renderText } from '../../../src/platforms/shell/render-text.js';
import { FeedServer } from '../../fakes/feed-server.js';
import { buildWatcher } from './watcher-harness.js';

const RSS = '<rss version="2.0"><channel><title>x</title><item><guid>a</guid><title>H200 story</title></item></channel></rss>';
const cleanups: (() => Promise<void>)[] = [];
afterEach(async () => {
  for (const c of cleanups.splice(0).reverse()) await c();
});

it('a missing file is "missing", not HTTP 404; times are readable; figures are not "Quota"; "1 failure"', async () => {
  const path = join(tmpdir(), `greenlight-missing-${process.pid}-${Date.now()}.xml`);
  const h = await buildWatcher([{ id: 'local', url: `file://${path}` }], { defaults: { failuresBeforeUnhealthy: 1, failuresBeforePause: 1 } });
  cleanups.push(h.close);
  await h.scheduler.tick('local');
  const [down] = h.alerts.health('down');
  expect(down!.headline).toContain(`File not found: ${path}`);
  expect(down!.headline).not.toContain('HTTP 404');
  const text = renderText(renderAlert(down!, { timezone: 'Europe/Berlin' }));
  expect(text).toContain('— Source');
  expect(text).not.toContain('Quota');
  expect(text).toContain('Failing since: 1 Feb 2026, 10:00 CET');
  expect(text).not.toMatch(/\d{4}-\d{2}-\d{2}T/);
  expect(text).toContain('Paused after: 1 failure');
  expect(text).not.toContain('1 failures');
  const [paused] = h.alerts.health('paused');
  expect(paused!.headline).toContain('was paused after 1 failure in a row');
  expect(h.view('local').pausedReason).toContain('paused automatically after 1 failure in a row');
});

it('a failure whose error says "loopback" carries the warning icon, not the success one', async () => {
  const server = await FeedServer.start();
  cleanups.push(() => server.close());
  const h = await buildWatcher([{ id: 'lh', url: server.url('/feed'), allowPrivate: false }], { defaults: { failuresBeforeUnhealthy: 1 } });
  cleanups.push(h.close);
  await h.scheduler.tick('lh');
  const [down] = h.alerts.health('down');
  expect(down!.headline).toMatch(/loopback/);
  expect(renderAlert(down!).severity).toBe('warning');
  expect(renderText(renderAlert(down!)).startsWith('⚠')).toBe(true);
});

it('the recovery notice counts the real failures of the streak, across a pause and a resume', async () => {
  const server = await FeedServer.start();
  cleanups.push(() => server.close());
  server.route('/feed', { status: 500, body: 'down' });
  const h = await buildWatcher([{ id: 'wire', url: server.url('/feed') }], { defaults: { failuresBeforeUnhealthy: 2, failuresBeforePause: 5 } });
  cleanups.push(h.close);
  await h.scheduler.tick('wire');
  h.clock.advance(60 * 60_000);
  await h.scheduler.tick('wire');
  expect(h.alerts.health('down')).toHaveLength(1);
  await h.watcher.pause('wire');
  await h.watcher.resume('wire');
  server.route('/feed', { body: RSS });
  h.clock.advance(60 * 60_000);
  await h.scheduler.tick('wire');
  const [up] = h.alerts.health('up');
  expect(up!.headline).toBe('Source wire is working again after 2 failed polls and a pause');
  expect(renderAlert(up!).severity).toBe('success');
  const text = renderText(renderAlert(up!));
  expect(text.startsWith('✔')).toBe(true);
  // What happened: it was paused, and works again; never "unhealthy → healthy".
  expect(text).toContain('Health: paused → working again');
  expect(text).toContain('Failed polls: 2');
  expect(text).not.toMatch(/→ healthy/);
});

it('a recovery without a pause says the source had stopped working, and counts its failures', async () => {
  const server = await FeedServer.start();
  cleanups.push(() => server.close());
  server.route('/feed', { status: 500, body: 'down' });
  const h = await buildWatcher([{ id: 'wire', url: server.url('/feed') }], { defaults: { failuresBeforeUnhealthy: 2, failuresBeforePause: 5 } });
  cleanups.push(h.close);
  for (let i = 0; i < 3; i++) {
    await h.scheduler.tick('wire');
    h.clock.advance(4 * 60 * 60_000);
  }
  server.route('/feed', { body: RSS });
  await h.scheduler.tick('wire');
  const [up] = h.alerts.health('up');
  expect(up!.headline).toBe('Source wire is working again after 3 failed polls');
  const text = renderText(renderAlert(up!));
  expect(text).toContain('Health: unhealthy → working again');
  expect(text).toContain('Failed polls: 3');
  expect(text.startsWith('✔')).toBe(true);
});
