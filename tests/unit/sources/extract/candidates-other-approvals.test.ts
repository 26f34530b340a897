/**
 * Near-misses that share the words of real events: another regulator's clearance (antitrust,
 * an energy or environmental review, a publishing licence, a technology export, an outbound
 * investment), a question headline promising views, a broker's or research house's figures, market demand, a legislator's bill,
 * China named only to set a deal apart, goods delivered in or into another country and other chips.
 * None is news about the tracked records.
 */
import { describe, expect, it } from 'vitest';
import { read } from './candidates-helpers.js';

describe('another regulator, another permission', () => {
  it.each([
    [
      "Market regulator clears Tencent's cloud venture with a state power group",
      'China’s market regulator approved the joint venture on conditions, the companies said; the venture plans to run H200 servers.',
    ],
    [
      'China closes antitrust probe of Nvidia after it accepts conditions',
      'The antitrust decision does not touch H200 import licensing, officials said; Nvidia agreed to keep supplying H200 parts on fair terms.',
    ],
    ['腾讯韶关数据中心二期通过节能审查 将新增部署H200算力', '腾讯韶关数据中心二期项目近日通过节能审查，获批后将新增部署英伟达H200算力。'],
    ['商务部批准阿里巴巴推荐算法技术出口申请', '阿里巴巴的推荐算法技术出口申请获商务部批准，公司同时在采购英伟达H200扩充算力。'],
    ['阅文平台获网络出版许可 AI改编算力来自腾讯云H200集群', '阅文集团称，新平台已获得网络出版许可增项。'],
  ])('reads no event from "%s"', (title, summary) => {
    expect(read(title, summary).candidates).toEqual([]);
  });
});

describe('headlines that are not news', () => {
  it('reads nothing from a Chinese question headline whose subtitle promises views (…吗？业内人士这样看)', () => {
    const e = read('H200进口审批会继续收紧吗？多位业内人士这样看', '近期接连出现驳回和暂停案例，有观点认为监管思路正在变化。');
    expect(e.candidates).toEqual([]);
    expect(e.notes.join(' ')).toMatch(/opinion or analysis/);
  });

  it('reads nothing from a bill lawmakers introduce', () => {
    const e = read('Senate hawks introduce bill to suspend Nvidia H200 licences for China', 'The bill would halt new licences until a review is complete.');
    expect(e.candidates).toEqual([]);
    expect(e.notes.join(' ')).toMatch(/legislator/);
  });

  it('reads nothing from a rival pitched as an H200 substitute', () => {
    expect(
      read('Moore Threads ships boards to banks, pitching them as an H200 substitute', 'Moore Threads said three banks had ordered 5,000 of the boards.')
        .candidates,
    ).toEqual([]);
  });
});

describe('China named only to set a deal apart', () => {
  it('reads no event from a US licence for a buyer abroad whose story says it has nothing to do with Chinese customers', () => {
    const e = read(
      'Andaman Compute secures US export licence for H200 cluster',
      'Andaman Compute has obtained a US export licence for Nvidia H200 servers for its data centre in Phuket, the company said. The permit has nothing to do with the licences Nvidia holds for sales to Chinese customers, a spokesman said.',
    );
    expect(e.candidates).toEqual([]);
  });
});

describe('a broker house forecasting', () => {
  it('reads a research house heading its own figures (Omdia:, 法人：) as analysis, and market demand as no proposal', () => {
    expect(
      read('Omdia: H200 rental rates in China slid 9% in the third quarter', 'Prices fell as demand shifted toward inference on domestic accelerators.')
        .candidates,
    ).toEqual([]);
    expect(read('法人：明年輝達H200對陸出貨有望倍增').candidates).toEqual([]);
    expect(
      read('H200 rents fall in China', 'Rents fell about 9% as demand shifted toward inference on domestic accelerators, brokers said.').candidates,
    ).toEqual([]);
  });

  it('reads no order from 机构预测: demand is not an order', () => {
    expect(read('机构预测：后年国内H200需求或超200万颗', '多家券商的年度策略报告认为，随着审批范围扩大，国内H200需求量或超过200万颗。').candidates).toEqual([]);
  });
});

describe('other goods and recaps', () => {
  it('reads no event from US licences for networking switches headed to Chinese data centres', () => {
    expect(
      read(
        'Nvidia wins US export licences for Spectrum-X switches bound for Chinese AI data centres',
        'The licences cover network switches, not the H200 accelerators.',
      ).candidates,
    ).toEqual([]);
  });

  it('reads no event from an outbound-investment approval that mentions H200 servers abroad', () => {
    expect(
      read('商务部批准腾讯云利雅得数据中心境外投资', '腾讯云利雅得数据中心的境外投资获商务部批准，将部署在当地采购的英伟达H200服务器。').candidates,
    ).toEqual([]);
  });
});

describe('goods for another country', () => {
  it('reads no delivery when the item names another country and nothing Chinese, even with "start-ups" in it', () => {
    expect(
      read(
        'Tromsø research hub switches on 512-chip Nvidia H200 cluster after US licence arrives',
        'A computing centre in Tromsø run by Norwegian universities has powered up 512 Nvidia H200 processors; part of the capacity will be rented to start-ups.',
      ).candidates,
    ).toEqual([]);
  });

  it('still reads a delivery to a Chinese buyer that names a foreign supplier', () => {
    expect(read('Tencent receives 20,000 Nvidia H200s assembled by a Taiwanese server maker').candidates.map((c) => c.kind)).toEqual(['delivery']);
  });

  it('reads no approval for another Nvidia chip (L40S) a tracked firm imports', () => {
    expect(read('腾讯获商务部批准进口英伟达L40S 用于游戏渲染农场', '腾讯此前已获准进口H200。').candidates.map((c) => c.kind)).not.toContain('grant');
  });
});

describe('goods delivered into another country', () => {
  it('reads no delivery of chips that arrive in another country (运抵泰国, "arrived in Malaysia")', () => {
    expect(read('腾讯云曼谷机房扩容 将部署H200', '腾讯云表示，新机房的英伟达H200芯片经美国出口许可后直接运抵泰国，不经过中国境内。').candidates).toEqual([]);
    expect(
      read(
        'Alibaba Cloud adds H200 capacity abroad',
        'The Nvidia H200 servers arrived in Malaysia last week, Alibaba Cloud said, and never passed through China.',
      ).candidates,
    ).toEqual([]);
  });

  it('keeps chips that arrive at a Chinese buyer', () => {
    expect(read('首批H200运抵腾讯深圳机房', '腾讯首批约2万颗英伟达H200芯片已运抵深圳。').candidates.map((c) => c.kind)).toEqual(['delivery']);
  });
});
