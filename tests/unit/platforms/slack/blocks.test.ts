import { describe, expect, it } from 'vitest';
import type { Reply } from '../../../../src/chat/reply.js';
import { BODY_BLOCKS_PER_PAGE, LIMITS, renderPages, visibleText, type SlackBlock } from '../../../../src/platforms/slack/blocks.js';
import { escapeText, link } from '../../../../src/platforms/slack/mrkdwn.js';

function checkLimits(blocks: SlackBlock[]): void {
  expect(blocks.length).toBeLessThanOrEqual(LIMITS.blocks);
  for (const b of blocks) {
    const text = (b.text as { text?: string } | undefined)?.text;
    if (b.type === 'header') expect(text!.length).toBeLessThanOrEqual(LIMITS.header);
    else if (text !== undefined) expect(text.length).toBeLessThanOrEqual(LIMITS.text);
    const fields = (b.fields ?? []) as { text: string }[];
    expect(fields.length).toBeLessThanOrEqual(LIMITS.fields);
    for (const f of fields) expect(f.text.length).toBeLessThanOrEqual(LIMITS.fieldText);
  }
}

describe('renderPages', () => {
  it('renders header, sections with fields, and an evidence context line', () => {
    const reply: Reply = {
      severity: 'warning',
      title: 'Quota: H200',
      sections: [
        {
          heading: 'H200: import approvals',
          fields: [
            { label: 'Approved', value: 'over 400,000 chips' },
            { label: 'Used', value: '██░░ 13%' },
          ],
        },
      ],
      links: [{ title: 'Reuters | China', url: 'https://reuters.com/a?b=1&c=2' }],
    };
    const [page] = renderPages(reply);
    expect(page!.blocks.map((b) => b.type)).toEqual(['header', 'section', 'context']);
    const text = visibleText(page!.blocks);
    expect(text).toContain(':warning: Quota: H200');
    expect(text).toContain('*Approved*\nover 400,000 chips');
    expect(text).toContain('<https://reuters.com/a?b=1&amp;c=2|Reuters ¦ China>');
  });

  it('splits huge replies into pages that each stay within every Block Kit limit', () => {
    const reply: Reply = {
      severity: 'info',
      title: 'T'.repeat(400),
      text: 'x'.repeat(7000),
      sections: [{ heading: 'many fields', fields: Array.from({ length: 35 }, (_, i) => ({ label: `f${i}`, value: 'v'.repeat(2500) })) }],
      table: { columns: ['id', 'status'], rows: Array.from({ length: 200 }, (_, i) => [`auth-${i}`, 'approved'.repeat(400)]) },
      choices: Array.from({ length: 500 }, (_, i) => `choice number ${i}`),
    };
    const pages = renderPages(reply);
    expect(pages.length).toBeGreaterThan(4);
    pages.forEach((p, i) => {
      checkLimits(p.blocks);
      expect(p.blocks.length).toBeLessThanOrEqual(BODY_BLOCKS_PER_PAGE + 1);
      expect(visibleText(p.blocks)).toContain(`(${i + 1}/${pages.length})`);
    });
    expect(pages.map((p) => visibleText(p.blocks)).join('\n')).toContain('auth-199');
  });

  it('escapes everything that comes from the reply', () => {
    const evil = '<!channel> <@U1> & <https://x|y>';
    const [page] = renderPages({
      severity: 'error',
      title: evil,
      text: evil,
      table: { columns: ['a', evil], rows: [[evil, evil]] },
      choices: [evil],
      file: { name: evil, content: evil },
    });
    const text = `${page!.text}\n${visibleText(page!.blocks)}`;
    expect(text.match(/<[^>]*>/g)).toBeNull();
    expect(text).toContain(escapeText(evil));
  });

  it('does not make links of non-http URLs', () => {
    expect(link('javascript:alert(1)', 'x')).toBe('x (javascript:alert(1))');
  });
});
