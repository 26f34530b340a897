/**
 * What was approved, named as the measure of a use (未按批准用途使用), is no grant denied; and a suspension lifting only once
 * checks are done (须待核查完成后再恢复) proposes no term.
 */
import { describe, expect, it } from 'vitest';
import { told } from './candidates-helpers.js';

describe('measures and waits', () => {
  it('reads firms not using chips as approved as their suspension only', () => {
    expect(
      told(
        '商务部就H200芯片进口许可监督检查情况答记者问',
        '答：商务部对获准进口H200芯片的企业开展了专项检查，发现3家企业存在未按批准用途使用等问题，已依法暂停其进口许可。',
      ).map((t) => t.split(' ')[0]),
    ).toEqual(['suspension/official']);
  });

  it('reads a suspension lifting after checks as no term proposed', () => {
    expect(
      told('彭博：青川果业H200进口被暂时叫停', '据彭博援引知情人士报道，有关部门已暂停青川果业进口英伟达H200芯片，须待核查人员确认芯片用途后再恢复。').map(
        (t) => t.split('/')[0],
      ),
    ).toEqual(['suspension']);
  });
});
