/**
 * The forty-second session's first rule round: a headline that asks and then answers with a figure, firms agreeing to terms
 * in exchange for a faster approval (同意…以换取), a named firm agreeing (腾讯据悉同意), terms named as what was accepted, what a
 * permission's condition says a buyer does, a petition to lift a cap, the firms a joint approval is shared with, a quoted
 * claim answered (针对“…”的说法), 均无 as a negation, seeking a sign-off, losing permission, a waiting list waved through,
 * a brand named as a channel, a lower-case "commerce" deciding an import, 再订, the contract goods come under, goods described
 * as imported, an office block, a cap a firm can live with, 研议…改为, firms named by their queue, a decision read into the
 * front of a legal name, 进口申请获…公示通过, "understood to have been refused", a trade named by who does it, and a denial in
 * a headline's next clause.
 */
import { describe, expect, it } from 'vitest';
import { briefs, kinds, kindsTold, told } from './candidates-helpers.js';

describe('headlines that ask and answer', () => {
  it('reads a question answered with a figure as the figure reported, not as opinion', () => {
    expect(
      told(
        'How many H200s will Tencent get? Around 131,400 under the joint nod, people familiar say',
        'Tencent may import around 131,400 H200s under the approval it holds with ByteDance and Alibaba, people familiar with the split said.',
      ),
    ).toEqual(['grant/hedged Tencent']);
    expect(kindsTold('How large is Nvidia’s China stockpile? Roughly 604,000 H200s, brokers estimate')).toEqual(['supply/hedged']);
  });

  it('still reads a headline recalling an old chip as telling nothing', () => {
    expect(kindsTold('Remember the H20? Nvidia’s 2025 writedown, 12 months on')).toEqual([]);
  });
});

describe('terms a firm takes on', () => {
  it('reads waiting firms agreeing to something in exchange for a faster approval as terms agreed, not a grant', () => {
    expect(told('候批企业据悉同意算力集中托管 以换取审批提速', '多家仍在等待H200进口批复的企业已书面同意把芯片集中托管在指定园区，以换取审批提速。')).toEqual([
      'condition_agreed/hedged 候批企业',
    ]);
  });

  it('reads a named firm agreeing, and the requirement it accepted, as terms agreed', () => {
    expect(
      told('阿里巴巴据悉同意H200机房门禁记录实时上传', '知情人士称，阿里巴巴已接受其H200进口批复附带的一项条件：机房门禁记录须实时上传至主管部门。'),
    ).toEqual(['condition_agreed/hedged 阿里巴巴']);
  });

  it('reads what a licence’s condition says the buyer accepts as the licence’s terms, not terms agreed now', () => {
    expect(
      told(
        'US lets Nvidia sell H200s to a Chinese battery lab, with conditions',
        'Washington has granted Nvidia a licence to ship H200 chips to a battery-materials lab in Hefei, on condition the chips stay in one building and the buyer accepts unannounced audits, people familiar with the licence said.',
      ),
    ).toEqual(['grant/hedged Nvidia']);
  });

  it('reads a cap a firm can live with as terms agreed', () => {
    expect(
      kindsTold(
        'Nvidia said to accept a one-licence-a-year cap per Chinese buyer',
        'Nvidia has told the Commerce Department it can live with a cap of one H200 licence per Chinese customer a year, people familiar said.',
      ),
    ).toEqual(['condition_agreed/hedged']);
  });

  it('reads a denial in a headline’s next clause as denying the terms it says were accepted', () => {
    expect(kindsTold('网传腾讯接受H200机房驻场条款 公司否认称仍在沟通')).toEqual(['condition_agreed/denied']);
  });

  it('reads a change of licensing weighed (研议…改为) as terms proposed', () => {
    expect(briefs('美商务部传研议对华H200改为按季核发许可')).toEqual(['condition_proposed/reported bis [] h200']);
  });
});

