/** Class 4 (near-misses) and class 7 (parties): what must not become an event, and who is who. */
import { describe, expect, it } from 'vitest';
import { brief, briefs, read } from './candidates-helpers.js';

describe('near-misses', () => {
  it.each([
    ['US approves H20 exports to China', 'H20'],
    ['China blocks purchases of Nvidia H20E', 'H20E'],
    ['Nvidia B30A could win US approval for China', 'B30A'],
    ['Huawei unveils H200-class rival for Chinese buyers', 'H200-class'],
    ['Chinese startup launches chip that rivals the H200', 'another product'],
  ])('another chip: %s', (title, note) => {
    const e = read(title);
    expect(e.candidates).toEqual([]);
    expect(e.notes.join(' ')).toContain(note);
  });

  it.each([
    ['壁仞科技新卡获两家券商订单 称推理性能可与英伟达H200相当', '壁仞科技称，新一代加速卡已可与英伟达H200相当，并拿下两家券商的批量订单，下月起陆续交付。'],
    [
      'Startup Lumenic says its accelerator rivals Nvidia’s H200',
      'Lumenic said its accelerator rivals Nvidia’s H200 and has won orders from three regional lenders, with deliveries due next month.',
    ],
    ['燧思新品算力与英伟达H200持平 已获运营商采购', '燧思表示，新品算力与英伟达H200持平，已获某运营商5000片采购订单。'],
  ])('a rival compared with the item, the maker named between ("%s"), is another product', (title, summary) => {
    const e = read(title, summary);
    expect(e.candidates.map(brief)).toEqual([]);
    expect(e.notes.join(' ')).toMatch(/is another product/);
  });

  it.each([
    [
      "China's market regulator approves Nvidia's purchase of a Dutch software firm",
      "The approval, granted on conditions, is separate from the commerce ministry's licensing of H200 imports.",
    ],
    ['美方批准多家设备商向华虹供应备件', '美国商务部向设备厂商发放出口许可，允许其继续向华虹供应维护服务，此次许可与英伟达H200芯片出口无关。'],
    ['US licenses toolmakers to service Chinese fabs', 'The licences do not cover AI accelerators such as the H200, the department said.'],
  ])('an item that names the item only to say it is not about it ("%s") reads nothing', (title, summary) => {
    const e = read(title, summary);
    expect(e.candidates.map(brief)).toEqual([]);
    // (Where the item also says its permission is not the chip licence, that note comes first.)
    expect(e.notes.join(' ')).toMatch(/named only to say the news is not about it|another permission, by the item's own account/);
  });

  it('still reads the decision when the item is named for real beside what the approval leaves out', () => {
    expect(briefs('China approves ByteDance to import 50,000 H200s', 'The approval does not cover H20 chips.')).toEqual([
      'grant/reported mofcom [bytedance] h200 quota:exact:50000',
    ]);
  });

  it('another country is not the tracked approval', () => {
    const e = read('Malaysia approves H200 imports for new data centres');
    expect(e.candidates).toEqual([]);
    expect(e.notes.join(' ')).toContain('Malaysia');
    expect(read('US approves H200 exports to the UAE').candidates).toEqual([]);
  });

  it('opinion and analysis are not events', () => {
    expect(read('Opinion: China approved the H200. Now what?').candidates).toEqual([]);
    expect(read('Why China approved ByteDance H200 purchases').notes[0]).toContain('opinion');
    expect(read('分析：中国为何批准H200进口').candidates).toEqual([]);
  });

  it('old news restated is a restatement, not a new grant', () => {
    const e = read("Nvidia shares rise after last month's approval of H200 sales to China");
    expect(e.candidates.map((c) => c.kind)).toEqual(['restatement']);
    expect(e.about).toEqual([]);
    expect(read('中国此前已批准字节跳动购买H200').candidates.map((c) => c.kind)).toEqual(['restatement']);
  });

  it('a new event beside background keeps only the new event', () => {
    expect(briefs('China suspends ByteDance H200 purchases', 'China had approved the purchases last month.')).toEqual([
      'suspension/reported mofcom [bytedance] h200',
    ]);
  });

  it('a passing mention in show notes or a benchmark is nothing', () => {
    const podcast = read('Episode 512: new Macs, Nvidia earnings and whether the H200 gets approved', 'In this episode we talk about ...');
    expect(podcast.candidates).toEqual([]);
    expect(podcast.about).toEqual([]);
    expect(read('Gaudi 3 vs Nvidia A100 and H200: benchmark results').candidates).toEqual([]);
    expect(read('Nvidia earnings preview: what to expect').candidates).toEqual([]);
  });
});

describe('parties', () => {
  it('the brand names the seller, not a holder', () => {
    const [c] = read("China approves ByteDance to buy Nvidia's H200 chips").candidates;
    expect(c!.holders.map((h) => h.value)).toEqual(['bytedance']);
    expect(c!.seller?.value).toBe('nvidia');
  });

  it('subsidiaries count for their parent, with the words they were named by', () => {
    const [c] = read('Alibaba Cloud and Volcano Engine get approval to buy H200 chips').candidates;
    expect(c!.holders).toEqual([
      { value: 'alibaba', words: 'Alibaba Cloud' },
      { value: 'bytedance', words: 'Volcano Engine' },
    ]);
    expect(read('阿里云获批采购H200').candidates[0]!.holders).toEqual([{ value: 'alibaba', words: '阿里云' }]);
  });

  it('the authority is who grants, not who reports', () => {
    const [c] = read('Nvidia says China approved Tencent H200 purchases').candidates;
    expect(c!.authority?.value).toBe('mofcom');
    expect(c!.holders.map((h) => h.value)).toEqual(['tencent']);
  });

  it("商务部 is China's ministry, 美国商务部 the US department", () => {
    expect(read('商务部批准腾讯进口H200').candidates[0]!.authority).toEqual({ value: 'mofcom', words: '商务部' });
    const us = read('美国商务部批准英伟达向中国出口H200').candidates[0]!;
    expect(us.authority).toEqual({ value: 'bis', words: '美国商务部' });
    expect(us.holders.map((h) => h.value)).toEqual(['nvidia']);
  });

  it('an export licence is held by the exporter, an import approval by the buyer', () => {
    expect(briefs('US approves Nvidia H200 sales to Chinese customers')).toEqual(['grant/reported bis [nvidia] h200']);
    expect(briefs('China approves Alibaba purchases of Nvidia H200')).toEqual(['grant/reported mofcom [alibaba] h200']);
  });

  it('a company the ledger does not track is named, with a note', () => {
    const e = read('China approves Baidu to buy H200 chips');
    expect(e.candidates[0]!.holders).toEqual([{ value: 'baidu', words: 'Baidu' }]);
    expect(e.notes).toContain('Baidu is not tracked');
  });
});

describe('one story, many tellings inside one item', () => {
  it('a headline and a summary telling the same grant give one candidate, hedged if either is', () => {
    const e = read(
      'China approves ByteDance, Alibaba, Tencent H200 purchases',
      'China has approved ByteDance, Alibaba and Tencent to buy more than 400,000 H200 chips in total, according to people familiar with the matter.',
    );
    expect(e.candidates.map((c) => `${c.kind}/${c.certainty}/${c.quantity?.value}`)).toEqual(['grant/hedged/400000']);
  });

  it('every field carries the words it came from', () => {
    const [c] = read('China approves ByteDance, Alibaba, Tencent to buy more than 400,000 H200 chips in total').candidates;
    expect(c!.trigger).toBe('approves');
    expect(c!.authority).toEqual({ value: 'mofcom', words: 'China' });
    expect(c!.holders.map((h) => h.words)).toEqual(['ByteDance', 'Alibaba', 'Tencent']);
    expect(c!.item).toEqual({ value: 'h200', words: 'H200' });
    expect(c!.quantity?.words).toBe('more than 400,000 H200 chips');
    expect(read('ByteDance gets H200 approval').language).toBe('en');
    expect(read('字节跳动获批购买H200').language).toBe('zh');
  });
});
