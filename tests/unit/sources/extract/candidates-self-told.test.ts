/**
 * Classes 2, 3 and 7 as a company tells them of itself: the firm that heads a headline with a
 * long name, a hedge between a Chinese name and its verb, a results call in the first person,
 * and a company's own notice, answer or filing, which reports a decision and is not official.
 */
import { describe, expect, it } from 'vitest';
import { extractCandidates } from '../../../../src/sources/extract/index.js';
import { brief, briefs, holders } from './candidates-helpers.js';
import { withOpenBundling } from './state.js';

describe('a firm nobody lists, heading its own news', () => {
  it('reads a four-word name, and one ending "of China", as the subject', () => {
    expect(holders('Eastern Star Power Grid Wins Beijing Nod to Import Nvidia H200 Chips')).toEqual(['Eastern Star Power Grid']);
    expect(holders('Industrial Bank of China cleared to buy Nvidia H200 chips, people familiar say')).toEqual(['Industrial Bank of China']);
  });

  it('reads a firm that denies a report of its approval', () => {
    expect(briefs('Midea denies report it received approval to import Nvidia H200 chips')).toEqual(['grant/denied mofcom [midea] h200']);
  });

  it('reads a Chinese name with a hedge or "recently" before its verb, and an outlet tag before a bar', () => {
    expect(holders('界面独家｜华大基因据悉获批进口英伟达H200')).toEqual(['华大基因']);
    expect(holders('晶泰控股已于近日向英伟达订购约3000颗H200芯片')).toEqual(['晶泰控股']);
  });

  it('does not read a time word or an investor question as a firm', () => {
    expect(holders('某某科技：年初获批的H200进口额度仍然有效', '公司于今年1月获批的H200进口额度仍然有效。')).not.toContain('年初');
  });

  it('reads "We have placed an order" on a results call as the company the headline names', () => {
    const said = 'On the call, the chief executive said: "We have placed an order for about 4,000 H200 GPUs with Nvidia."';
    expect(briefs('Meituan Q3 earnings call: delivery volumes rise', said)).toEqual(['order/reported - [meituan] h200 order:about:4000']);
  });
});

describe('a company reports a decision; it does not make it official', () => {
  it('reads a company notice or answer in Chinese as reported', () => {
    expect(briefs('华大基因公告：英伟达H200芯片进口申请未获商务部批准')[0]).toMatch(/^denial\/reported mofcom/);
    expect(briefs('华大基因：公司H200芯片进口申请已获得商务部批准', '公司在投资者互动平台回复称，进口申请已获批准。')[0]).toMatch(/^grant\/reported mofcom/);
  });

  it('keeps a ministry notice official', () => {
    expect(briefs('商务部公告：批准华大基因进口H200芯片')[0]).toMatch(/^grant\/official mofcom/);
  });
});

