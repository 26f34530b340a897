/**
 * A firm heading its own news of N servers (青川果业：8台H200服务器已交付) speaks of itself; a one-word trade before a
 * name ("Biotech Qingchuan") describes it and is no part of it.
 */
import { describe, expect, it } from 'vitest';
import { briefs, told } from './candidates-helpers.js';

describe('speakers and trades', () => {
  it('reads the firm heading news of its servers as the one they were delivered to', () => {
    expect(told('青川果业：8台H200服务器已交付 风控模型开始迁移')).toEqual(['delivery/reported 青川果业']);
  });

  it('reads "Biotech Qingchuan" as Qingchuan', () => {
    expect(briefs('Biotech Qingchuan Is Said to Secure Beijing Sign-Off for About 160 Nvidia H200s')).toEqual([
      'grant/hedged mofcom [qingchuan] h200 quota:about:160',
    ]);
  });
});
