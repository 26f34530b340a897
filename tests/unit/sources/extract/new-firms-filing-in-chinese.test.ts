/**
 * A firm no list knows, telling in Chinese that it filed an import request: the firm saying so (称, 声称), a request
 * declared (申报…进口) or sought (寻求进口), a filing confirmed (确已), papers handed in (向商务部递件), and a firm
 * answering a visit (在接受机构调研时表示…) are applications by that firm; chips counted and installed (装机完毕) are
 * delivered to the firm before them.
 */
import { describe, expect, it } from 'vitest';
import { told } from './candidates-helpers.js';

describe('new firms filing in Chinese', () => {
  it.each([
    ['栎川科技称已向商务部提交H200进口申请', 'application/reported 栎川科技'],
    ['栎川科技声称已获批进口H200', 'grant/reported 栎川科技'],
    ['沅汀数据确已申报H200进口 审核仍在进行', 'application/reported 沅汀数据'],
    ['沅汀数据被指已为药物筛选平台申报H200进口', 'application/hedged 沅汀数据'],
    ['栎川科技寻求进口H200 拓展渲染业务', 'application/reported 栎川科技'],
    ['沅汀数据：H200芯片进口手续已向商务部递件', 'application/reported 沅汀数据'],
    ['沅汀数据：318颗H200在西宁装机完毕', 'delivery/reported 沅汀数据'],
  ])('reads "%s"', (title, expected) => {
    expect(told(title)).toEqual([expected]);
  });

  it('reads the firm answering a visit as the company it speaks of', () => {
    expect(told('栎川科技在接受机构调研时表示，公司已向商务部提交H200芯片进口申请')).toEqual(['application/reported 栎川科技']);
  });

  it.each([
    ['栎川科技已向商务部提交H200进口申请', 'application/reported 栎川科技'],
    ['栎川科技确认获批进口H200', 'grant/reported 栎川科技'],
  ])('still reads "%s"', (title, expected) => {
    expect(told(title)).toEqual([expected]);
  });

  it.each([['栎川科技已完成H200报关申报'], ['栎川科技：H200芯片均按申报用途使用'], ['栎川科技H200进口许可被撤销 两家关联公司重复申报同一机房']])(
    'still reads no request in "%s"',
    (title) => {
      expect(told(title).filter((x) => x.startsWith('application'))).toEqual([]);
    },
  );
});
