/** Class 2 (conditions proposed vs agreed): the verb governing a condition decides which it is. */
import { describe, expect, it } from 'vitest';
import { briefs, read } from './candidates-helpers.js';

const kinds = (title: string, summary?: string) => read(title, summary).candidates.map((c) => c.kind);

describe('conditions', () => {
  it('reads accepting a domestic-chip requirement as agreed, with the holders of the headline', () => {
    expect(briefs('Tencent and Alibaba accept rule to pair H200 purchases with homegrown accelerators')).toEqual([
      'condition_agreed/reported mofcom [tencent,alibaba] h200',
    ]);
  });

  it('reads firms signing on to terms as agreeing, once, however many of them the body names again', () => {
    expect(
      briefs(
        'ByteDance, Alibaba, Tencent Sign On to Beijing Chip-Pairing Terms for H200s',
        'The companies have signed commitments to the commerce ministry to pair their H200 purchases with local accelerators, spokespeople for Alibaba confirmed.',
      ),
    ).toEqual(['condition_agreed/reported mofcom [bytedance,alibaba,tencent] h200']);
  });

  it('reads a buyer asking to ease a term as bargaining over it, not as an application', () => {
    expect(
      kinds(
        'Alibaba Is Said to Push Back on Local-Chip Ratio for H200 Imports',
        'Alibaba has asked Chinese regulators to lower the proportion of domestic chips it must buy alongside Nvidia H200s, offering to take 25% instead, people familiar said.',
      ),
    ).not.toContain('application');
    expect(kinds('知情人士：腾讯已向商务部申请下调H200配购国产芯片比例')).not.toContain('application');
  });

  it('reads a ratio provisionally set (比例初定) as a proposal', () => {
    expect(
      kinds('H200配购国产芯片比例初定1:2 三家大厂仍在争取下调', '知情人士称，商务部提出字节跳动、阿里巴巴、腾讯每进口1颗H200须配套采购2颗国产芯片。'),
    ).toContain('condition_proposed');
  });

  it('takes the business a firm is in, told before its name, for no term of its approval', () => {
    const [c] = read('GPU rental platform Lingxi said to win Beijing nod for about 1,000 H200s').candidates;
    expect(c?.kind).toBe('grant');
    expect(c?.conditions).toEqual([]);
  });

  it('reads an authority asking for a condition as a proposal, not as an application', () => {
    expect(kinds('Beijing asks ByteDance to buy domestic AI chips alongside every H200 it imports')).toEqual(['condition_proposed']);
  });

  it('keeps a company asking the ministry as an application', () => {
    expect(kinds('Alibaba asks the commerce ministry for permission to import more H200 chips')).toEqual(['application']);
  });

  it('reads 美方提议 with a cap as a proposal and finalised terms as agreed', () => {
    expect(kinds('美国商务部提议H200对华出口量设上限')).toEqual(['condition_proposed']);
    expect(kinds('Commerce Department finalises end-user checks for Nvidia H200 exports to China')).toEqual(['condition_agreed']);
  });

  it('does not add a proposal for what an agreed or attached condition says', () => {
    expect(kinds('Buyers must bundle domestic chips with H200 imports under terms Beijing has finalised')).toEqual(['condition_agreed']);
    expect(kinds('商务部批准腾讯进口H200芯片，并附加搭配采购国产芯片的条件')).toEqual(['grant']);
  });

  it('keeps a proposal still negotiated next to a grant without conditions', () => {
    expect(kinds('China approves Tencent H200 imports', 'A domestic-chip bundling requirement is still under negotiation.')).toEqual([
      'grant',
      'condition_proposed',
    ]);
  });
});

