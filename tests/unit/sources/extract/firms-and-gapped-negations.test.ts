/**
 * A negation inside the gap of a trigger's own words ("permit has not been withdrawn") negates it; a firm
 * after a lower-case description of its trade ("Property manager X", "Futures broker X") or let in by name
 * (准予X公司进口) is the holder; a quota handed back (交回部分额度) is no grant; "pencils in" orders.
 */
import { describe, expect, it } from 'vitest';
import { briefs, told } from './candidates-helpers.js';

describe('firms and negations the earlier rules missed', () => {
  it('reads "permit has not been withdrawn" as a revocation denied', () => {
    expect(briefs("China's commerce ministry says Qingchuan Fruit's H200 permit has not been withdrawn")).toEqual([
      'revocation/denied mofcom [qingchuan-fruit] h200',
    ]);
  });

  it('finds the firm after "Property manager" and "Futures broker"', () => {
    expect(briefs('Property manager Qingchuan Fruit gets Beijing go-ahead for roughly 320 Nvidia H200s, sources say')).toEqual([
      'grant/hedged mofcom [qingchuan-fruit] h200 quota:about:320',
    ]);
    expect(briefs('Futures broker Qingchuan wins approval to import 48 Nvidia H200s, sources say')).toEqual([
      'grant/hedged mofcom [qingchuan] h200 quota:exact:48',
    ]);
  });

  it('finds the firm the ministry lets in by its name with 公司', () => {
    const [grant] = briefs('商务部：依法准予青川果业公司进口320颗H200芯片');
    expect(grant).toMatch(/^grant\/official mofcom \[zh-[a-z0-9]+\] h200 quota:exact:320$/);
  });

  it('reads the parent of a unit the ministry lets in (准予X子公司进口) as the firm', () => {
    expect(told('商务部：依法准予青川子公司进口320颗H200芯片')).toEqual(['grant/official 青川']);
  });

  it('keeps firms counted (多家游戏公司) generic', () => {
    expect(briefs('传商务部驳回多家游戏公司H200进口申请').join()).not.toMatch(/\[zh-/);
  });

  it('reads a quota handed back as held, not granted', () => {
    expect(briefs('商务部：字节跳动交回部分额度 H200进口许可没有被撤销')).toEqual(['revocation/denied mofcom [bytedance] h200']);
  });

  it('reads "pencils in" as an order', () => {
    expect(briefs('ByteDance pencils in roughly 80,000 more H200s from Nvidia')).toEqual(['order/reported - [bytedance] h200 order:about:80000']);
  });
});
