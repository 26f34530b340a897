/**
 * A ministry's monthly tally told in 项 as well as 件 (审结23项，其中准予许可19项、不予许可4项), and with a
 * count after a comma (申请,6件予以许可): each count is a decision of its own kind on the firms still waiting.
 * Goods that came in through customs (经海关入境) are a delivery figure, goods seized there (查获) are not.
 */
import { describe, expect, it } from 'vitest';
import { briefs } from './candidates-helpers.js';

describe('a monthly tally of decisions', () => {
  it('counts grants and refusals told in 项', () => {
    expect(
      briefs(
        '商务部：9月审结英伟达H200芯片进口申请12项',
        '商务部新闻发言人介绍，9月作出决定的英伟达H200芯片进口申请有12项，其中准予许可9项、不予许可3项。',
      ).sort(),
    ).toEqual(['denial/official mofcom [other-cn-firms] h200 licence_count:exact:3', 'grant/official mofcom [other-cn-firms] h200 licence_count:exact:9']);
  });

  it('counts the grants told right after the requests they decide', () => {
    expect(briefs('商务部：9月办结英伟达H200进口申请7件', '9月份商务部审结了7件英伟达H200芯片进口申请，5件予以许可、2件未予许可。').sort()).toEqual([
      'denial/official mofcom [other-cn-firms] h200 licence_count:exact:2',
      'grant/official mofcom [other-cn-firms] h200 licence_count:exact:5',
    ]);
  });
});

describe('goods through customs', () => {
  it('reads goods that came in through customs as a delivery figure', () => {
    expect(
      briefs('海关数据：前10个月H200进口累计约30万颗', '据海关数据测算，今年1至10月经海关入境的英伟达H200芯片累计约30万颗，10月单月进口量继续回落。'),
    ).toContain('delivery/reported - [] h200 delivery:about:300000');
  });

  it('reads goods seized at customs as no delivery', () => {
    expect(briefs('深圳海关查获夹藏H200芯片200颗', '深圳海关近日在入境旅客行李中查获夹藏的英伟达H200芯片200颗。')).toEqual([]);
  });
});
