/**
 * Firms named in Latin letters inside a Chinese item: a decision taken on one, a grant, request or order it holds, is
 * that firm's (a new holder), not the tracked group's; the item's maker, its model, an outlet and a tracked firm's Latin
 * name stay what they were.
 */
import { describe, expect, it } from 'vitest';
import { briefs, holders } from './candidates-helpers.js';

describe('Latin names in Chinese sentences', () => {
  it('reads a suspension taken on a firm named in Latin letters as that firm’s', () => {
    expect(briefs('商务部：暂停Tessard Robotics进口H200芯片 货物去向问题正在核查')).toEqual(['suspension/official mofcom [tessard-robotics] h200']);
  });

  it('reads a conditional grant to a described firm named in Latin letters as that firm’s', () => {
    expect(briefs('果园测产机器人企业Ombrel Systems传附条件获批约760颗H200')).toEqual(['grant/reported - [ombrel-systems] h200 quota:about:760']);
  });

  it('reads a request a firm named in Latin letters filed, after a hedge, as that firm’s', () => {
    expect(holders('据悉Wendle Labs已向商务部提交H200进口申请')).toEqual(['Wendle Labs']);
  });

  it('reads a one-word Latin name after a place, before a hedge and a grant, as the holder', () => {
    expect(holders('嘉兴Carrow据悉获批进口约470颗H200')).toEqual(['Carrow']);
  });

  it('reads a one-word Latin name before its order for the item as the buyer', () => {
    expect(briefs('渠道人士：Pellam的H200订单约3120颗 分两批交付')).toEqual(['order/hedged - [pellam] h200 order:about:3120']);
  });

  it('still reads a firm named in Chinese before a grant as before', () => {
    expect(holders('果园测产企业檀岭智能传获批约760颗H200')).toEqual(['檀岭智能']);
  });

  it('still takes no outlet, maker or model named in Latin letters for a holder', () => {
    expect(holders('The Information：英伟达H200库存约剩41万颗 对华出货陆续展开')).toEqual(['英伟达']);
    expect(briefs('据悉AI芯片H200进口申请已获批')).not.toContainEqual(expect.stringMatching(/\[ai\]|\[h200\]/u));
  });

  it('still reads a firm named in Chinese and then in Latin letters as one firm', () => {
    expect(holders('消息人士：澜舟数科获准进口约2600颗H200', '据接近审批的人士，澜舟数科Lanzo Data已拿到商务部的H200进口批复，获准约2600颗。')).toEqual([
      '澜舟数科',
    ]);
  });

  it('still reads a tracked firm’s Latin name as that firm', () => {
    expect(holders('据悉Alibaba已向商务部提交H200进口申请')).toEqual(['Alibaba']);
  });
});
