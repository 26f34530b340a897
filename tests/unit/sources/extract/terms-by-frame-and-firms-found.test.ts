/**
 * The forty-fourth session's rules: terms told with no condition word (a party signing up to, accepting, telling an
 * authority it will or living with a duty; an authority mulling, floating or drafting one; a duty that may come; 已表示接受),
 * and what keeps them apart from orders, grants weighed and promises to shareholders; a term still out for comment or told
 * as new is no restatement; a barring of a use in Chinese is a term by itself; stock left in a reserve; firms lined up for
 * permits; a firm named …Labs refused; a post rejected; a firm's earlier licence as background; and firms found by their
 * trade (-er, -or, -ist), by taking their first chips, by a permit restored (恢复), after a headline's scene, or before 表示.
 */
import { describe, expect, it } from 'vitest';
import { briefsAgainst, holders, kindsAgainst, kindsTold, told } from './candidates-helpers.js';
import { withGroup, withOpenBundling } from './state.js';

describe('terms told with no condition word', () => {
  it('reads a seller signing up to a duty as a condition it agreed', () => {
    expect(
      told(
        'Nvidia signs up to stamp each buyer’s registration number on China-bound H200 cards',
        'Nvidia has told the Commerce Department that every H200 card it ships to China will carry the end user’s business registration number, people familiar with the exchange said.',
      ),
    ).toEqual(['condition_agreed/hedged Nvidia']);
  });

  it('reads the firms waiting accepting an inspector as a condition they agreed', () => {
    expect(
      told(
        'Firms still in line for H200 permits accept a ministry inspector at each data hall',
        'Companies lined up for China’s H200 import approval have agreed to let a commerce ministry inspector visit their halls every month, according to people at three applicants.',
      ),
    ).toEqual(['condition_agreed/hedged Firms still in line']);
  });

  it('reads an authority studying or floating a duty as a condition proposed', () => {
    expect(
      told(
        'Washington mulls a cap per Chinese buyer on Nvidia H200 shipments',
        'Commerce officials are studying language that would hold any single Chinese customer to a fifth of the H200s Nvidia sends each quarter, three people said.',
      ),
    ).toEqual(['condition_proposed/hedged Nvidia']);
    expect(
      told(
        'Washington weighs a buyer-by-buyer tally for Nvidia’s China H200 sales',
        'Staff at the Commerce Department have floated a quarterly tally in which each Chinese customer of Nvidia would list the H200 boards it holds, according to two people briefed on the idea.',
      ),
    ).toEqual(['condition_proposed/hedged Nvidia']);
  });

  it('reads a duty the firms waiting may soon have to meet as a condition proposed', () => {
    expect(
      told(
        'H200 applicants may face a tax-record test',
        'Companies lined up for H200 import approval could be asked to show three years of clean tax filings, according to people close to regulators.',
      ),
    ).toEqual(['condition_proposed/hedged Companies lined up']);
  });

  it('still reads an agreement an authority wants as a condition proposed', () => {
    expect(
      kindsTold(
        'Beijing wants the three platforms to keep H200 clusters on the mainland',
        'Regulators want the three companies to commit that chips bought under their approval will stay in mainland data centres, two people said.',
      ),
    ).toEqual(['condition_proposed/hedged']);
  });

  it('reads a firm committing to a number of chips as an order, with no condition', () => {
    expect(
      kindsTold(
        'Tencent commits to at least 150,000 more Nvidia H200s, sources say',
        'Tencent has placed orders for at least 150,000 more H200 processors with Nvidia, two people familiar with the purchase said.',
      ),
    ).toEqual(['order/hedged']);
  });

  it('reads no condition in a promise to shareholders', () => {
    expect(
      kindsTold(
        'Canaan says its mining machines have no use for Nvidia AI accelerators',
        'The Hangzhou maker told shareholders it will not seek H200s and will keep building its own ASICs.',
      ),
    ).toEqual([]);
  });

  it('reads no condition in an authority weighing a grant', () => {
    expect(kindsTold('China is said to weigh letting more firms buy Nvidia’s H200 within weeks')).not.toContain('condition_proposed/hedged');
  });
});

