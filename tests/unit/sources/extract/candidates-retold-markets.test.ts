/**
 * Class 2, 4 and 6: the record told again, other markets and goods, what a permission forbids,
 * and names from the later blind batches (invented sentences, never the batches' own).
 */
import { describe, expect, it } from 'vitest';
import { extractCandidates } from '../../../../src/sources/extract/index.js';
import { briefs, read, holders } from './candidates-helpers.js';
import { withGroup } from './state.js';

describe('the record told again', () => {
  it('reads the whole group approved again, with nothing new, as the record told again', () => {
    const [c] = extractCandidates({ title: 'China gives ByteDance, Alibaba, Tencent nod to buy Nvidia H200 chips' }, withGroup()).candidates;
    expect([c?.kind, c?.retells]).toEqual(['restatement', 'cn-group']);
  });

  it('keeps it a grant when the item says it is a further approval or gives another quota', () => {
    const further = extractCandidates({ title: 'China gives ByteDance, Alibaba, Tencent nod to buy more Nvidia H200 chips' }, withGroup()).candidates;
    expect(further.map((c) => c.kind)).toEqual(['grant']);
    const bigger = extractCandidates({ title: 'China lets ByteDance, Alibaba and Tencent buy 650,000 H200s in total' }, withGroup()).candidates;
    expect(bigger.map((c) => c.kind)).toEqual(['grant']);
  });
});

describe('comparisons, destinations abroad and further approvals elsewhere in the item', () => {
  it('reads the item named only as a benchmark as no subject, but keeps "more than 400,000 H200s"', () => {
    expect(briefs('海光DCU新品发布，性能对标英伟达H200，已获多家客户订单')).toEqual([]);
    expect(briefs('Nvidia has shipped more than 300,000 H200s to China, Huang says')[0]).toMatch(/^delivery\/reported .* delivery:over:300000$/);
  });

  it("reads goods shipped to a Chinese firm's site abroad as that country's deal", () => {
    expect(briefs('Dell wins US licence to ship H200 servers to Alibaba Cloud in Malaysia')).toEqual([]);
  });
});

describe('what a permission forbids, and requests for other things', () => {
  it('reads "the licence bars X from ..." as the licence\'s condition, not a denial', () => {
    expect(
      briefs('Dell gets US licence for H200 servers', 'The licence bars Baidu from moving the systems out of the data centre.').map((b) => b.split('/')[0]),
    ).not.toContain('denial');
  });

  it('reads a listing application as no request for the item', () => {
    expect(briefs('燧原科技科创板上市申请获受理，产品性能对标H200')).toEqual([]);
  });

  it('reads an allowance lifted, and a term accepted, by their verbs', () => {
    expect(briefs('China quietly lifts H200 allowance for Tencent - sources')[0]).toMatch(/^grant\/hedged /);
    expect(
      briefs('Tencent agrees to limit outside rentals of its H200 capacity', 'Tencent accepted a term attached to its import approval.').map(
        (b) => b.split('/')[0],
      ),
    ).toContain('condition_agreed');
  });
});

describe('names and markets from the ninth batch (invented sentences)', () => {
  it('keeps a name apart from the verb of confirming, and reads a city and legal form as the same firm', () => {
    expect(holders('深言科技确认获准进口英伟达H200')).toEqual(['深言科技']);
    const ids = [
      read('知情人士：北京澜舟科技有限公司H200进口批文被收回').candidates[0]?.holders[0]?.value,
      read('知情人士：澜舟H200进口批文被收回').candidates[0]?.holders[0]?.value,
    ];
    expect(ids[0]).toBe(ids[1]);
  });

  it('keeps a name that holds 都 inside it, and finds a filer in a filing headline', () => {
    expect(holders('成都星图智算向英伟达下单约九千颗H200')).toEqual(['成都星图智算']);
    expect(holders('LINGXI AUTO - VOLUNTARY ANNOUNCEMENT - APPLICATION FOR IMPORT OF NVIDIA H200 CHIPS')).toEqual(['LINGXI AUTO']);
  });

  it("reads another market's US licence, with no word of China, as no news", () => {
    expect(
      briefs('Vodacom wins US licences to import 9,000 Nvidia H200s', 'The Commerce Department granted the licences for its new AI cloud, the company said.'),
    ).toEqual([]);
    // A firm the lexicon knows as Chinese is China news without the word.
    expect(holders("'We have ordered roughly 50,000 H200s,' Kuaishou finance chief says")).toEqual(['Kuaishou']);
  });

  it('reads a stock-market wrap and a bond sale as no news', () => {
    expect(briefs('A股收评：算力板块走强，多只H200概念股涨停')).toEqual([]);
    expect(briefs('腾讯获准在港发行30亿美元可转债，募资加码H200算力')).toEqual([]);
  });
});

