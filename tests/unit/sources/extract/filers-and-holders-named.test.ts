/**
 * Firms named the ways the earlier patterns missed: an exchange filing headed "X Holding Co., Ltd. — Voluntary
 * Announcement" or "X Co., Ltd.: …", a firm after a lower-case trade ("Engineering consultancy X"), and the firm a
 * permission is "held by".
 */
import { describe, expect, it } from 'vitest';
import { briefs } from './candidates-helpers.js';

describe('firms named in filings, trades and holdings', () => {
  it('reads the filer of "X Holding Co., Ltd. — Voluntary Announcement: …" as the holder', () => {
    expect(
      briefs(
        'Qingchuan Fruit Holding Co., Ltd. — Voluntary Announcement: Ministry Consent to Import Computing Chips',
        'The board wishes to inform shareholders that the Company has received written consent from the PRC Ministry of Commerce permitting the import of 128 NVIDIA H200 chips.',
      ),
    ).toEqual(['grant/reported mofcom [qingchuan-fruit] h200 quota:exact:128']);
  });

  it('reads the filer of "X Co., Ltd.: Voluntary Announcement — …" as the holder', () => {
    expect(
      briefs(
        'Qingchuan Expressway Co., Ltd.: Voluntary Announcement — Approval to Import Computing Chips',
        'The Company has been notified in writing by the PRC Ministry of Commerce that it may import 198 NVIDIA H200 chips.',
      ),
    ).toEqual(['grant/reported mofcom [qingchuan-expressway] h200 quota:exact:198']);
  });

  it('finds the firm after "Engineering consultancy"', () => {
    expect(briefs('Engineering consultancy Qingchuan Design Group wins Beijing nod for 96 Nvidia H200s, sources say')).toEqual([
      'grant/hedged mofcom [qingchuan-design-group] h200 quota:exact:96',
    ]);
  });

  it('reads the firm a permit is "held by" (its unit\'s being its own) as the holder', () => {
    expect(briefs("China revokes H200 import permit held by Qingchuan Fruit's data unit, sources say")).toEqual([
      'revocation/hedged mofcom [qingchuan-fruit] h200',
    ]);
  });

  it('reads "asks Beijing for an import permit" as an application', () => {
    expect(briefs('Qingchuan Fruit asks Beijing for H200 import permit, sources say')).toEqual(['application/hedged mofcom [qingchuan-fruit] h200']);
  });
});