describe('terms that are news, not old news', () => {
  it('reads a term still out for comment as proposed, not restated', () => {
    expect(
      kindsAgainst(
        withOpenBundling(),
        '三大平台H200机房或被加上废旧芯片回收条款',
        '接近主管部门的人士称，商务部正在研究给字节跳动、阿里巴巴、腾讯的H200进口批复追加一项要求：退役芯片须交由指定机构回收。该条款仍在征求意见阶段。',
      ),
    ).toEqual(['condition_proposed']);
  });

  it('still reads a term told as new beside the group’s permit as proposed, not restated', () => {
    expect(
      kindsAgainst(
        withOpenBundling(),
        'H200集群或须接入省级能耗监测平台 三大平台批文拟添新附加项',
        '两位知情人士称，针对字节跳动、阿里巴巴、腾讯三家的H200进口批文，监管方面可能再加一项要求：每个集群须实时接入省级能耗监测平台。',
      ),
    ).toEqual(['condition_proposed']);
  });

  it('reads "a year of" inside a headline as a duty’s object, not a look back', () => {
    expect(
      told(
        'Firms waiting on H200 permits may first have to file a year of domestic-chip test logs',
        'Applicants still in Beijing’s H200 queue may have to show twelve months of test logs from domestic accelerators before the ministry rules on them, two people said.',
      ),
    ).toEqual(["condition_proposed/hedged Applicants still in Beijing's H200 queue"]);
  });

  it('reads a barring of pledging the servers, in Chinese, as a term proposed for the firms waiting', () => {
    expect(told('候批企业H200服务器或被禁止质押贷款', '据悉，商务部正考虑要求尚在排队的企业书面承诺进口服务器不得用于质押。')).toEqual([
      'condition_proposed/hedged 候批企业',
    ]);
  });
});

describe('stock, refusals and denials', () => {
  it('reads chips that still sit in Nvidia’s China reserve as its stock', () => {
    expect(
      briefsAgainst(
        withGroup(),
        'Supply-chain tally: about 612,400 H200s still sit in Nvidia’s China reserve',
        'Estimates seen by Bloomberg put Nvidia’s China reserve at about 612,400 H200 chips.',
      ),
    ).toEqual(['supply/reported - [nvidia] h200 inventory:about:612400']);
  });

  it('reads a refusal of a firm named …Labs as its denial', () => {
    expect(holders('China said to reject Veltrane Labs’ H200 request over an undisclosed shareholder')).toEqual(['Veltrane Labs']);
  });

  it('reads a firm rejecting a social-media post about its chips as denying the delivery', () => {
    expect(
      kindsTold(
        'Tencent Cloud: no H200 has reached our halls yet',
        'A Tencent Cloud spokesperson said the company has not taken delivery of any Nvidia H200s, rejecting a social-media post that claimed a first batch had been installed.',
      ),
    ).toEqual(['delivery/denied']);
  });

  it('reads a fresh request after an earlier licence was withdrawn as the request', () => {
    expect(
      kindsTold(
        'Corvale Intelligence files a fresh H200 import request',
        'Corvale Intelligence said it has submitted a new application to import Nvidia H200s after its earlier licence was withdrawn over use by an affiliate.',
      ),
    ).toEqual(['application/reported']);
  });
});

describe('firms no list knows', () => {
  it('finds an English firm after its trade in -er and one saying China approved it', () => {
    expect(holders('Catenary tester Vorlane Dynamics gets Beijing’s approval for 1,212 H200s')).toEqual(['Vorlane Dynamics']);
    expect(holders('Quillmark Analytics says China has approved 1,644 Nvidia H200s for its tide models')).toEqual(['Quillmark Analytics']);
  });

  it('finds a Chinese firm whose permit is restored, and one opening a clause before 表示', () => {
    expect(holders('商务部恢复璟淳资料H200进口许可', '商务部网站公告，璟淳资料已完成整改，即日起恢复其H200进口许可。')[0]).toBe('璟淳资料');
    expect(holders('翊岚科技：首批H200到位', '翊岚科技表示，公司采购的首批512颗英伟达H200已运抵合肥机房。')[0]).toBe('翊岚科技');
  });

  it('finds a Chinese firm after a headline’s scene that names the news, and one said to be refused', () => {
    expect(holders('订单有了着落 翎澈智能拿到商务部1352颗H200进口批复')[0]).toBe('翎澈智能');
    expect(holders('长春雪翎智能传被拒批H200 滑雪场客流模型受阻', '知情人士透露，商务部已驳回该公司的H200进口申请。')[0]).toBe('长春雪翎智能');
  });
});
