import { describe, expect, it } from 'vitest';
import type { AlertEvent } from '../../../src/alerts/alert-event.js';
import { neutralizeMentions, neutralizeReply, renderAlert, renderDigest } from '../../../src/alerts/render-alert.js';
import { renderText } from '../../../src/platforms/shell/render-text.js';

const hostile = '@everyone <!channel> <!here> @here @Channel <@U123> <#C1>';
const event: AlertEvent = {
  id: 'news:x:1',
  kind: 'news',
  occurredAt: '2026-02-01T09:00:00Z',
  holderIds: [],
  headline: `Leak: ${hostile}`,
  changes: [{ label: 'Status', before: 'pending', after: `approved ${hostile}` }],
  figures: [{ label: 'Approved', value: '400,000 chips' }],
  evidence: [
    { title: `Story ${hostile}`, url: 'https://example.com/s', seenAt: '2026-02-01T09:00:00Z', tier: 'wire', publisher: 'Wire' },
    { title: 'Unlinked report', seenAt: '2026-02-01T09:00:00Z', tier: 'wire' },
  ],
  seqs: [],
};

describe('renderAlert', () => {
  it('title is the headline; changes read before → after; figures and evidence follow', () => {
    const reply = renderAlert(event);
    expect(reply.title).toBe(event.headline);
    const text = renderText(reply);
    expect(text).toContain('— What changed\nStatus: pending → approved');
    expect(text).toContain('Approved: 400,000 chips');
    expect(text).toContain('Source: Unlinked report');
    expect(reply.links).toEqual([{ title: `Story ${hostile} (Wire)`, url: 'https://example.com/s' }]);
  });

  it('a digest keeps every event', () => {
    const events = Array.from({ length: 40 }, (_, i) => ({ ...event, id: `e${i}`, headline: `Change ${i}` }));
    const reply = renderDigest(events);
    expect(reply.title).toBe('Greenlight digest: 40 changes');
    expect(reply.sections).toHaveLength(40);
  });
});

describe('neutralizeMentions', () => {
  it('leaves nothing that can ping in plain text', () => {
    const out = neutralizeMentions(hostile);
    expect(out).not.toMatch(/@(everyone|here|channel)\b/i);
    expect(out).not.toMatch(/<[!@#]/);
    expect(out).toContain('‹!channel>');
  });

  it('covers every text of a reply', () => {
    const plain = renderText(neutralizeReply(renderAlert(event)));
    expect(plain).not.toMatch(/@(everyone|here|channel)\b/i);
    expect(plain).not.toMatch(/<[!@#]/);
    expect(plain).toContain('https://example.com/s');
  });
});
