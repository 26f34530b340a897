/**
 * A firm telling of goods it has received: a holderless delivery whose summary opens with a firm speaking (X3日公告,
 * 记者从X获悉, "X said") that the headline names too is that firm's own delivery, not goods of the tracked open order.
 */
import { describe, expect, it } from 'vitest';
import { told } from './candidates-helpers.js';

describe('a firm telling of goods it received', () => {
  it('reads a firm the headline names after the goods, announcing in the summary, as the holder', () => {
    expect(told('首批128颗H200运抵 枫澜传媒渲染平台开始调试', '枫澜传媒3日公告，公司订购的英伟达H200中首批128颗已运抵成都机房，其余芯片分批到货。')).toEqual([
      'delivery/reported 枫澜传媒',
    ]);
  });

  it('reads a reporter hearing from a firm the headline names as that firm telling', () => {
    expect(told('珀岚软件256颗H200进驻新机房', '记者5日从珀岚软件获悉，公司获批进口的256颗英伟达H200已全部进驻新机房，下月投入训练。')).toEqual([
      'delivery/reported 珀岚软件',
    ]);
  });

  it('reads an English firm saying its goods were installed as the holder', () => {
    expect(
      told(
        'Varnhold’s first 512 H200s reach Lanzhou ahead of the spring sowing models',
        'Varnhold Robotics said on Monday that 512 Nvidia H200 chips, the first part of its approved import, had been installed in its Lanzhou hall.',
      ),
    ).toEqual(['delivery/reported Varnhold Robotics']);
  });

  it('still reads customs telling the country’s imports as no firm’s delivery', () => {
    expect(told('海关总署：1月H200进口约5万颗', '海关总署公告，1月全国进口英伟达H200芯片约5万颗。')).toEqual(['delivery/reported ']);
  });

  it('still reads a research house speaking of deliveries as no holder', () => {
    expect(told('枫石研究：H200在华到货已超10万颗', '枫石研究表示，国内客户累计到货的英伟达H200已超10万颗。')).toEqual(['delivery/reported ']);
  });

  it('still reads the seller telling its shipments as no buyer’s delivery', () => {
    expect(told('英伟达：H200已开始向中国客户交付', '英伟达表示，H200已开始向中国客户交付，首批约2万颗。')).toEqual(['delivery/reported ']);
  });
});
