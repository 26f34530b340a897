/** Reply → embeds within Discord's limits, and escaping of untrusted text. */
import { describe, expect, it } from 'vitest';
import type { Reply } from '../../../../src/chat/reply.js';
import { escapeDiscordText, safeLinkUrl } from '../../../../src/platforms/discord/escape.js';
import { embedSize, LIMITS, packEmbeds, renderReplyPages, SEVERITY_COLOURS } from '../../../../src/platforms/discord/render.js';

function withinLimits(embed: any): void {
  expect(embed.title.length).toBeLessThanOrEqual(LIMITS.title);
  expect((embed.description ?? '').length).toBeLessThanOrEqual(LIMITS.description);
  expect((embed.fields ?? []).length).toBeLessThanOrEqual(LIMITS.fields);
  for (const f of embed.fields ?? []) {
    expect(f.name.length).toBeGreaterThan(0);
    expect(f.name.length).toBeLessThanOrEqual(LIMITS.fieldName);
    expect(f.value.length).toBeGreaterThan(0);
    expect(f.value.length).toBeLessThanOrEqual(LIMITS.fieldValue);
  }
  expect(embedSize(embed)).toBeLessThanOrEqual(LIMITS.embedTotal);
}

describe('renderReplyPages', () => {
  it('renders a small reply as one embed with colour by severity, fields and evidence links', () => {
    const reply: Reply = {
      severity: 'warning',
      title: 'Quota: ByteDance',
      sections: [
        {
          heading: 'China H200 import',
          fields: [
            { label: 'Approved', value: 'over 400,000 chips', inline: true },
            { label: 'Used', value: '`██████░░░░ 63%`' },
          ],
        },
      ],
      links: [{ title: 'China approves H200 (Reuters)', url: 'https://example.com/a(b)' }],
    };
    const [embed, ...rest] = renderReplyPages(reply);
    expect(rest).toHaveLength(0);
    expect(embed!.color).toBe(SEVERITY_COLOURS.warning);
    expect(embed!.fields).toContainEqual({ name: 'Approved', value: 'over 400,000 chips', inline: true });
    expect(embed!.fields!.at(-1)).toEqual({ name: 'Evidence', value: '• [China approves H200 \\(Reuters\\)](https://example.com/a%28b%29)', inline: false });
    expect(embed!.footer).toBeUndefined();
  });

  it('splits a huge reply into pages that each fit, losing nothing', () => {
    const rows = Array.from({ length: 300 }, (_, i) => [`auth-${i}`, 'import · MOFCOM', 'H200', `Holder ${i}`, 'approved', '>400,000']);
    const reply: Reply = {
      severity: 'info',
      title: 'T'.repeat(300),
      text: 'x '.repeat(5000),
      sections: Array.from({ length: 40 }, (_, i) => ({ heading: `Section ${i}`, fields: [{ label: `L${i}`, value: `v${i} `.repeat(400) }] })),
      table: { columns: ['id', 'direction', 'item', 'holders', 'status', 'quota'], rows },
    };
    const pages = renderReplyPages(reply);
    expect(pages.length).toBeGreaterThan(5);
    pages.forEach((p, i) => {
      withinLimits(p);
      expect(p.footer?.text).toBe(`Page ${i + 1} of ${pages.length}`);
    });
    const all = JSON.stringify(pages);
    for (const i of [0, 150, 299]) expect(all).toContain(`auth-${i} `);
    for (const i of [0, 39]) expect(all).toContain(`Section ${i}`);
    const messages = packEmbeds(pages);
    for (const m of messages) {
      expect(m.length).toBeLessThanOrEqual(LIMITS.embedsPerMessage);
      expect(m.reduce((n, e) => n + embedSize(e), 0)).toBeLessThanOrEqual(LIMITS.embedTotal);
    }
  });

  it('escapes untrusted text but keeps the quota bar', () => {
    const [embed] = renderReplyPages(
      {
        severity: 'info',
        title: '@everyone **now**',
        sections: [
          {
            fields: [
              { label: 'Used', value: '`██░░░░░░░░ 20%`' },
              { label: 'Note', value: '`x` <@123>' },
            ],
          },
        ],
      },
      { untrusted: true },
    );
    expect(embed!.title).toBe('\\@\u200deveryone \\*\\*now\\*\\*');
    expect(embed!.fields![0]!.value).toBe('`██░░░░░░░░ 20%`');
    expect(embed!.fields![1]!.value).toBe('\\`x\\` \\<\\@123\\>');
  });
});

describe('escaping', () => {
  it('makes mentions, masked links and line-start markdown inert', () => {
    expect(escapeDiscordText('@here [a](http://x)')).toBe('\\@\u200dhere \\[a\\]\\(http://x\\)');
    expect(escapeDiscordText('# big\n- item\n> quote')).toBe('\\# big\n\\- item\n\\> quote');
    expect(escapeDiscordText('H200-class: 50%')).toBe('H200-class: 50%');
  });
  it('accepts only http(s) link targets', () => {
    expect(safeLinkUrl('javascript:alert(1)')).toBeNull();
    expect(safeLinkUrl('not a url')).toBeNull();
    expect(safeLinkUrl('https://a.example/x y')).toBe('https://a.example/x%20y');
  });
});
