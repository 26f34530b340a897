/**
 * A story lives while its tellings keep coming: a telling inside the window of an earlier telling joins the story
 * even when the story's first telling is older than the window, so a retelling on day two and the company's word on
 * day three raise no second alert. With nothing in between, the same gap is a story of its own.
 */
import { describe, expect, it } from 'vitest';
import { setup, tell } from './helpers.js';

const wire = { title: 'Alibaba takes delivery of 50,000 Nvidia H200 chips, people familiar say', publisher: 'The Information', at: '2026-04-02T01:00:00Z' };
const retold = { title: '阿里巴巴收到5万颗英伟达H200芯片', publisher: '36氪', at: '2026-04-02T21:00:00Z' };
const confirmed = { title: 'Alibaba Cloud receives 50,000 Nvidia H200s, company says', publisher: 'Reuters', at: '2026-04-03T17:00:00Z' };

describe('story clustering: a chain of tellings', () => {
  it('joins a telling to the story through a retelling inside its window, though the first telling is older', async () => {
    const alerts = await tell(await setup({ storyWindowHours: 24 }), [wire, retold, confirmed]);
    expect(alerts, alerts.join('\n')).toHaveLength(1);
  });

  it('keeps the same gap with no telling in between as two stories', async () => {
    const alerts = await tell(await setup({ storyWindowHours: 24 }), [wire, confirmed]);
    expect(alerts, alerts.join('\n')).toHaveLength(2);
  });
});
