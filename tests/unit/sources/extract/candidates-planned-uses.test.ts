/**
 * A planned use (计划用于…) or the goods a plan describes (拟采购的芯片数量不大) hedge nothing the item
 * tells; a plan to apply still does. A review's result not yet received is no delivery.
 */
import { describe, expect, it } from 'vitest';
import { told } from './candidates-helpers.js';

describe('planned uses', () => {
  it('reads an application filed, with its planned use, as reported', () => {
    expect(
      told(
        '青川果业：H200芯片进口申请材料已交商务部 计划用于智能分拣模型',
        '青川果业答复称，公司已于2月初提交进口申请，拟采购的芯片数量不大，目前尚未收到审查结果。',
      ),
    ).toEqual(['application/reported 青川果业']);
  });

  it('still reads a plan to apply as no application yet', () => {
    expect(told('青川果业计划申请进口英伟达H200芯片')).toEqual([]);
  });
});
