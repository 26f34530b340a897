/**
 * A headline's short name and the body's full legal name: the one firm an item names both ways (or
 * once, in full, opening a clause) holds a decision by a Chinese authority that names no holder.
 */
import { describe, expect, it } from 'vitest';
import { read } from './candidates-helpers.js';

const told = (title: string, summary: string) =>
  read(title, summary).candidates.map((c) => `${c.kind}/${c.certainty} ${c.holders.map((h) => h.words).join('+')}`);

describe('a firm named short in the headline and in full in the body', () => {
  it('gives a revocation the firm whose short name the headline shares with the legal name in the body', () => {
    expect(told('松岩股份H200进口许可据悉被收回', '松岩城市服务股份有限公司（002999）手中的英伟达H200进口许可已被商务部收回，知悉此事的两名人士称。')).toEqual([
      'revocation/hedged 松岩股份',
    ]);
  });

  it('gives a ministry grant the firm the headline names short and the answer names in full', () => {
    expect(told('商务部：已准予青梅斋子公司进口384颗H200芯片', '商务部已准予浙江青梅斋实业股份有限公司控股子公司进口英伟达H200芯片384颗。')).toEqual([
      'grant/official 青梅斋',
    ]);
  });

  it('gives a numbered notice the firm its body names in full at the start of a clause', () => {
    expect(
      told('商务部公告2032年第11号', '经核查，青梅香料集团股份有限公司擅自转卖进口的英伟达H200芯片。商务部据此作出撤销该公司H200芯片进口许可的决定。'),
    ).toEqual(['revocation/official 青梅香料集团股份有限公司']);
  });

  it('gives an English headline the firm whose words the body legal name shares', () => {
    expect(
      told(
        'Cocktail maker Qingmei to train models on Nvidia chips after Beijing sign-off',
        'Shanghai Qingmei Investment Holding Group said its subsidiary has received a commerce ministry licence to import 512 Nvidia H200 processors.',
      ),
    ).toEqual(['grant/reported Qingmei']);
  });

  it('leaves alone a licence named in passing beside the firm’s other news', () => {
    const e = read(
      'Qingmei Pet Clinics fits Nvidia edge boards into imaging carts',
      "Qingmei Pet Clinics Group is building Nvidia edge boards into its carts. The boards fall outside the licences China's commerce ministry grants for H200 chips.",
    );
    expect(e.candidates.flatMap((c) => c.holders.map((h) => h.words))).toEqual([]);
  });
});
