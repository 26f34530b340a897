/**
 * Worded anew: licence requests lodged are applications; an approval a firm asks Beijing to give grants nothing; a
 * notice that would suspend a licence is no licence received (未收到进口许可暂停通知); a headline that calls itself a
 * strategist's view argues; terms named in new words (a remote-disable requirement floated, notice before each
 * shipment, verifying locations) are terms; and a request's papers handed in (许可材料已递交主管部门) are a request.
 */
import { describe, expect, it } from 'vitest';
import { extractCandidates } from '../../../../src/sources/extract/index.js';
import { read } from './candidates-helpers.js';
import { withUsExport } from './state.js';

const state = withUsExport();
const kinds = (title: string, summary = '') => extractCandidates({ title, summary }, state).candidates.map((c) => `${c.kind}/${c.certainty}`);

describe('asks, lodges and notices', () => {
  it.each([
    ['Nvidia lodges about 12 more US licence requests for China H200 buyers - sources', ['application/hedged']],
    ["Strategist: Beijing's H200 nod matters less than Nvidia's next chip", []],
    ['US officials float a remote-disable requirement for Nvidia H200s sold into China - sources', ['condition_proposed/hedged']],
    ['Nvidia agrees to notify Commerce before each China H200 shipment', ['condition_agreed/reported']],
    ['Nvidia agrees to verify the locations of H200s shipped to China', ['condition_agreed/reported']],
    ['青川果业：H200进口许可材料已递交主管部门', ['application/reported']],
  ])('reads "%s"', (title, expected) => {
    expect(title.startsWith('青川') ? read(title).candidates.map((c) => `${c.kind}/${c.certainty}`) : kinds(title)).toEqual(expected);
  });

  it.each([['ByteDance said to ask Beijing to approve a third round of H200 imports'], ['青川果业：未收到进口许可暂停通知 芯片均自用']])(
    'reads no grant in "%s"',
    (title) => {
      expect(read(title).candidates.map((c) => c.kind)).not.toContain('grant');
    },
  );
});
