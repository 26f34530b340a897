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
