/**
 * A firm applying to have a suspended or revoked import permit restored (申请恢复) makes a request: an application, told
 * as the firm's own news, not a suspension or a grant. A firm named …数据 saying so (数据称) is neither hedged nor cut
 * short.
 */
import { describe, expect, it } from 'vitest';
import { told } from './candidates-helpers.js';

describe('a request to restore a permit', () => {
  it('reads a firm applying to restore its import permit as an application', () => {
    expect(told('琮溪智能申请恢复H200进口许可', '琮溪智能称整改已于上周完成，公司已向商务部申请恢复被暂停的H200进口许可。')).toEqual([
      'application/reported 琮溪智能',
    ]);
  });

  it('reads a request to restore the import as an application, not the suspension it asks to lift', () => {
    expect(told('汶岫科技申请恢复被暂停的H200进口许可')).toEqual(['application/reported 汶岫科技']);
  });

  it('reads a firm named …数据 saying so as reported, by its whole name', () => {
    expect(told('溧澄数据称已提交H200进口申请', '溧澄数据表示，公司已于本周向商务部提交H200进口申请。')[0]).toBe('application/reported 溧澄数据');
  });

  it('still reads a suspension when the request to restore is still to come', () => {
    expect(told('珲溯科技H200进口许可暂停 整改完成后将申请恢复')).toEqual(['suspension/reported 珲溯科技']);
  });

  it('still reads a permit restored by the ministry as a grant', () => {
    expect(told('商务部恢复濠澄数据H200进口许可')[0]).toMatch(/^grant\//u);
  });
});