describe('requests, refusals and losses', () => {
  it('reads a petition to lift a cap as the request of the firm named, not its sharers', () => {
    expect(
      told(
        'Alibaba petitions Beijing to raise its cap on Nvidia H200 imports',
        'Alibaba has petitioned the commerce ministry for room to bring in more H200s than its share of the joint approval with ByteDance and Tencent allows, people familiar with the request said.',
      ),
    ).toEqual(['application/hedged Alibaba']);
  });

  it('reads a quoted claim answered "never" and 均无 as denials', () => {
    expect(kindsTold('澜越科技发布澄清公告 称公司均无H200进口报批')).toEqual(['application/denied']);
  });

  it('reads seeking a sign-off as a request and losing permission as a revocation, of the firm named', () => {
    expect(told('Forklift maker Kunhe Robotics seeks Beijing’s sign-off for H200 imports')).toEqual(['application/reported Kunhe Robotics']);
    expect(told('Yuexin Data is said to have lost permission to import Nvidia H200s')).toEqual(['revocation/hedged Yuexin Data']);
    expect(told('Quanlan Data is understood to have been refused a licence to import Nvidia H200s')).toEqual(['denial/hedged Quanlan Data']);
    expect(told('Bridge-cable inspector Haoyu Intelligent is said to apply for H200 imports')).toEqual(['application/hedged Haoyu Intelligent']);
  });

  it('reads the firm a permission is taken from, not a brand it sold through', () => {
    expect(
      told(
        'Lanxi Data said to lose H200 import approval over chips rented out via a WeChat mini-program',
        'Lanxi Data’s permission to import Nvidia H200s has been withdrawn after it rented the chips to gamers through a WeChat mini-program, people close to the regulator said.',
      ),
    ).toEqual(['revocation/hedged Lanxi Data']);
  });

  it('reads Chinese commerce officials refusing an import as Beijing’s refusal', () => {
    expect(
      briefs(
        'Beijing rebuffs Jinlan Robotics over an empty chip hall',
        'Chinese commerce officials have refused Jinlan Robotics’ request to import Nvidia H200 processors, people familiar with the matter said.',
      ),
    ).toEqual(['denial/hedged mofcom [jinlan-robotics] h200']);
  });
});

describe('the waiting firms', () => {
  it('reads a waiting list waved through, and firms named by their wait, as the waiting firms approved', () => {
    expect(briefs('Beijing waves through its H200 waiting list, sharing roughly 168,000 chips')).toEqual(['grant/reported mofcom [] h200 quota:about:168000']);
    expect(briefs('等待中的H200进口企业传集体获批 合计约16.2万颗')).toEqual(['grant/reported mofcom [other-cn-firms] h200 quota:about:162000']);
    expect(briefs('排队进口H200的企业或被要求接入算力监测平台')).toEqual(['condition_proposed/hedged mofcom [other-cn-firms] h200']);
  });

  it('still reads customs waving goods through as no grant', () => {
    expect(briefs('Shenzhen customs waves through about 6,000 Nvidia H200s in a week')).toEqual([]);
  });
});

describe('orders, goods and places', () => {
  it('reads 再订 as an order and the contract goods arrive under as no new order', () => {
    expect(kinds('快手传再订约2.4万颗H200')).toEqual(['order']);
    expect(kinds('澜越科技首批512颗H200到货', '澜越科技公告，公司采购合同项下首批512颗英伟达H200芯片已运抵机房。')).toEqual(['delivery']);
  });

  it('reads goods described as imported as no delivery, and an office block as no refusal', () => {
    expect(
      kinds(
        'Tencent agrees to flag large H200 training runs in advance',
        'Tencent will notify regulators before any training job on more than 20,000 imported Nvidia H200s, people familiar said.',
      ),
    ).not.toContain('delivery');
    expect(
      kinds(
        'China halts Yuexin Data’s H200 imports',
        'China has suspended Yuexin Data’s permit to import Nvidia H200 chips after inspectors found its servers behind an office block, people familiar said.',
      ),
    ).toEqual(['suspension']);
  });
});

describe('firms named in full', () => {
  it('reads a legal name after the decision on it as the headline’s firm, once', () => {
    expect(told('宁澈智能获商务部附条件批复 可进口1862颗H200', '商务部发言人表示，经审查，依法附条件准予宁澈智能科技有限公司进口H200芯片1862颗。')).toEqual([
      'grant/official 宁澈智能',
    ]);
    expect(told('商务部：批准海汀科技进口H200', '商务部经审查后依法批准了杭州海汀科技股份有限公司的H200芯片进口申请。')).toEqual(['grant/official 海汀科技']);
  });

  // (The ministry's public list, 公示, is its own notice: the grant is official.)
  it('reads an import request passed on a public list as the firm’s grant, officially', () => {
    expect(told('澜越科技进口申请获商务部公示通过 核定H200数量为1388颗')).toEqual(['grant/official 澜越科技']);
  });
});
