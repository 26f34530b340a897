/**
 * Class 4 and 7: whose event it is. Companies found by where they stand (a possessive, "for",
 * an appositive, a headline's speaker), names that describe another (an investor, a platform),
 * another chip named nearest the decision, and genres that tell no event (a broker's note, a
 * job advert, an agenda, an explainer).
 */
import { describe, expect, it } from 'vitest';
import type { LedgerState } from '../../../../src/core/model.js';
import { extractCandidates } from '../../../../src/sources/extract/index.js';
import { brief, briefs, read } from './candidates-helpers.js';
import { seedState } from './state.js';

const holders = (title: string, summary?: string) => read(title, summary).candidates.map((c) => c.holders.map((h) => h.words).join('+'));
const kinds = (title: string, summary?: string) => briefs(title, summary).map((b) => b.split('/')[0]);

describe('companies found by where they stand', () => {
  it('reads the firm whose permission it is ("X\'s import approval") and the firm a permission is for', () => {
    expect(holders("Zhizi Robotics's H200 import licence revoked after audit")).toEqual(['Zhizi Robotics']);
    expect(holders('Beijing gives H200 import nod for Horizon Cloud')).toEqual(['Horizon Cloud']);
  });

  it('reads a firm described in an appositive that says its own request was approved', () => {
    expect(holders('Yitu, the Shanghai-based vision firm, said China had approved its request to import H200 chips')).toEqual(['Yitu']);
  });

  it("reads a Chinese headline's speaker as the firm it speaks of, but not a broker or an outlet", () => {
    expect(holders('云知声：公司H200进口申请已获商务部批复')).toEqual(['云知声']);
    expect(briefs('华泰证券：商务部或于年底前批准更多企业进口H200')).toEqual([]);
  });

  it('keeps the name before a time word ("近期") apart from it', () => {
    expect(holders('滴答出行近期已向商务部提交H200进口申请')).toEqual(['滴答出行']);
  });

  it("does not make an investor or an affiliate's parent a holder", () => {
    expect(holders('Tencent-backed Zhipu wins approval to import Nvidia H200 chips')).toEqual(['Zhipu']);
  });

  it('does not make the platform a statement was posted on a party', () => {
    expect(briefs('腾讯通过微博否认H200进口许可被暂停')).toEqual(['suspension/denied mofcom [tencent] h200']);
  });

  it('reads "says reports of its approval are inaccurate" as the speaker\'s own denial', () => {
    expect(holders('Xiaomi says reports of its H200 approval are inaccurate')).toEqual(['Xiaomi']);
  });
});

describe('another subject', () => {
  it('reads a decision whose nearest chip is another chip as about that chip', () => {
    expect(kinds('Washington grants Nvidia licences for B30A sales as Chinese H200 buyers wait')).not.toContain('grant');
  });

  it('reads job adverts, agendas and headlines that call themselves explainers as no news', () => {
    expect(briefs('阿里云招聘｜H200集群网络工程师', '负责已获批进口的H200集群建设。')).toEqual([]);
    expect(briefs("Agenda: Shenzhen AI Infrastructure Summit - 'Living with the H200 approvals' panel")).toEqual([]);
    expect(kinds("China's H200 import approvals, explained", 'Beijing approved ByteDance, Alibaba and Tencent to buy more than 400,000 chips.')).toEqual([
      'restatement',
    ]);
  });
});

