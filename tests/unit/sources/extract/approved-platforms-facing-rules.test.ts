/**
 * The forty-sixth session's second round: the approved platforms (获批平台, 获批三巨头) named as those a rule may bind
 * ("may face new rules" 或面临新规, "one more formality" 或再添一道手续, "to be required" 拟被要求) are the holders of a
 * proposed term, not of a new grant; a place described by its permission (核准机房) is no grant either.
 */
import { describe, expect, it } from 'vitest';
import { kindsTold, told } from './candidates-helpers.js';

describe('approved platforms facing rules', () => {
  it('reads the approved platforms facing new rules (或面临新规) as a proposed term, not a grant', () => {
    expect(
      told('每月报一次电费？H200获批平台或面临新规', '知情人士称，主管部门正在研究新规：字节跳动、阿里巴巴、腾讯每月须报送H200集群电费明细，方案尚未定稿。'),
    ).toEqual(['condition_proposed/hedged 字节跳动+阿里巴巴+腾讯']);
  });

  it('reads one more formality (或再添一道手续) for the approved platforms as a proposed term', () => {
    expect(told('按月报送电费？三家H200获批平台或再添一道手续', '据知情人士透露，字节跳动、阿里巴巴和腾讯或须每月报送H200机房电费。')).toEqual([
      'condition_proposed/hedged 字节跳动+阿里巴巴+腾讯',
    ]);
  });

  it('reads the approved platforms to be required (拟被要求) to do something as a proposed term', () => {
    expect(told('三家H200获批平台拟被要求提高绿电比例', '据知情人士透露，字节跳动、阿里巴巴和腾讯运行H200的机房或被要求七成电量来自绿电。')).toEqual([
      'condition_proposed/hedged 字节跳动+阿里巴巴+腾讯',
    ]);
  });

  it('reads a place described by its permission (核准机房) as no grant', () => {
    expect(kindsTold('美拟要求H200内建位置锁 搬出核准机房即断电')).toEqual(['condition_proposed/hedged']);
  });

  it('still reads a firm approved beside a rule the platforms may face as that firm’s grant', () => {
    expect(kindsTold('字节跳动获批进口H200 三巨头或面临新规')).toContain('grant/reported');
  });
});
