import { describe, expect, it } from 'vitest';
import { setup, tell } from './helpers.js';

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
    // Two events, so two claims of one source each, and each alert says whom it is about.
    const claims = Object.values(env.ledger.state.claim).filter((c) => c.field === 'status');
    expect(claims.map((c) => [c.value, 1 + (c.support?.length ?? 0), c.evidence.title])).toEqual([
      ['suspended', 1, "China suspends Tencent's H200 import approval - Reuters"],
      ['suspended', 1, "China suspends ByteDance's H200 import approval - Reuters"],
    ]);
    expect(alerts[0]).toMatch(/reports suspended for Tencent,/);
    expect(alerts[1]).toMatch(/reports suspended for ByteDance,/);
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

  it('keeps a firm nobody tracks, named in Chinese by one outlet and in Latin letters by another, as one story when the figure agrees', async () => {
    const env = await setup();
    const alerts = await tell(env, [
      { title: '知情人士：澜舟获批进口约1.2万颗H200', publisher: '财联社', at: '2026-09-10T02:00:00Z' },
      { title: 'Lanzhou AI Is Said to Win Approval to Import 12,000 Nvidia H200s', publisher: 'Bloomberg', at: '2026-09-10T06:00:00Z' },
    ]);
    expect(alerts, alerts.join('\n')).toHaveLength(1);
    // Without a figure to tie them, two unknown firms stay two stories.
    const apart = await tell(await setup(), [
      { title: '知情人士：澜舟获批进口H200', publisher: '财联社', at: '2026-09-10T02:00:00Z' },
      { title: 'Lanzhou AI Is Said to Win Approval to Import Nvidia H200s', publisher: 'Bloomberg', at: '2026-09-10T06:00:00Z' },
    ]);
    expect(apart, apart.join('\n')).toHaveLength(2);
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

describe('story clustering: who the story is about', () => {
  it('joins a telling that names nobody to the story of the one that named the holders, and confirms it once', async () => {
    const env = await setup();
    const alerts = await tell(env, [
      { title: 'China is said to turn down H200 import requests from smaller companies', publisher: 'Bloomberg', at: '2026-05-12T02:00:00Z' },
      { title: 'China denies H200 import applications from other Chinese firms', publisher: 'Reuters', at: '2026-05-12T05:00:00Z' },
      { title: '商务部驳回其余企业H200进口申请', publisher: '财联社', at: '2026-05-12T07:00:00Z' },
      {
        title: 'Commerce ministry says it has rejected the remaining H200 import applications, a spokesperson said',
        publisher: 'China Daily',
        at: '2026-05-12T15:00:00Z',
      },
    ]);
    expect(alerts, alerts.join('\n')).toHaveLength(2);
    expect(alerts[1]).toMatch(/^Confirmed: Commerce ministry says/);
  });

  it("keeps another holder's event apart once a telling named whom the story is about", async () => {
    const env = await setup();
    const alerts = await tell(env, [
      { title: 'Beijing is said to suspend an H200 import approval, people familiar say', publisher: 'Nikkei', at: '2026-05-20T02:00:00Z' },
      { title: "China suspends Tencent's H200 import approval", publisher: 'Reuters', at: '2026-05-20T04:00:00Z' },
      { title: "China suspends Alibaba's H200 import approval", publisher: 'AP', at: '2026-05-20T06:00:00Z' },
    ]);
    expect(alerts.filter((h) => /Alibaba/.test(h) || /suspended/.test(h)).length, alerts.join('\n')).toBeGreaterThanOrEqual(1);
    expect(alerts, alerts.join('\n')).toHaveLength(2);
  });

  it("confirms a new holder's approval on its review candidate, even when the statement names only one of the holders", async () => {
    const env = await setup();
    const alerts = await tell(env, [
      { title: 'China is said to approve H200 imports for Baidu and JD.com, people familiar say', publisher: 'Bloomberg', at: '2026-05-01T02:00:00Z' },
      { title: 'Beijing clears Baidu, JD.com to buy Nvidia H200 chips', publisher: 'Reuters', at: '2026-05-01T05:00:00Z' },
      { title: 'Commerce ministry confirms it approved H200 imports by Baidu, spokesperson said', publisher: 'Xinhua', at: '2026-05-01T15:00:00Z' },
      { title: '商务部新闻发言人表示，已批准百度、京东进口H200芯片', publisher: '新华社', at: '2026-05-01T16:00:00Z' },
    ]);
    expect(alerts, alerts.join('\n')).toHaveLength(2);
    expect(alerts[0]).toMatch(/^Unconfirmed: /);
    expect(alerts[1]).toMatch(/^Confirmed: /);
    const candidates = Object.values(env.ledger.state.claim).filter((c) => c.field === 'new_authorization');
    expect(candidates).toHaveLength(1);
    expect(1 + (candidates[0]!.support?.length ?? 0)).toBe(4);
  });

  it("confirms a new holder's review candidate once when the ministry speaks days after the press, outside the story window", async () => {
    const env = await setup({ storyWindowHours: 24 });
    const alerts = await tell(env, [
      { title: 'Harbour Mining is said to win approval to import about 2,000 Nvidia H200 chips', publisher: 'Bloomberg', at: '2026-06-01T02:00:00Z' },
      { title: 'Harbour Mining says it has received approval to import 2,048 H200 chips', publisher: 'Reuters', at: '2026-06-01T09:00:00Z' },
      {
        title: 'Commerce ministry spokesperson says it approved Harbour Mining H200 import application',
        publisher: 'Xinhua',
        at: '2026-06-05T08:00:00Z',
      },
      {
        title: "Ministry of Commerce says it has approved Harbour Mining's H200 import application, a spokesperson said",
        publisher: 'China Daily',
        at: '2026-06-09T08:00:00Z',
      },
    ]);
    expect(alerts, alerts.join('\n')).toHaveLength(2);
    expect(alerts[0]).toMatch(/^Unconfirmed: /);
    expect(alerts[1]).toMatch(/^Confirmed: Commerce ministry spokesperson says/);
    const candidates = Object.values(env.ledger.state.claim).filter((c) => c.field === 'new_authorization');
    expect(candidates).toHaveLength(1);
    expect(candidates[0]!.review).toBe('pending');
    expect(1 + (candidates[0]!.support?.length ?? 0)).toBe(4);
  });

  it('says on the confirmation which records it concerns and which words tied it', async () => {
    const env = await setup();
    await tell(env, [{ title: "Tencent's H200 import approval is said to be revoked", publisher: 'Nikkei', at: '2026-05-21T02:00:00Z' }]);
    const before = env.alerts.published.length;
    await tell(env, [
      {
        title: "Ministry of Commerce confirms it revoked Tencent's H200 import approval, the ministry said in a statement",
        publisher: 'AP',
        at: '2026-05-21T09:00:00Z',
      },
    ]);
    const confirmed = env.alerts.published.slice(before);
    expect(confirmed).toHaveLength(1);
    expect(confirmed[0]!.authorizationId).toBe('cn-h200-import-group');
    const why = confirmed[0]!.changes.find((c) => c.label === 'Why')?.after ?? '';
    expect(why).toMatch(/revocation \("revoked"\)/);
    expect(why).toMatch(/tencent \("Tencent/);
  });
});

describe('story clustering: the official statement first', () => {
  it('keeps press tellings after an official statement as part of its story, in English and Chinese', async () => {
    const env = await setup();
    const alerts = await tell(env, [
      {
        title: "Commerce Department confirms it has suspended Nvidia's H200 export licences for China, a department statement said",
        publisher: 'AP',
        at: '2026-07-06T02:00:00Z',
      },
      { title: 'US suspends Nvidia licence for H200 sales to China', publisher: 'Reuters', at: '2026-07-06T05:00:00Z' },
      { title: '美国暂停英伟达H200对华出口许可', publisher: '澎湃新闻', at: '2026-07-06T07:00:00Z' },
    ]);
    expect(alerts, alerts.join('\n')).toHaveLength(1);
  });
});

describe('no fact recorded twice', () => {
  it("adds a late retelling about one holder to that holder's claim, not a second claim, and not another holder's", async () => {
    const env = await setup();
    const alerts = await tell(env, [
      { title: "China suspends Tencent's H200 import approval", publisher: 'Reuters', at: '2026-04-10T01:00:00Z' },
      { title: "China suspends ByteDance's H200 import approval", publisher: 'AP', at: '2026-04-10T03:00:00Z' },
      // Five days later, past the 72-hour window: told again, not a new event.
      { title: 'Tencent H200 import approval remains suspended by Beijing', publisher: 'Nikkei', at: '2026-04-15T03:00:00Z' },
    ]);
    const claims = Object.values(env.ledger.state.claim).filter((c) => c.field === 'status');
    expect(claims.map((c) => [c.evidence.publisher, 1 + (c.support?.length ?? 0)])).toEqual([
      ['Reuters', 2],
      ['AP', 1],
    ]);
    expect(alerts, alerts.join('\n')).toHaveLength(2);
  });
});

describe('story clustering: an untracked firm named in two scripts', () => {
  it('keeps a suspension told in Chinese and then in English, with no figure, as one alert', async () => {
    const env = await setup();
    const alerts = await tell(env, [
      { title: '知情人士：澄江科技H200进口许可被暂停 涉嫌违规转租算力', publisher: '21世纪经济报道', at: '2026-05-02T02:00:00Z' },
      { title: "China said to freeze Chengjiang Technology's H200 import permit over subletting", publisher: 'Reuters', at: '2026-05-02T06:00:00Z' },
    ]);
    expect(alerts, alerts.join('\n')).toHaveLength(1);
  });

  it('keeps a grant told with its figure in Chinese and without one in English as one alert', async () => {
    const env = await setup();
    const alerts = await tell(env, [
      { title: '独家｜澄江科技H200进口申请据悉已获批 获准数量约3000颗', publisher: '财联社', at: '2026-05-04T02:00:00Z' },
      { title: "Chengjiang Technology said to win Beijing's nod to import Nvidia H200 chips", publisher: 'Bloomberg', at: '2026-05-04T06:00:00Z' },
    ]);
    expect(alerts, alerts.join('\n')).toHaveLength(1);
    // Two figures that disagree are two events.
    const apart = await tell(await setup(), [
      { title: '独家｜澄江科技H200进口申请据悉已获批 获准数量约3000颗', publisher: '财联社', at: '2026-05-04T02:00:00Z' },
      { title: 'Hunan Lianhe Bank said to win approval to import 500 Nvidia H200 chips', publisher: 'Bloomberg', at: '2026-05-04T06:00:00Z' },
    ]);
    expect(apart, apart.join('\n')).toHaveLength(2);
  });

  it("keeps a firm's own notice of its refusal, four days after the wires, in the wires' story", async () => {
    const env = await setup();
    const alerts = await tell(env, [
      { title: "China said to reject Chengjiang Technology's bid to import Nvidia H200s", publisher: 'Bloomberg', at: '2026-05-06T13:00:00Z' },
      { title: '彭博：澄江科技H200进口申请被商务部驳回', publisher: '36氪', at: '2026-05-07T01:00:00Z' },
      {
        title: '澄江科技：收到商务部不予许可通知 研发算力转向国产加速卡',
        summary: '澄江科技在上证e互动答复称，公司已收到商务部不予许可的书面通知，其英伟达H200芯片进口申请未获批准。',
        publisher: '上证e互动',
        at: '2026-05-11T01:00:00Z',
      },
    ]);
    expect(alerts, alerts.join('\n')).toHaveLength(1);
  });

  it('still tells two grants of untracked firms apart when no figure ties them', async () => {
    const env = await setup();
    const alerts = await tell(env, [
      { title: '据悉澄江科技H200进口申请获批', publisher: '财联社', at: '2026-05-03T02:00:00Z' },
      { title: 'Hunan Lianhe Bank said to win approval to import Nvidia H200s', publisher: 'Bloomberg', at: '2026-05-03T06:00:00Z' },
    ]);
    expect(alerts, alerts.join('\n')).toHaveLength(2);
  });
});