describe('from the tenth batch (invented sentences)', () => {
  const told = (title: string, summary?: string) => briefs(title, summary).map((b) => b.split(' ')[0]);

  it('finds the firm heading its own news, named in a capitals flash after its kind, or heading a Chinese filing', () => {
    expect(holders('Digital Harbor: H200 chip import application approved by MOFCOM')).toEqual(['Digital Harbor']);
    expect(holders('CHINA APPROVES ROBOTICS FIRM UNITRON TO IMPORT NVIDIA H200 CHIPS')).toEqual(['UNITRON']);
    expect(holders('星河科技股份有限公司关于获得高性能计算芯片进口批复的公告', '公司获准进口英伟达H200芯片5000颗。')[0]).toBe('星河科技股份有限公司');
  });

  it("reads what a company's filing says an authority decided as reported, not official", () => {
    expect(
      briefs('星河科技股份有限公司关于获得高性能计算芯片进口批复的公告', '本公司近日收到商务部出具的批复文件，同意公司进口英伟达H200芯片5000颗。')[0],
    ).toMatch(/^grant\/reported /);
  });

  it('reads a prohibition in a licence condition, other goods and "the approvals" after them as no event', () => {
    expect(
      told(
        'BIS proposes licence condition',
        'BIS proposes a standard condition to licenses authorizing exports of H200 chips, prohibiting remote access by entities abroad.',
      ),
    ).not.toContain('denial/reported');
    expect(
      briefs(
        'China grants gallium export licences to Japanese chipmakers',
        'The approvals ease a bottleneck for makers of chips, including those that compete with the H200.',
      ),
    ).toEqual([]);
  });

  it('reads an item that names the tracked item only as a benchmark as no event', () => {
    expect(briefs('燧原获腾讯两万颗S60订单，性能对标H200', '燧原称，S60在推理任务上的表现已接近英伟达H200。')).toEqual([]);
  });
});

describe('from the eleventh batch (invented sentences)', () => {
  it('reads traditional characters the same as simplified ones', () => {
    expect(briefs('輝達H200庫存剩約6萬顆')).toEqual(['supply/reported - [nvidia] h200 inventory:about:60000']);
  });

  it('reads any traditional wording through the converter, and Taiwan words (輝達, 晶片) as the mainland ones', () => {
    expect(briefs('消息指聯電科技向輝達訂購近萬顆H200晶片 擴充算力')).toEqual(briefs('消息指联电科技向英伟达订购近万颗H200芯片 扩充算力'));
    expect(briefs('消息指聯電科技向輝達訂購近萬顆H200晶片 擴充算力')[0]).toMatch(/^order\/hedged - \[zh-[0-9a-z]+\] h200 order:about:10000$/);
    expect(briefs('傳聯電科技H200進口申請獲內地商務部批准')).toEqual(briefs('传联电科技H200进口申请获内地商务部批准'));
  });

  it('leaves simplified text alone: 昇腾 stays another chip, not 升腾', () => {
    expect(briefs('华为昇腾950开始向字节跳动批量交付，主打替代H200推理')).toEqual([]);
  });

  it('finds the firm heading its news with a ticker, speaking as 公司, or named in a capitals possessive', () => {
    expect(holders("Kingsoft Int'l (03888.HK): Obtained Ministry of Commerce approval to import 2,000 H200 chips")).toEqual(["Kingsoft Int'l"]);
    expect(holders('云端新网：公司英伟达H200芯片进口申请已获批')).toEqual(['云端新网']);
    expect(holders("CHINA SUSPENDS ZHIDA'S NVIDIA H200 IMPORT APPROVAL - CAIXIN")).toEqual(['ZHIDA']);
  });

  it('reads a firm pulling its bid as a withdrawal, and a cluster brought online as a delivery', () => {
    expect(briefs('Quantix pulls its bid to import Nvidia H200s')[0]).toMatch(/^revocation\/reported .*\[quantix\]/);
    expect(briefs('Alibaba Cloud Brings 10,000-GPU Nvidia H200 Cluster Online')[0]).toMatch(/^delivery\/reported - \[alibaba\]/);
  });

  it('reads a headline asking what will happen as no news', () => {
    expect(briefs("After Geely, will Beijing let more carmakers buy Nvidia's H200?", 'Two more carmakers have applied, people familiar said.')).toEqual([]);
  });
});

describe('from the twelfth batch (invented sentences)', () => {
  it('keeps a country word inside a longer name, and reads "Bank of …" as one name', () => {
    expect(holders('China Merchants Securities says it has approval to import about 3,000 Nvidia H200 chips')).toEqual(['China Merchants Securities']);
    expect(holders('Bank of Ningbo seeks approval to import Nvidia H200s, sources say')).toEqual(['Bank of Ningbo']);
  });

  it('reads a pause on accepting applications as about the firms still waiting', () => {
    expect(briefs('商务部公告 关于暂停受理英伟达H200芯片进口申请的公告')[0]).toMatch(/^suspension\/\w+ mofcom \[other-cn-firms\]/);
  });

  it('keeps "this year so far" deliveries as news, but "since it won approval" as background', () => {
    expect(briefs('知情人士：英伟达今年以来已向中国客户交付约30万颗H200')[0]).toMatch(/^delivery\//);
    expect(
      briefs('英伟达：对华H200累计交付超80万颗', '公司表示，自获得美方许可以来，已向中国获批客户交付超过80万颗H200芯片。').map((b) => b.split('/')[0]),
    ).toEqual(['delivery']);
  });

  it('reads 不被允许 as a negated permission', () => {
    expect(briefs('海关：H200芯片不被允许进口')[0]).toMatch(/^grant\/denied /);
  });
});
