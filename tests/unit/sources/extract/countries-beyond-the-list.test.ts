/**
 * A buyer in a country far from the story (a Bulgarian university, a Kazakh cloud) is a near-miss: a US licence for it is
 * not a licence for China, so nothing is read. The countries are data (near-miss.json), so the list, not a rule, grows.
 */
import { describe, expect, it } from 'vitest';
import { briefs, read } from './candidates-helpers.js';

describe('buyers in other countries', () => {
  it('reads a US export licence for a buyer elsewhere as nothing about China', () => {
    expect(briefs('保加利亚索非亚大学超算扩容 美方批准一批英伟达H200服务器出口')).toEqual([]);
    expect(briefs('Bulgarian university wins US export licence for Nvidia H200 cluster')).toEqual([]);
  });

  it('says which country set the item aside', () => {
    expect(read('保加利亚索非亚大学超算扩容 美方批准一批英伟达H200服务器出口').notes).toContain('保加利亚: another country');
  });

  it('still reads the same news for a Chinese buyer', () => {
    expect(briefs('美方批准英伟达向阿里巴巴出口一批H200服务器').length).toBeGreaterThan(0);
  });
});