describe('one fact per request and decision', () => {
  const told = (title: string, summary?: string) => briefs(title, summary).map((b) => b.split(' ')[0]);

  it('reads a request a sentence tells decided as the decision alone', () => {
    expect(told('Yitu says its application to import H200 chips has been approved by the commerce ministry')).toEqual(['grant/reported']);
    expect(told('云知声：公司H200芯片进口申请已获商务部批复')).toEqual(['grant/reported']);
  });

  it('keeps a new request beside an approval told in another sentence', () => {
    expect(told('Tencent applies for a bigger H200 quota', 'Beijing approved Tencent to import 90,000 of the chips.')).toContain('application/reported');
  });

  it('reads "still waiting on sign-off" with "has not received approval" as the approval not given', () => {
    expect(told("Baidu still waiting on Beijing's sign-off for H200 chips", 'Baidu has not yet received approval to import the H200, its CFO said.')).toEqual([
      'grant/denied',
    ]);
  });

  it('keeps a previous rejection as background to the approval the item tells', () => {
    expect(told('Yitu wins H200 import approval', 'Its application was approved on Monday, after a previous application was not approved in spring.')).toEqual([
      'grant/reported',
    ]);
  });

  it('reads a rumour the item calls false as denied: 网传…不实, "rejects viral claim"', () => {
    expect(told('京东：网传获批进口H200不实')).toEqual(['grant/denied']);
    expect(told('Commerce Dept. rejects viral claim that Nvidia lost its China H200 licences')).toEqual(['revocation/denied']);
  });

  it('reads a headline about another chip as about that chip, whatever its body says of the H200', () => {
    expect(
      briefs('Beijing lifts curbs on Nvidia H20 purchases by Tencent', 'The H20 was designed for China before Washington allowed sales of the H200.'),
    ).toEqual([]);
  });
});

describe('who acts, and what is told again', () => {
  it('reads a sentence that opens "As previously disclosed" as old news', () => {
    expect(
      briefs(
        'ACME HOLDINGS ANNOUNCES THIRD QUARTER RESULTS',
        'As previously disclosed, the Group obtained approval from the Ministry of Commerce to import Nvidia H200 chips.',
      ).map((b) => b.split('/')[0]),
    ).toEqual(['restatement']);
  });

  it('reads an approval of other goods as no news about the item the body mentions', () => {
    expect(
      briefs(
        'Beijing approves Airbus jet imports for China Eastern',
        "The decision comes after this year's approvals for Nvidia H200 imports by Tencent.",
      ).filter((b) => b.startsWith('grant')),
    ).toEqual([]);
  });

  it('reads a figure a reporter verified with the companies as reported, not official', () => {
    expect(briefs('字节阿里腾讯H200合计额度提至55万颗', '记者从相关企业处证实，商务部近日批复同意将三家企业合计可进口的H200数量提升至55万颗。')[0]).toMatch(
      /^grant\/reported /,
    );
  });

  it("reads customers in the People's Republic of China as where the goods go, not who suspends", () => {
    expect(
      briefs(
        'ACME CORP - Form 8-K',
        "ACME received notice from the U.S. Department of Commerce that licenses authorizing exports of H200 products to customers in the People's Republic of China are suspended.",
      )[0],
    ).toMatch(/^suspension\/\w+ bis /);
  });
});

