import { describe, expect, it } from 'vitest';
import { read, told } from './candidates-helpers.js';

const sizes = (title: string, summary?: string) => read(title, summary).candidates.map((c) => `${c.kind} ${c.quantity?.value ?? '-'}`);

describe('an order cut or resized', () => {
  it('reads a firm cutting its purchase to a new figure as its order of that size', () => {
    expect(sizes('据悉青川果业下调H200采购量 由300颗缩至120颗左右')).toEqual(['order 120']);
    expect(sizes('青川果业：H200采购计划已调整为120颗 其余需求改租云服务')).toEqual(['order 120']);
  });

  it('reads an English headline trimming a purchase, with the firm that trims it', () => {
    expect(told('Chip designer Qingchuan Cloud trims its Nvidia H200 purchase to 120 units')).toEqual(['order/reported Qingchuan Cloud']);
    expect(sizes('Chip designer Qingchuan Cloud trims its Nvidia H200 purchase to 120 units')).toEqual(['order 120']);
  });

  it('reads a firm heading its news with goods bought after the cut as its delivery', () => {
    expect(told('青川果业：调整后采购的120颗H200已全部到货')).toEqual(['delivery/reported 青川果业']);
  });

  it('leaves the purchase volume an approval allows no order', () => {
    expect(sizes('节前复盘：三家平台获批的H200采购量合计超过40万颗').some((s) => s.startsWith('order'))).toBe(false);
  });
});
