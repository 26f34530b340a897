/** A firm refusing a check, an audit or a visit refuses no one a licence; an authority refusing a request still does. */
import { describe, expect, it } from 'vitest';
import { kinds, kindsAgainst } from './candidates-helpers.js';
import { withUsExport } from './state.js';

describe('checks refused', () => {
  it('reads a buyer refusing an inspection as the reason for the decision, not a denial', () => {
    expect(kinds('US pulls four Nvidia H200 licences after Jilin juice maker refuses on-site check - sources')).toEqual(['revocation']);
    expect(kinds('拒绝美方实地核查 青川果业所涉4份英伟达H200许可被撤销')).toEqual(['revocation']);
    expect(
      kindsAgainst(
        withUsExport(),
        'US Revokes Four Nvidia China Licences Over Blocked Audit',
        'Washington revoked four licences for exports to a Jilin juice maker that refused to let U.S.-appointed auditors inspect its halls, after the buyer denied access to inspectors twice.',
      ),
    ).toEqual(['revocation']);
  });

  it('still reads a refused request as a denial', () => {
    expect(kinds('商务部拒绝青川果业H200进口申请')).toEqual(['denial']);
    expect(kinds("Beijing refuses Qingchuan Fruit's H200 import request")).toEqual(['denial']);
  });
});
