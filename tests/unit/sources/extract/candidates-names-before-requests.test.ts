/**
 * An untracked firm named before 已就…向商务部提出申请 is the applicant; a controlling shareholder
 * (控股股东) is a role, not a firm's name.
 */
import { describe, expect, it } from 'vitest';
import { told } from './candidates-helpers.js';

describe('a firm named before 就…申请', () => {
  it('reads 据悉X已就H200进口向商务部提出申请 as X’s hedged application', () => {
    expect(told('据悉青川果业已就H200进口向商务部提出申请')).toEqual(['application/hedged 青川果业']);
  });

  it('does not take 控股股东 for a firm', () => {
    expect(told('青川果业：控股股东已就H200芯片进口向商务部提出申请')).toEqual([]);
  });
});
