/**
 * A request still under review beside the approval not yet had (尚在审查中 暂未取得批复文件) is that one fact, the
 * approval denied so far; deliveries laid out in batches or from a time on (分三批交付, 二季度起分批交付) are still to come.
 */
import { describe, expect, it } from 'vitest';
import { briefs } from './candidates-helpers.js';

describe('a review still running and deliveries still to come', () => {
  it('reads 尚在审查中 暂未取得批复文件 as the approval denied so far, with no request of its own', () => {
    const read = briefs(
      '青川果业：H200进口事项尚在审查中 暂未取得批复文件',
      '青川果业回复投资者称，公司引进H200芯片的申请仍处于主管部门审查阶段，尚未收到批复。',
    );
    expect(read).toHaveLength(1);
    expect(read[0]).toMatch(/^grant\/denied mofcom \[zh-[a-z0-9]+\] h200$/);
  });

  it('reads an order delivered in three batches as the order only', () => {
    expect(briefs('字节跳动据悉与英伟达签下约9万颗H200采购合同 分三批交付')).toEqual(['order/hedged - [bytedance] h200 order:about:90000']);
  });

  it('reads an order delivered in batches from the second quarter as the order only', () => {
    expect(
      briefs(
        '腾讯据悉追加约5万颗H200采购 二季度起分批交付',
        '多位服务器产业链人士透露，腾讯近期再度下单，新增的英伟达H200数量约5万颗，预计二季度开始分批到货。',
      ),
    ).toEqual(['order/hedged - [tencent] h200 order:about:50000']);
  });
});
