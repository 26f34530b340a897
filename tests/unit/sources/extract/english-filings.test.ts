import { describe, expect, it } from 'vitest';
import { told } from './candidates-helpers.js';

describe('an exchange filing in English', () => {
  it('reads the filer of "Company Limited - Voluntary Announcement - Purchase of …" as the buyer of the servers its board announces', () => {
    expect(
      told(
        'QINGCHUAN CLOUD COMPANY LIMITED - VOLUNTARY ANNOUNCEMENT - PURCHASE OF AI COMPUTING SERVERS',
        'The board announces that a wholly-owned subsidiary of the Company has entered into a purchase agreement for 24 servers equipped with NVIDIA H200 processors.',
      ),
    ).toEqual(['order/reported QINGCHUAN CLOUD']);
  });

  it('reads a filer named before a colon ("Qingchuan Cloud Group: Voluntary Announcement - …") as the holder', () => {
    expect(
      told(
        'Qingchuan Cloud Group: Voluntary Announcement - Approval for Import of Computing Chips',
        'The board is pleased to announce that the Ministry of Commerce has approved an application by the group to import 288 Nvidia H200 chips.',
      ),
    ).toEqual(['grant/reported Qingchuan Cloud']);
  });

  it('reads "decided not to grant the Company\'s application" as the refusal, the request being the one decided', () => {
    expect(
      told(
        'QINGCHUAN CLOUD HOLDINGS COMPANY LIMITED - ANNOUNCEMENT - RESULT OF CHIP IMPORT APPLICATION',
        "The board confirms that the Ministry of Commerce of the PRC has decided not to grant the Company's application to import NVIDIA H200 chips.",
      ),
    ).toEqual(['denial/reported QINGCHUAN CLOUD']);
  });
});

describe('a filing telling its request declined', () => {
  it('reads "has declined its request" as the refusal of that request', () => {
    expect(
      told(
        'Qingchuan Foods Group Company Limited: Voluntary Announcement in Relation to the Outcome of an Application to Import Computing Chips',
        'The Company has been notified that the Ministry of Commerce has declined its request to bring NVIDIA H200 chips into the PRC.',
      ),
    ).toEqual(['denial/reported Qingchuan Foods']);
  });
});