describe('more readings from the blind batches (invented sentences)', () => {
  const told = (title: string, summary?: string) => briefs(title, summary).map((b) => b.split(' ')[0]);

  it('reads chips switched on as delivered, and chips "to be delivered" as not yet', () => {
    expect(briefs('Baidu Cloud switches on 6,000 Nvidia H200s in Yangquan')).toEqual(['delivery/reported - [baidu] h200 delivery:exact:6000']);
    expect(told('ByteDance orders another 50,000 Nvidia H200 chips, to be delivered next year')).toEqual(['order/reported']);
  });

  it('reads a rule about any licence, and a prohibition inside a condition, as no grant or denial', () => {
    expect(
      told(
        'BIS proposes new H200 licence condition',
        'BIS proposes that any license authorizing the export of H200 chips to China be conditioned on on-site end-user visits.',
      ),
    ).toEqual(['condition_proposed/reported']);
    expect(told('美方拟在H200对华出口许可中加入新条件：单一客户采购量不得超过3万颗')).toEqual(['condition_proposed/hedged']);
  });

  it('reads a final rule that limits quantities as an agreed condition', () => {
    expect(
      told(
        'Per-Customer Caps for H200 Exports',
        'In this final rule, BIS amends the EAR to limit the quantity of H200 chips that may be exported to any single end user in China.',
      ),
    ).toEqual(['condition_agreed/official']);
  });

  it('reads a request turned down once, not also as an approval not given', () => {
    expect(told('云知声：H200进口未能过审', '公司此前申请进口H200芯片，但未获批准。')).toEqual(['denial/reported']);
  });

  it('reads a stock figure as stock only, and a permission held as no new grant', () => {
    expect(told('Nvidia says H200 inventory fell to about 310,000 as shipments to China continue')).toEqual(['supply/reported']);
    expect(
      told(
        'Nvidia CFO: 900,000 H200s delivered to China',
        'Under the licences granted by Washington, we have delivered 900,000 H200 units to approved customers in China.',
      ),
    ).toEqual(['delivery/reported']);
    expect(told('英伟达：对华H200累计交付超90万颗', '公司表示，自获得美方许可以来，已向中国获批客户交付超过90万颗H200芯片。')).toEqual(['delivery/reported']);
  });

  it("keeps a country in a side clause from making the item another country's deal", () => {
    expect(told("Zhizi Robotics's H200 import approval revoked after chips turn up in Malaysia", "China's commerce ministry withdrew the permission.")).toEqual(
      ['revocation/reported'],
    );
  });

  it('reads the tracked group by its nickname, and not when it is only the comparison', () => {
    const state = seedState();
    state.authorization['cn-group'] = {
      id: 'cn-group',
      name: 'China H200 import group',
      aliases: [],
      direction: 'import',
      authorityId: 'mofcom',
      itemId: 'h200',
      holderIds: ['bytedance', 'alibaba', 'tencent'],
      status: 'approved',
      allocations: [],
      evidence: [],
      provenance: { status: 'seed' },
    } as unknown as LedgerState['authorization'][string];
    expect(extractCandidates({ title: 'China raises H200 ceiling for its three internet giants to 640,000' }, state).candidates.map(brief)).toEqual([
      'grant/reported mofcom [bytedance,alibaba,tencent] h200 quota:exact:640000',
    ]);
    expect(holders('Moonshot becomes first firm outside the big three to win H200 import approval')).toEqual(['Moonshot']);
  });
});

describe('names from the eighth batch (invented sentences)', () => {
  it('finds a firm in a capitals flash, a Title Case "Said to", and before the item and its permission', () => {
    expect(holders('ZHIYUAN SAYS NVIDIA H200 IMPORT LICENCE REVOKED BY COMMERCE MINISTRY')).toEqual(['ZHIYUAN']);
    expect(holders('Mobvia Said to Win China Approval to Buy Nvidia H200 Chips')).toEqual(['Mobvia']);
    expect(holders('知情人士：深言科技H200进口批文被收回')).toEqual(['深言科技']);
    expect(holders('知情人士：声智H200进口批文被收回')).toEqual(['声智']);
  });

  it('reads the name after a descriptor, without a trailing 公司, and a firm named first in a headline with a colon', () => {
    expect(holders('深圳具身智能创业公司灵犀获批进口1.5万颗H200')).toEqual(['灵犀']);
    expect(holders('美颜公司撤回英伟达H200进口申请')).toEqual(['美颜']);
    expect(holders('第五范式：H200芯片进口申请未获商务部批准')).toEqual(['第五范式']);
  });

  it('reads a count written out in Chinese before its measure word', () => {
    expect(briefs('叠纸向英伟达订购约八千颗H200')[0]).toMatch(/order:about:8000$/);
  });

  it('reads cloud instances going live as chips delivered', () => {
    expect(briefs('阿里云H200实例正式上线')).toEqual(['delivery/reported - [alibaba] h200']);
  });
});

describe('the record told again', () => {
  const withGroup = () => {
    const state = seedState();
    state.authorization['cn-group'] = {
      id: 'cn-group',
      name: 'China H200 import group',
      aliases: [],
      direction: 'import',
      authorityId: 'mofcom',
      itemId: 'h200',
      holderIds: ['bytedance', 'alibaba', 'tencent'],
      status: 'approved',
      quota: { value: 400000, qualifier: 'over', unit: 'chips' },
      allocations: [],
      evidence: [],
      provenance: { status: 'seed' },
    } as unknown as LedgerState['authorization'][string];
    return state;
  };

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
