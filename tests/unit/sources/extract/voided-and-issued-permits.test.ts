/** A permit said voided (批文…作废) is revoked, not granted; licences counted as issued (…张已签发) are granted. */
import { describe, expect, it } from 'vitest';
import { briefsAgainst } from './candidates-helpers.js';
import { withUsExport, withWaiting } from './state.js';

describe('permits voided or issued', () => {
  it('reads a permit said voided (作废) as revoked', () => {
    expect(briefsAgainst(withWaiting(), '青川果业H200批文据悉作废 逾期未完成机房验收')).toEqual(['revocation/hedged - [zh-i4cayq] h200']);
  });

  it('reads licences counted as issued (张已签发) as granted', () => {
    expect(briefsAgainst(withUsExport(), '英伟达对华H200出口许可续有进展 彭博称约21张已签发')).toEqual(['grant/reported bis [nvidia] h200']);
  });
});
