/**
 * Requests a decision names ("applications covering H200 sales to resellers have been rejected") are the decision's
 * object, not requests told of their own; requests the ministry has taken in (申请已获受理) count the firms waiting.
 */
import { describe, expect, it } from 'vitest';
import { briefsAgainst, toldOfUsExport } from './candidates-helpers.js';
import { withWaiting } from './state.js';

describe('requests a decision names', () => {
  it('are the refusal’s object, not requests of their own', () => {
    expect(
      toldOfUsExport(
        'US turns down at least five Nvidia requests to sell H200s to Chinese resellers - sources',
        'No fewer than five Nvidia licence applications covering H200 sales to Chinese resellers have been rejected by the Commerce Department, two people said.',
      ),
    ).toEqual(['denial/hedged bis']);
  });
});

describe('requests the ministry has taken in', () => {
  const waiting = (title: string, summary = '') => briefsAgainst(withWaiting(), title, summary);

  it('count the firms waiting', () => {
    expect(waiting('逾40家企业H200进口申请已获受理')).toEqual(['application/reported mofcom [other-cn-firms] h200 licence_count:over:40']);
    expect(waiting('x', '商务部发言人说，目前受理的H200芯片进口申请已涉及逾40家企业。')).toEqual([
      'application/reported mofcom [other-cn-firms] h200 licence_count:over:40',
    ]);
  });
});
