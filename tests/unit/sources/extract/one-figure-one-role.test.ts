/**
 * The forty-fourth session's second round: one figure read both as orders and as stock keeps the reading the words around
 * it tell ("on the shelf", 手上; "order for"); a summary that opens "A refresher:" retells; a firm dismissing claims
 * about its licence is found; an approval that only measures the goods delivered ("the 1,128 it was cleared to import",
 * "its approved import") is no grant.
 */
import { describe, expect, it } from 'vitest';
import { briefs, holders, kindsTold } from './candidates-helpers.js';

describe('one figure, one role', () => {
  it('reads a stock figure set against orders once, as stock', () => {
    expect(
      briefs(
        'Recap: Nvidia’s roughly 690,000 H200s still trail what Chinese firms have ordered',
        'Nothing has moved in a month: Nvidia holds about 690,000 H200s in inventory, against the orders Chinese firms have placed.',
      ).filter((b) => b.includes('690000')),
    ).toEqual(['restatement/reported - [nvidia] h200 inventory:about:690000']);
  });

  it('reads the same in Chinese, with the stock held in hand', () => {
    expect(briefs('温故：英伟达手上约69万颗H200 难填大陆订单缺口', '重温上月的数字：英伟达H200库存约69万颗。').filter((b) => b.includes('690000'))).toEqual([
      'restatement/reported - [nvidia] h200 inventory:about:690000',
    ]);
  });

  it('still keeps an order for a number of chips an order', () => {
    expect(
      briefs(
        'Tencent said to place a follow-on order for 85,000 Nvidia H200s',
        'Tencent has placed an order for 85,000 more H200 processors, two people said, as Nvidia’s stock of the chips thins.',
      ).filter((b) => b.includes('85000')),
    ).toEqual(['order/hedged - [tencent] h200 order:exact:85000']);
  });
});

describe('refreshers, denials of claims, approvals that measure goods', () => {
  it('reads a summary that opens as a refresher as the rule told again', () => {
    expect(
      kindsTold(
        'Three weeks on, what the January BIS rule changed for Nvidia’s H200',
        'A refresher: since January, China licence applications for the H200 are reviewed case by case rather than presumed denied, with testing on US soil.',
      ),
    ).toEqual(['restatement/reported']);
  });

  it('finds a firm that dismisses claims about its licence', () => {
    expect(
      holders(
        '‘Our licence stands’: Brenvale AI dismisses online claims of an H200 freeze',
        'Brenvale AI said on Friday that its H200 import licence remains in force and that reports of a suspension were false.',
      )[0],
    ).toBe('Brenvale AI');
  });

  it('reads chips that arrived as a part of what a firm was cleared to import as a delivery, with no grant', () => {
    expect(
      kindsTold(
        'Harlowe Dynamics takes its first 412 H200s',
        'Harlowe Dynamics said 412 Nvidia H200 chips arrived this week at its Xiangtan facility, the first instalment of the 1,206 it was cleared to import.',
      ),
    ).toEqual(['delivery/reported']);
    expect(
      kindsTold(
        'Quenby Robotics takes first 300 of its approved H200s',
        'Quenby Robotics said 300 Nvidia H200 chips, the first part of its approved import, had arrived at its Foshan server room.',
      ),
    ).toEqual(['delivery/reported']);
  });
});

describe('orders asked of the seller, and terms accepted in Chinese', () => {
  it('reads asking Nvidia or its distributors for a number of chips as an order', () => {
    expect(
      kindsTold(
        'Another 52,100 H200s go on Tencent’s list with Nvidia, two people say',
        'Tencent has asked Nvidia for roughly 52,100 more H200 processors on top of earlier orders, two people with knowledge of the talks said.',
      ),
    ).toEqual(['order/hedged']);
  });

  it('reads a firm accepting to set capacity aside, with no condition word, as a condition it agreed', () => {
    expect(
      kindsTold(
        'ByteDance said to accept setting aside H200 hours for provincial labs',
        'ByteDance will make part of its H200 capacity available to provincial research labs at a guided rate, sources said.',
      ),
    ).toEqual(['condition_agreed/hedged']);
  });

  it('reads the firms waiting pledging in writing, and a firm saying it is willing, as conditions agreed', () => {
    expect(
      briefs('候批H200企业据悉书面承诺：集群不接入境外网络', '多位知情人士称，仍在排队等待H200进口批复的企业已向商务部提交书面承诺，保证集群不接入境外网络。'),
    ).toEqual(['condition_agreed/hedged mofcom [other-cn-firms] h200']);
    expect(kindsTold('腾讯愿拿出部分H200机时供高校使用', '消息人士称，腾讯已向监管部门表示，愿意拿出一部分H200训练时段按成本收费供高校实验室使用。')).toEqual([
      'condition_agreed/hedged',
    ]);
  });

  it('still reads the answer, not the question, when a ministry confirms pledges handed in as required', () => {
    expect(
      kindsTold(
        '商务部新闻发言人就H200进口企业承诺事项答记者问',
        '问：有媒体称三家企业已就进口H200芯片向商务部作出书面承诺，能否介绍有关情况？答：经核实，字节跳动、阿里巴巴、腾讯已按要求提交书面承诺，保证进口芯片仅用于境内业务。',
      ),
    ).toEqual(['condition_agreed/official']);
  });
});

describe('a quota used up', () => {
  it('reads an order that uses up part of a quota as the order alone', () => {
    expect(
      kindsTold(
        '澄岳科技向分销商下单744颗H200 首期用掉一半获批额度',
        '澄岳科技公告，已与英伟达在华分销商签订744颗H200芯片采购协议，剩余额度将视训练进度再行采购。',
      ),
    ).toEqual(['order/reported']);
  });
});
