/**
 * Class 4 and 7: whose event it is. Companies found by where they stand (a possessive, "for",
 * an appositive, a headline's speaker), names that describe another (an investor, a platform),
 * another chip named nearest the decision, and genres that tell no event (a broker's note, a
 * job advert, an agenda, an explainer).
 */
import { describe, expect, it } from 'vitest';
import { briefs, read } from './candidates-helpers.js';

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
