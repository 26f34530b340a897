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
