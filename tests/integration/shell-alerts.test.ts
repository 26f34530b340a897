/**
 * The promise of the product, from a fresh data folder in the shell: subscribe, point a
 * file: feed at a new H200 item, and see the alert print within one poll interval.
 */
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { CliSession } from '../fakes/cli-session.js';

const item = (guid: string, title: string) =>
  `<item><guid>${guid}</guid><title>${title}</title><link>https://news.example/${guid}</link><pubDate>Sat, 28 Nov 2026 09:00:00 GMT</pubDate></item>`;
const feed = (...items: string[]) =>
  `<?xml version="1.0" encoding="UTF-8"?><rss version="2.0"><channel><title>Chip wire</title><link>https://news.example/</link>${items.join('')}</channel></rss>`;

describe('alerts in the shell', () => {
  it('subscribe, watch a file: feed, and the new H200 item prints as an alert, once', { timeout: 120_000 }, async () => {
    const dir = mkdtempSync(join(tmpdir(), 'gl-shell-alerts-'));
    const feedPath = join(dir, 'feed.xml');
    writeFileSync(feedPath, feed(item('old-1', 'Nvidia H200 demand stays strong in China')));
    const shell = new CliSession({ DATA_DIR: join(dir, 'data') });
    try {
      shell.type('/greenlight subscribe');
      await shell.waitFor(/Subscribed/i);
      // Every two seconds (cron with a seconds field), so the test waits one short interval.
      shell.type(`/greenlight source add chip-wire url:${pathToFileURL(feedPath).href} schedule:"*/2 * * * * *"`);
      await shell.waitFor(/Watching/);
      shell.type('/greenlight sources');
      // First poll: everything already listed is recorded, nothing alerts.
      for (let i = 0; i < 100 && !/chip-wire\s+feed\s+healthy/.test(shell.stdout); i++) {
        await new Promise((r) => setTimeout(r, 500));
        shell.type('/greenlight sources');
      }
      expect(shell.stdout).toMatch(/chip-wire\s+feed\s+healthy/);
      expect(shell.stdout).not.toContain('🔔');

      await new Promise((r) => setTimeout(r, 1100)); // a new modification time for the file
      writeFileSync(
        feedPath,
        feed(
          item('new-1', 'ByteDance orders 100,000 more Nvidia H200 chips &lt;!channel&gt; @everyone - Reuters'),
          item('old-1', 'Nvidia H200 demand stays strong in China'),
        ),
      );
      const out = await shell.waitFor(/🔔/, 30_000);
      const alert = out.slice(out.indexOf('🔔'));
      expect(alert).toContain('ByteDance orders 100,000 more Nvidia H200 chips');
      expect(alert).toContain('<https://news.example/new-1>');
      expect(alert).not.toMatch(/@everyone/);
      expect(alert).toMatch(/@\u200deveryone/);
      expect(alert).not.toContain('<!channel>');
      // Several more polls of the unchanged feed: the alert is not repeated.
      await new Promise((r) => setTimeout(r, 4500));
      expect(shell.stdout.match(/🔔/g)).toHaveLength(1);
    } finally {
      expect(await shell.end()).toBe(0);
    }
    expect(readFileSync(join(dir, 'data', 'outbox.jsonl'), 'utf8')).toContain('"sent"');
  });
});
