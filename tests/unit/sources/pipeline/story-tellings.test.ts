import { describe, expect, it } from 'vitest';
import { setup, tell } from './helpers.js';

describe('one story told by several outlets over hours', () => {
  it('raises one alert for a hedged revocation followed by firm tellings in English and Chinese', async () => {
    const env = await setup();
    const alerts = await tell(env, [
      { title: "Alibaba's H200 import approval is said to be revoked by Beijing", publisher: 'Nikkei', at: '2026-03-10T02:00:00Z' },
      { title: "China revokes Alibaba's approval to import Nvidia H200 chips", publisher: 'AP', at: '2026-03-10T05:30:00Z' },
      { title: '阿里巴巴H200芯片进口许可被撤销', publisher: '第一财经', at: '2026-03-10T07:00:00Z' },
      { title: 'Beijing revokes H200 import approval for Alibaba', publisher: 'FT', at: '2026-03-10T11:00:00Z' },
    ]);
    expect(alerts, alerts.join('\n')).toHaveLength(1);
  });

  it('raises one alert for a firm telling followed by a hedged one', async () => {
    const env = await setup();
    const alerts = await tell(env, [
      { title: 'China suspends ByteDance H200 import approval', publisher: 'Caixin Global', at: '2026-03-11T01:00:00Z' },
      { title: "ByteDance's H200 import approval is reportedly suspended", publisher: 'The Register', at: '2026-03-11T06:00:00Z' },
    ]);
    expect(alerts).toHaveLength(1);
  });

  it('keeps tellings with and without a named authority, hedged and firm, as one story', async () => {
    const env = await setup();
    const alerts = await tell(env, [
      { title: 'Tencent is said to lose its H200 import approval, people familiar say', publisher: 'Nikkei', at: '2026-03-12T01:00:00Z' },
      { title: "Beijing revokes Tencent's H200 import approval", publisher: 'AP', at: '2026-03-12T04:00:00Z' },
      { title: 'Tencent H200 import approval revoked', publisher: 'The Register', at: '2026-03-12T09:00:00Z' },
    ]);
    expect(alerts, alerts.join('\n')).toHaveLength(1);
  });

  it('raises one alert for the reports and one "confirmed" alert for a later official statement', async () => {
    const env = await setup();
    const alerts = await tell(env, [
      { title: 'US is said to clear Nvidia to sell H200 chips to China, people familiar say', publisher: 'The Information', at: '2026-02-20T03:00:00Z' },
      { title: 'US clears Nvidia H200 sales to China', publisher: 'CNBC', at: '2026-02-20T06:00:00Z' },
      { title: '美国批准英伟达向中国出售H200芯片', publisher: '界面新闻', at: '2026-02-20T08:00:00Z' },
      {
        title: 'Commerce Department confirms it approved Nvidia H200 sales to China, the department said in a statement',
        publisher: 'AP',
        at: '2026-02-20T15:00:00Z',
      },
    ]);
    expect(alerts).toHaveLength(2);
    expect(alerts[1]).toMatch(/^Confirmed: /);
  });

  it('raises one "confirmed" alert when the ministry states a condition the press reported first', async () => {
    const env = await setup();
    const alerts = await tell(env, [
      {
        title: 'ByteDance is said to accept quarterly H200 usage reports as an import condition, people familiar say',
        publisher: 'Bloomberg',
        at: '2026-02-02T03:00:00Z',
      },
      { title: '消息称字节跳动同意按季度报送H200使用情况', publisher: '财联社', at: '2026-02-02T06:00:00Z' },
      { title: '商务部新闻发言人：字节跳动已书面承诺按季度报送H200芯片使用情况', publisher: '商务部', at: '2026-02-02T09:00:00Z' },
      { title: 'ByteDance agrees to quarterly H200 usage reports, ministry says', publisher: 'AP', at: '2026-02-02T12:00:00Z' },
    ]);
    expect(alerts, alerts.join('\n')).toHaveLength(2);
    expect(alerts[1]).toMatch(/^Confirmed: /);
  });
});