describe('words that do not name the event they look like', () => {
  it('does not read "authorised distributors" as a grant or "industrial inspection" as a condition', () => {
    const kinds = briefs(
      'Hikvision gets nod to import 3,000 Nvidia H200s',
      'Hikvision said the ministry had approved its application to import 3,000 H200 chips for industrial inspection models. It will buy through authorised distributors.',
    );
    expect(kinds).toEqual(['grant/reported mofcom [hikvision] h200 quota:exact:3000']);
  });

  it('reads receiving an approval as no delivery', () => {
    expect(briefs('中国移动已于本月初收到商务部关于进口H200芯片的批复').map((b) => b.split('/')[0])).toEqual(['grant']);
  });

  it('reads raising a quota, seeking approval and accepting a rule', () => {
    expect(briefs('China Said to Raise ByteDance, Alibaba, Tencent H200 Quota to 0.8 Million')[0]).toMatch(
      /^grant\/hedged mofcom \[bytedance,alibaba,tencent\] h200 quota:exact:800000/,
    );
    expect(briefs('Pony.ai Said to Seek Beijing Approval for Nvidia H200 Imports')[0]).toMatch(/^application\/hedged mofcom \[pony/);
    expect(briefs("Alibaba accepts Beijing's domestic chip rule for H200 buys - sources")[0]).toMatch(/^condition_agreed\/hedged mofcom \[alibaba\]/);
  });
});

describe('the record told again with its open terms', () => {
  const state = withOpenBundling();
  const kinds = (summary: string) =>
    extractCandidates({ title: 'China greenlights H200 purchases by ByteDance, Alibaba and Tencent, sources say', summary }, state).candidates.map(
      (c) => brief(c).split('/')[0],
    );
  const approval = 'China has given ByteDance, Alibaba and Tencent permission to buy more than 400,000 Nvidia H200 chips, sources said';

  it('reads a retold group approval whose terms the record holds as still open as one restatement', () => {
    expect(kinds(`${approval}, with conditions such as buying domestic chips still under negotiation.`)).toEqual(['restatement']);
  });

  it('reads unnamed terms "still being negotiated" beside the retold approval as the open ones the record holds', () => {
    expect(kinds(`${approval}, with conditions still being negotiated.`)).toEqual(['restatement']);
  });

  it('keeps a term the record does not hold as news', () => {
    expect(kinds(`${approval}, with conditions such as third-party testing still under negotiation.`)).toContain('condition_proposed');
  });

  it('keeps a figure for the open term (a ratio, a share, so many for every so many) as news of it', () => {
    expect(kinds(`${approval}. Officials want them to buy four domestic chips for every three H200s under a bundling rule still being negotiated.`)).toContain(
      'condition_proposed',
    );
    expect(kinds(`${approval}. Officials have proposed that domestic chips make up 45% of each purchase.`)).toContain('condition_proposed');
  });
});

describe('near-misses that look like approval news', () => {
  it('reads another chip named in the plural as another chip', () => {
    expect(briefs('Chinese Internet Firms Order 200,000 Nvidia H20s as Beijing Relaxes Guidance', 'The H20 predates the H200 approvals.')).toEqual([]);
  });

  it("reads a column's disclaimer and a should-you-buy headline as opinion", () => {
    expect(
      briefs(
        'Beijing keeps rationing GPUs',
        "Another carmaker says it has been allowed some Nvidia H200s. (Columnist's opinion; it does not necessarily reflect the views of the board.)",
      ),
    ).toEqual([]);
    expect(briefs('Is Nvidia Stock a Buy Now That Beijing Is Approving More H200 Buyers?')).toEqual([]);
  });

  it("reads another regulator's approval of software trained on H200s as no licence news", () => {
    expect(briefs('联影智能AI影像软件获国家药监局批准上市', '该软件基于英伟达H200训练平台开发。')).toEqual([]);
  });

  it("reads a US licence for another country, told in Chinese with no word of China, as that country's", () => {
    expect(briefs('越南FPT集团获美国许可 将采购约2万颗英伟达H200', '美国商务部已批准英伟达向FPT出口约2万颗H200芯片。')).toEqual([]);
  });

  it('reads a conference agenda as no news', () => {
    expect(briefs('Shanghai AI Compute Forum 2026: full agenda', 'Panel: what the H200 approvals mean for cloud providers.')).toEqual([]);
  });
});

describe('more of what a firm says of itself', () => {
  it('reads a hedge between a request and its grant (申请据悉已获批)', () => {
    expect(briefs('独家｜华大基因H200进口申请据悉已获批')[0]).toMatch(/^grant\/hedged mofcom/);
  });

  it('reads a bare name with 公司 after it as the name', () => {
    expect(holders('消息称小鹏公司H200进口申请被驳回')).toEqual(['小鹏']);
  });

  it('reads a firm that confirms its approval, and one that accepts curbs, as the subject', () => {
    expect(holders('Mindong Medical confirms China approval to import 2,000 Nvidia H200 chips')).toEqual(['Mindong Medical']);
    expect(briefs("ByteDance, Alibaba and Tencent accept Beijing's curbs on renting out H200 capacity, sources say")[0]).toMatch(/^condition_agreed\/hedged/);
  });
});

describe('a firm that files, is turned down or denies seeking', () => {
  it('reads a name ending in "Tech" that files an application', () => {
    expect(holders('Shanghai Lianyun Tech Files Application With Commerce Ministry to Import Nvidia H200 Chips')).toEqual(['Shanghai Lianyun Tech']);
  });

  it('reads 未获…通过 as a denial of the request', () => {
    expect(briefs('传晶泰控股H200进口申请未获商务部通过')[0]).toMatch(/^denial\/hedged mofcom/);
  });

  it('reads a firm that denies seeking approval as a denied application of its own', () => {
    expect(briefs('Goertek denies seeking approval to import Nvidia H200s')).toEqual(['application/denied mofcom [goertek] h200']);
  });
});
