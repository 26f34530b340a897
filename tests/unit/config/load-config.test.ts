import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ConfigError, DEFAULT_CONFIG_PATH, loadConfig, loadConfigFile } from '../../../config/load-config.js';
import { seedToExport } from '../../../src/seed/seed-ledger.js';

function writeConfig(text: string): string {
  const path = join(mkdtempSync(join(tmpdir(), 'gl-config-')), 'greenlight.yml');
  writeFileSync(path, text);
  return path;
}

describe('config', () => {
  it('loads the default config with the H200 story seed', () => {
    const config = loadConfigFile(DEFAULT_CONFIG_PATH);
    expect(config.timezone).toBe('UTC');
    const data = seedToExport(config.seed, '2026-01-01T00:00:00Z');
    expect(Object.keys(data.authorization!)).toEqual(['cn-h200-import-group', 'cn-h200-import-pending', 'us-h200-export-china']);
    expect(data.authorization!['cn-h200-import-group']!.quota).toEqual({ value: 400_000, qualifier: 'over', unit: 'chips' });
    expect(data.authorization!['cn-h200-import-group']!.holderIds).toEqual(['bytedance', 'alibaba', 'tencent']);
  });

  it('seeds parties with their kind and parent company, and refuses a parent that is not a seeded party', () => {
    const data = seedToExport(loadConfigFile(DEFAULT_CONFIG_PATH).seed, '2026-01-01T00:00:00Z');
    expect([data.party!['bytedance']!.kind, data.party!['nvidia']!.kind]).toEqual(['holder', 'seller']);
    const seed = (parent: string) =>
      loadConfigFile(
        writeConfig(
          `seed:\n  parties:\n    - { id: alibaba, name: Alibaba, kind: holder }\n    - { id: alibaba-cloud, name: Alibaba Cloud, kind: holder, parent: ${parent} }\n`,
        ),
      ).seed;
    expect(seedToExport(seed('alibaba'), '2026-01-01T00:00:00Z').party!['alibaba-cloud']!.parentId).toBe('alibaba');
    expect(() => seedToExport(seed('alibabba'), '2026-01-01T00:00:00Z')).toThrow('Seed party alibaba-cloud: parent "alibabba" is not a seeded party.');
    expect(() => loadConfigFile(writeConfig('seed:\n  parties:\n    - { id: x, name: X, kind: buyer }\n'))).toThrow(/kind/);
  });

  it('names the key and the line of an invalid value', () => {
    const path = writeConfig('timezone: Mars/Olympus\nadmins:\n  slack:\n    users: [U1]\n    workspaceAdmin: true\n');
    expect(() => loadConfigFile(path)).toThrow(ConfigError);
    try {
      loadConfigFile(path);
    } catch (err) {
      expect((err as Error).message).toContain(`${path}: timezone (line 1): not a known IANA timezone`);
      expect((err as Error).message).toMatch(/admins\.slack \(line 4\): Unrecognized key: "workspaceAdmin"/);
    }
  });

  it('names the line of a YAML syntax error', () => {
    const path = writeConfig('timezone: UTC\nadmins: [unclosed\n');
    expect(() => loadConfigFile(path)).toThrow(/YAML syntax error at line \d/);
  });

  it('says how to fix a missing config file or a bad variable', () => {
    expect(() => loadConfig({ GREENLIGHT_CONFIG: '/nonexistent/greenlight.yml' })).toThrow(
      /Cannot read the config file \/nonexistent\/greenlight.yml: ENOENT\. Set GREENLIGHT_CONFIG/,
    );
    expect(() => loadConfig({ LOG_LEVEL: 'loud' })).toThrow(/Environment variable LOG_LEVEL: .*See \.env\.example/);
  });

  it('reads DATA_DIR with a default of ./data', () => {
    expect(loadConfig({}).dataDir).toMatch(/\/data$/);
    expect(loadConfig({ DATA_DIR: '/tmp/x' }).dataDir).toBe('/tmp/x');
  });
});

describe('environment', () => {
  it('treats empty variables (as in .env.example) as unset', () => {
    const config = loadConfig({ GREENLIGHT_CONFIG: '', DATA_DIR: '', LOG_LEVEL: '', SLACK_BOT_TOKEN: '', DISCORD_TOKEN: '' });
    expect(config.dataDir).toMatch(/\/data$/);
    expect(config.logLevel).toBeUndefined();
    expect(config.slack).toBeNull();
    expect(config.discord).toBeNull();
  });

  it('names the platform variable that is wrong, without echoing secrets', () => {
    expect(() => loadConfig({ SLACK_BOT_TOKEN: 'xoxb-secret-value-123' })).toThrow(/SLACK_/);
    try {
      loadConfig({ SLACK_BOT_TOKEN: 'xoxb-secret-value-123' });
    } catch (err) {
      expect((err as Error).message).not.toContain('secret-value-123');
    }
    expect(() => loadConfig({ DISCORD_TOKEN: 'abc.def.ghi' })).toThrow(/DISCORD_APPLICATION_ID is not set/);
  });
});

describe('the default config file', () => {
  it('its commented source examples are valid when uncommented', () => {
    const text = readFileSync(DEFAULT_CONFIG_PATH, 'utf8')
      .replace('sources: []\n', 'sources:\n')
      .replace(/^#( {2}- id:.*|( {4}).*)$/gm, (line) => line.slice(1));
    const path = writeConfig(text);
    const config = loadConfigFile(path);
    expect(config.sources.map((s) => `${s.id}:${s.kind}:${s.tier}:${s.mode}`)).toEqual([
      'fr-bis-rules:federal-register:official:apply',
      'h200-news:feed:wire:report',
      'procurement:webhook:official:apply',
      'local-trial:feed:wire:report',
    ]);
  });
});

describe('cron schedules in the config (issue 13)', () => {
  it('stops startup on a bad dateWatch.cron or alerts.digestCron, naming the key and the line', () => {
    const path = writeConfig('timezone: UTC\nalerts:\n  digestCron: "99 * * * *"\ndateWatch:\n  withinDays: 30\n  cron: "every morning"\n');
    expect(() => loadConfigFile(path)).toThrow(ConfigError);
    let message = '';
    try {
      loadConfigFile(path);
    } catch (err) {
      message = (err as Error).message;
    }
    expect(message).toContain(
      'alerts.digestCron (line 3): not a valid cron schedule; write five fields (minute hour day-of-month month day-of-week, e.g. "0 7 * * *" for 07:00 daily) or six with seconds first (e.g. "0 0 7 * * *")',
    );
    expect(message).toContain('dateWatch.cron (line 6): not a valid cron schedule');
    expect(message).not.toMatch(/use five fields/i);
  });

  it('accepts six-field schedules, and documents both keys in the default config', () => {
    const path = writeConfig('timezone: UTC\nalerts:\n  digestCron: "0 30 8 * * 1-5"\ndateWatch:\n  cron: "0 0 7 * * *"\n');
    const config = loadConfigFile(path);
    expect(config.alerts.digestCron).toBe('0 30 8 * * 1-5');
    expect(config.dateWatch.cron).toBe('0 0 7 * * *');
    const documented = readFileSync(DEFAULT_CONFIG_PATH, 'utf8');
    expect(documented).toMatch(/\n {2}digestCron: "0 8 \* \* \*"/);
    expect(documented).toMatch(/\ndateWatch:\n(.*\n)* {2}cron: "0 7 \* \* \*"/);
  });
});
