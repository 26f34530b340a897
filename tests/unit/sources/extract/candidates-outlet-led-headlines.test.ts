/** A Chinese headline led by another outlet's name (路透：, 外媒：) retells that outlet's report, so what it tells is hedged. */
import { describe, expect, it } from 'vitest';
import { told } from './candidates-helpers.js';

describe('headlines led by another outlet', () => {
  it('reads what 外媒： tells as hedged, though the body adds no hedge of its own', () => {
    expect(told('外媒：阿里巴巴已收到逾3万颗英伟达H200芯片', '阿里巴巴陆续收到的英伟达H200已超过3万颗，主要部署在杭州机房。')).toEqual([
      'delivery/hedged 阿里巴巴',
    ]);
  });

  it('reads what 路透： tells as hedged', () => {
    expect(told('路透：腾讯同意H200仅部署于境内机房')).toEqual(['condition_agreed/hedged 腾讯']);
  });

  it('leaves a headline whose own source speaks as reported', () => {
    expect(told('阿里巴巴：已收到逾3万颗英伟达H200芯片')).toEqual(['delivery/reported 阿里巴巴']);
  });
});
