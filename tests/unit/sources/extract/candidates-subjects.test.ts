/**
 * Class 4 and 7: whose event it is. Companies found by where they stand (a possessive, "for",
 * an appositive, a headline's speaker), names that describe another (an investor, a platform),
 * another chip named nearest the decision, and genres that tell no event (a broker's note, a
 * job advert, an agenda, an explainer).
 */
import { describe, expect, it } from 'vitest';
import { extractCandidates } from '../../../../src/sources/extract/index.js';
import { brief, briefs, holders } from './candidates-helpers.js';
import { withGroup } from './state.js';

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
    const state = withGroup();
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
