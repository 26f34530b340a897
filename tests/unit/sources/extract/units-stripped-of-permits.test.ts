/**
 * A permission taken from a firm's unit is the firm's: "pulls … clearance from X unit", "pulls X unit's … permit",
 * 撤销X子公司…许可, X下属企业…批文被收回, 就X下属企业…许可撤销事宜; a unit named only by how it is held (控股子公司) names no firm.
 */
import { describe, expect, it } from 'vitest';
import { told } from './candidates-helpers.js';

describe('permissions taken from a firm’s unit', () => {
  it('reads clearance pulled from a unit as a revocation of the firm named before the unit', () => {
    expect(told('Beijing pulls H200 import clearance from Qingchuan Fruit & Tea unit -sources')).toEqual(['revocation/hedged Qingchuan Fruit & Tea']);
  });

  it('reads a unit’s permit pulled as its parent’s', () => {
    expect(told("China pulls Qingchuan Fruit unit's H200 import permit over undeclared leasing - sources")).toEqual(['revocation/hedged Qingchuan Fruit']);
  });

  it('reads the parent of a unit whose permit is revoked or withdrawn, in Chinese', () => {
    expect(told('撤销青川果业子公司H200进口许可 涉转租算力')).toEqual(['revocation/reported 青川果业']);
    expect(told('青川果业下属企业H200进口批文据悉被收回 涉芯片流入华强北')).toEqual(['revocation/hedged 青川果业']);
    expect(
      told(
        '商务部就青川果业下属企业H200进口许可撤销事宜答记者问',
        '商务部新闻发言人表示，经核查，青川果业下属一家企业擅自转售进口芯片，商务部已依法撤销其H200进口许可。',
      ),
    ).toEqual(['revocation/official 青川果业']);
  });

  it('names no firm for a unit named only by how it is held', () => {
    expect(told('H200进口许可暂停', '控股子公司收到通知，已取得的H200进口许可即日起暂停。')).toEqual(['suspension/reported ']);
    expect(told('青川果业：控股子公司H200进口许可暂停执行的提示性公告')).toEqual(['suspension/reported 青川果业']);
  });
});
