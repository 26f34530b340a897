/**
 * A listed company answering its investors in its own headline: "X回应投资者：从未申请…", "X：没有采购…",
 * "X：未曾向商务部提交…申请" deny a fact about X (未曾's 曾 tells no earlier event), while
 * "X：暂无申请进口…的计划" says a plan does not exist, which is no event at all.
 */
import { describe, expect, it } from 'vitest';
import { read } from './candidates-helpers.js';

const told = (title: string) => read(title).candidates.map((c) => `${c.kind}/${c.certainty} ${c.holders.map((h) => h.words).join('+')}`);

describe('a company answering in its own headline', () => {
  it.each([
    ['华光乐器回应投资者：从未申请进口H200芯片', 'application/denied 华光乐器'],
    ['星海影业：没有采购H200芯片 渲染走云端', 'order/denied 星海影业'],
    ['华光乐器：未曾向商务部提交H200芯片进口申请', 'application/denied 华光乐器'],
  ])('reads "%s" as its denial', (title, expected) => {
    expect(told(title)).toEqual([expected]);
  });

  it('reads no event from a plan that does not exist', () => {
    const e = read('华光乐器：暂无申请进口H200芯片的计划', '公司目前使用第三方云算力，暂无申请进口H200芯片的计划。');
    expect(e.candidates).toEqual([]);
    expect(e.notes.join(' ')).toMatch(/暂无…计划/u);
  });
});