describe('holders described by their approval', () => {
  it('reads a proposal about "companies approved to buy" as the proposal only', () => {
    expect(
      briefs(
        'Beijing wants H200 buyers to also purchase domestic chips',
        "Chinese regulators have proposed that companies approved to buy Nvidia's H200 also buy a set ratio of domestically made accelerators.",
      ).map((b) => b.split(' ')[0]),
    ).toEqual(['condition_proposed/reported']);
  });

  it('reads 获批进口H200的企业 in a proposal as the proposal only', () => {
    expect(briefs('商务部拟要求H200进口企业搭配采购国产芯片', '商务部拟要求获批进口H200的企业按比例采购国产AI芯片。').map((b) => b.split(' ')[0])).toEqual([
      'condition_proposed/hedged',
    ]);
  });

  it('still reads "the first company approved to buy" as a grant', () => {
    expect(briefs('Baidu becomes the first company approved to buy H200 chips outside the first three').map((b) => b.split(' ')[0])).toContain(
      'grant/reported',
    );
  });
});

describe('which verb governs a condition (invented sentences)', () => {
  it('reads "considering requiring buyers to accept inspections" as a proposal', () => {
    expect(
      briefs(
        'US weighs on-site checks for Chinese H200 buyers',
        "The Commerce Department is considering requiring Chinese customers of Nvidia's H200 to accept inspections by US officials, people familiar said.",
      ).map((b) => b.split(' ')[0]),
    ).toEqual(['condition_proposed/hedged']);
  });

  it('reads "accepted a demand that officials inspect" as agreed', () => {
    expect(
      briefs(
        'Chip audits',
        'Nvidia has accepted a Commerce Department demand that US officials be allowed to inspect the data centres of Chinese H200 customers.',
      ).map((b) => b.split(' ')[0]),
    ).toEqual(['condition_agreed/reported']);
  });

  it('reads a ministry notice in force whose buyers 须 buy domestic chips as an agreed condition, not a grant', () => {
    expect(
      briefs('商务部：H200进口须搭配一定比例国产芯片', '商务部发布公告，获准进口H200芯片的企业须按1:1比例采购国产AI芯片，公告自发布之日起施行。').map(
        (b) => b.split(' ')[0],
      ),
    ).toEqual(['condition_agreed/official']);
  });

  it('reads a draft rule open for comment as a proposal', () => {
    expect(
      briefs(
        'Proposed Rule: On-Site End-Use Checks for H200 Exports to China; Request for Comments',
        'BIS proposes to require that exporters of H200 chips to China permit on-site end-use checks.',
      ).map((b) => b.split(' ')[0]),
    ).toEqual(['condition_proposed/official']);
  });
});

describe('a buyer weighing what terms cost', () => {
  it('proposes no condition when a company weighs the cost of pairing imports with domestic chips', () => {
    expect(
      kinds(
        'Alibaba scales back H200 purchase plans',
        'Alibaba has scaled back its planned purchase of Nvidia H200 chips, as the company weighs the cost of pairing imports with domestic chips.',
      ),
    ).not.toContain('condition_proposed');
  });

  it('still reads Beijing weighing a domestic-chip requirement as a proposal', () => {
    expect(kinds('Beijing weighs requiring H200 buyers to pair imports with domestic chips')).toContain('condition_proposed');
  });
});

describe('usage reports agreed, and terms not yet settled', () => {
  it('reads buyers signing up to quarterly usage reports as a condition agreed, in English and Chinese', () => {
    expect(kinds('Meituan and JD.com sign up to quarterly H200 usage reports for Beijing')).toEqual(['condition_agreed']);
    expect(kinds('ByteDance commits to report the location and use of its H200 chips every quarter')).toEqual(['condition_agreed']);
    expect(kinds('字节跳动同意每季度向商务部报告H200部署去向')).toEqual(['condition_agreed']);
  });

  it('reads a duty that "has not been finalized", told of no buyer, as a term still proposed', () => {
    expect(
      kinds(
        'Beijing wants H200 buyers to report chip use every quarter',
        'The reporting duty would come on top of a domestic-chip purchase quota and has not been finalized, the people said.',
      ),
    ).toEqual(['condition_proposed']);
  });

  it('still reads a buyer saying it has not agreed as a denied agreement', () => {
    expect(kinds('Alibaba says it has not agreed to the domestic-chip ratio for H200 imports')).toEqual(['condition_agreed']);
  });
});
