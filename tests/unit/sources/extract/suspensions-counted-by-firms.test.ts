import { describe, expect, it } from 'vitest';
import { briefs } from './candidates-helpers.js';

// Suspensions counted by the firms they stop, and terms for importers still to come, belong to the
// firms still waiting (the tracked party for them), with the count.
describe('suspensions counted by the firms whose approvals they stop', () => {
  it('reads "suspends five firms\' approvals" and "the approvals of five companies"', () => {
    expect(
      briefs(
        "China suspends five firms' H200 import approvals over resale, ministry says",
        "China's commerce ministry said it has suspended the H200 import approvals of five companies found reselling the chips, and ordered them to recover the processors.",
      ),
    ).toEqual(['suspension/official mofcom [other-cn-firms] h200 licence_count:exact:5']);
  });

  it('reads 5家企业…进口许可被商务部暂停 and …有5家…的企业…，商务部已暂停其进口许可', () => {
    expect(
      briefs(
        '5家企业未按期报送芯片使用报告 H200进口许可被商务部暂停',
        '商务部新闻发言人8日通报，有5家获准进口H200芯片的企业未按规定时限报送使用报告，商务部已暂停其进口许可。',
      ),
    ).toEqual(['suspension/official mofcom [other-cn-firms] h200 licence_count:exact:5']);
  });
});

describe('terms weighed for new importers', () => {
  it('binds the firms still waiting', () => {
    expect(
      briefs(
        'China may require new H200 importers to use national computing hubs, sources say',
        'Officials are weighing a rule requiring companies approved from now on to install the chips in national computing hubs, people familiar said.',
      ),
    ).toEqual(['condition_proposed/hedged mofcom [other-cn-firms] h200']);
  });
});
