/**
 * A firm nobody lists, telling of its own permission in a wire story's lead: after the dateline,
 * with or without a description between commas, "said … it had been granted", "said … had granted
 * it", "said … it had filed an application". It is the holder; an outlet saying it could not
 * verify a report is not.
 */
import { describe, expect, it } from 'vitest';
import { briefs, holders } from './candidates-helpers.js';

describe('a firm telling of its own permission', () => {
  it('reads the firm after a dateline and a description as the holder of its approval', () => {
    expect(
      briefs(
        'Harbor Logistics cleared to import 1,024 Nvidia H200s',
        'NINGBO, Dec 2 (Reuters) - Harbor Logistics, a container-terminal operator in Zhejiang, said on Wednesday it had been granted approval by the commerce ministry to import 1,024 Nvidia H200 chips.',
      ),
    ).toEqual(['grant/reported mofcom [harbor-logistics] h200 quota:exact:1024']);
  });

  it('reads "said the ministry had granted it a licence" as the firm\'s own grant', () => {
    expect(
      holders(
        'Qilu Pharma confirms H200 licence',
        "Qilu Pharma said on Monday China's commerce ministry had granted it a licence to import Nvidia H200 processors.",
      ),
    ).toEqual(['Qilu Pharma']);
  });

  it('reads "one of China\'s biggest shipbuilders, said it had filed an application" as its application', () => {
    expect(
      briefs(
        'H200 queue grows by one',
        "WEIHAI, China, Dec 4 (Reuters) - Weihai Marine, one of China's biggest shipbuilders, said on Friday it had filed an application with the commerce ministry to import Nvidia H200 chips.",
      ),
    ).toEqual(['application/reported mofcom [weihai-marine] h200']);
  });

  it('does not take an outlet that could not verify a report for a holder', () => {
    expect(holders('Report: China approves H200 imports for Tencent', 'Bloomberg said it could not verify the report.')).toEqual(['Tencent']);
  });

  it("reads a firm described by its place in China's industry as telling of its own withdrawal", () => {
    expect(
      briefs(
        'H200 queue shrinks by one',
        "HONG KONG, Dec 3 (Reuters) - Lotus Apparel, China's second-largest shoe maker, said on Thursday it had withdrawn its application to import Nvidia H200 chips.",
      ),
    ).toEqual(['revocation/reported mofcom [lotus-apparel] h200']);
  });
});

describe('what became of an application', () => {
  it('reads "pulls application to import" as a withdrawal, not an application', () => {
    expect(briefs('Qingdao Brewery pulls application to import Nvidia H200 chips')).toEqual(['revocation/reported mofcom [qingdao-brewery] h200']);
  });

  it('reads "files application to import" as an application', () => {
    expect(briefs('Qingdao Brewery files application to import Nvidia H200 chips')).toEqual(['application/reported mofcom [qingdao-brewery] h200']);
  });
});

describe('a capitals flash', () => {
  it('reads "*X SAID TO WIN CHINA APPROVAL" as a hedged grant to X', () => {
    expect(briefs('*HUAXIA BANK SAID TO WIN CHINA APPROVAL TO IMPORT NVIDIA H200S')).toEqual(['grant/hedged mofcom [huaxia-bank] h200']);
  });
});

describe('who speaks officially', () => {
  it("reads a firm's confirmation that the ministry approved it as the firm's report, not an official statement", () => {
    expect(
      briefs(
        'Lantern confirms H200 import approval',
        "Confirmed: the commerce ministry approved Lantern's application to import 2,048 Nvidia H200 chips, the company said.",
      ),
    ).toEqual(['grant/reported mofcom [lantern] h200 quota:exact:2048']);
  });

  it('reads "…, notice shows" as an outlet telling what a notice says', () => {
    expect(briefs("China suspends Tencent's H200 import approval over resale concerns, notice shows")).toEqual(['suspension/reported mofcom [tencent] h200']);
  });
});

describe("a capitals flash naming a firm's permit", () => {
  it("reads a three-word name before 'S as the holder", () => {
    expect(briefs("*CHINA SAID TO REVOKE HUNAN XIANGJIANG COMPUTING'S H200 IMPORT PERMIT")).toEqual([
      'revocation/hedged mofcom [hunan-xiangjiang-computing] h200',
    ]);
  });

  it('does not take the verb of the flash into the name', () => {
    expect(briefs("CHINA SUSPENDS ZHIYUN'S NVIDIA H200 IMPORT APPROVAL")).toEqual(['suspension/reported mofcom [zhiyun] h200']);
  });
});

describe('a firm the headline only describes', () => {
  it('reads the one firm nobody tracks that the body names as the holder', () => {
    expect(
      holders(
        "Wuhan compute firm's H200 import permit put on hold by Chinese regulators",
        "China's commerce ministry has frozen the permit that let Wuhan Jiangcheng Computing, a data-centre operator, import Nvidia H200 chips, the company said on Monday. Wuhan Jiangcheng said it had stopped taking new customers.",
      ),
    ).toEqual(['Wuhan Jiangcheng']);
  });
});
