import { describe, expect, it } from 'vitest';
import { toAlertEvents } from '../../../../src/alerts/from-ledger.js';
import type { SourceItem } from '../../../../src/sources/pipeline/types.js';
import { newsItem, setup, wireBatch } from './helpers.js';

type Env = Awaited<ReturnType<typeof setup>>;
type Telling = { title: string; summary?: string; publisher: string; at: string };

/** Feeds tellings one poll at a time; returns every alert headline a channel subscribed to everything gets. */
async function tell(env: Env, tellings: Telling[]): Promise<string[]> {
  const headlines: string[] = [];
  for (const t of tellings) {
    const published = env.alerts.published.length;
    const item: SourceItem = newsItem(`${t.title} - ${t.publisher}`, { summary: t.summary ?? '', publishedAt: t.at });
    const out = await env.ingestor.ingest(wireBatch([item], { fetchedAt: t.at }));
    headlines.push(...toAlertEvents(out.ledgerEvents, env.ledger.state).map((a) => a.headline));
    headlines.push(...env.alerts.published.slice(published).map((a) => a.headline));
  }
  return headlines;
}

describe('story clustering: same event, whatever the wording', () => {
  it('keeps a quota story told with a figure, in Chinese units and without one as one story', async () => {
    const env = await setup();
    const alerts = await tell(env, [
      { title: 'ByteDance, Alibaba and Tencent may now buy up to 700,000 H200s between them, sources say', publisher: 'Bloomberg', at: '2026-04-01T02:00:00Z' },
      { title: 'China raises combined H200 quota for ByteDance, Alibaba and Tencent to 700,000 chips', publisher: 'Reuters', at: '2026-04-01T05:00:00Z' },
      { title: '字节跳动、阿里巴巴、腾讯H200进口总配额提高至70万颗', publisher: '财新', at: '2026-04-01T07:00:00Z' },
    ]);
    expect(alerts, alerts.join('\n')).toHaveLength(1);
  });

  it('keeps a delivery told four ways as one alert', async () => {
    const env = await setup();
    const alerts = await tell(env, [
      { title: 'Alibaba takes delivery of 50,000 Nvidia H200 chips, people familiar say', publisher: 'The Information', at: '2026-04-02T01:00:00Z' },
      { title: 'Nvidia ships 50,000 H200 chips to Alibaba', publisher: 'CNBC', at: '2026-04-02T04:00:00Z' },
      { title: '阿里巴巴收到5万颗英伟达H200芯片', publisher: '36氪', at: '2026-04-02T06:00:00Z' },
      { title: 'Alibaba Cloud receives first 50,000 H200s', publisher: 'DigiTimes', at: '2026-04-02T09:00:00Z' },
    ]);
    expect(alerts, alerts.join('\n')).toHaveLength(1);
  });

  it("tells two holders' separate events apart on the same record", async () => {
    const env = await setup();
    const alerts = await tell(env, [
      { title: "China suspends Tencent's H200 import approval", publisher: 'Reuters', at: '2026-04-03T01:00:00Z' },
      { title: "China suspends ByteDance's H200 import approval", publisher: 'Reuters', at: '2026-04-03T03:00:00Z' },
    ]);
    expect(alerts, alerts.join('\n')).toHaveLength(2);
  });

  it("keeps a new holder's approval, told by three outlets, as one review candidate and one alert", async () => {
    const env = await setup();
    const alerts = await tell(env, [
      { title: 'Baidu is said to win approval to import Nvidia H200 chips', publisher: 'Bloomberg', at: '2026-04-04T01:00:00Z' },
      { title: 'China approves Baidu purchase of Nvidia H200 chips', publisher: 'Reuters', at: '2026-04-04T05:00:00Z' },
      { title: '百度获批进口英伟达H200芯片', publisher: '新浪科技', at: '2026-04-04T08:00:00Z' },
    ]);
    expect(alerts, alerts.join('\n')).toHaveLength(1);
    expect(Object.values(env.ledger.state.claim).filter((c) => c.field === 'new_authorization')).toHaveLength(1);
  });

  it('treats the same event told again after the window as a new story', async () => {
    const env = await setup({ storyWindowHours: 6 });
    const alerts = await tell(env, [
      { title: "China suspends Tencent's H200 import approval", publisher: 'Reuters', at: '2026-04-05T01:00:00Z' },
      { title: 'Tencent H200 import approval suspended', publisher: 'AP', at: '2026-04-05T04:00:00Z' },
    ]);
    expect(alerts, alerts.join('\n')).toHaveLength(1);
  });
});
