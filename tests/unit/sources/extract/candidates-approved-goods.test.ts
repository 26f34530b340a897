/**
 * Goods named by their approval (获批H200芯片中首批80颗已到货, 经批准进口的英伟达H200芯片首批96颗已运抵) arrive; the
 * approval that names them is no grant told. A firm still said to 获批进口英伟达H200 is granted.
 */
import { describe, expect, it } from 'vitest';
import { told } from './candidates-helpers.js';

describe('goods named by their approval', () => {
  it('reads 获批H200芯片中首批…已到货 as a delivery only', () => {
    expect(told('青川果业：获批H200芯片中首批64颗已到货并完成部署').map((t) => t.split(' ')[0])).toEqual(['delivery/reported']);
  });

  it('reads 经批准进口的英伟达H200芯片首批…已运抵 as a delivery only', () => {
    expect(
      told('青川果业：64颗H200芯片首批到货 推理平台开始部署', '青川果业在互动平台表示，经批准进口的英伟达H200芯片首批64颗已运抵并完成验收。').map(
        (t) => t.split(' ')[0],
      ),
    ).toEqual(['delivery/reported']);
  });

  it('still reads 获批进口英伟达H200芯片 as a grant', () => {
    expect(told('独家｜青川果业获批进口英伟达H200芯片 数量约600颗').map((t) => t.split(' ')[0])).toEqual(['grant/reported']);
  });
});

describe('approval asked for', () => {
  it('reads "asks Beijing to approve" and "applied through its unit for approval" as one request, no grant', () => {
    expect(
      told(
        'Tencent asks Beijing to approve another tranche of Nvidia H200s - sources',
        'Tencent has applied through its cloud unit for Commerce Ministry approval for one more batch of Nvidia H200s, two people said.',
      ).map((t) => t.split(' ')[0]),
    ).toEqual(['application/hedged']);
  });
});
