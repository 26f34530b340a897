/**
 * Terms named as the reason for a firm's own choice (考虑到配购国产芯片要求，公司撤回申请; "citing the
 * domestic-chip requirement") are no proposal told: only the withdrawal is news.
 */
import { describe, expect, it } from 'vitest';
import { read } from './candidates-helpers.js';

const kinds = (title: string, summary?: string) => read(title, summary).candidates.map((c) => `${c.kind}/${c.certainty}`);

describe('terms named as a reason', () => {
  it('reads a withdrawal explained by the domestic-chip requirement as the withdrawal only', () => {
    expect(kinds('青川果业撤回H200进口申请', '青川果业表示，考虑到国产芯片配套要求和交付周期，公司已撤回向商务部提交的英伟达H200芯片进口申请。')).toEqual([
      'revocation/reported',
    ]);
  });

  it('still reads the ministry requiring domestic chips as a proposed condition', () => {
    expect(kinds('商务部拟要求H200进口企业配套采购国产芯片')).toEqual(['condition_proposed/hedged']);
  });
});
