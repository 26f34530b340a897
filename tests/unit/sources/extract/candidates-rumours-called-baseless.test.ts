/**
 * A report answered as baseless: 没有事实依据 / 毫无根据 after a claim the item opens as a rumour, and 关于…被叫停的传言不实,
 * where the report is named right after the claim it carries. Either way the claim is denied, not told.
 */
import { describe, expect, it } from 'vitest';
import { extractCandidates } from '../../../../src/sources/extract/index.js';
import { withGroup } from './state.js';

const state = withGroup();
const kinds = (title: string, summary = '') =>
  extractCandidates({ title, summary }, state).candidates.map((c) => `${c.kind}/${c.certainty} ${c.holders.map((h) => h.value).join('+')}`);

describe('a rumour called baseless', () => {
  it('reads 所谓…的传言没有事实依据 as the suspension denied', () => {
    expect(kinds('商务部：所谓叫停字节跳动H200进口许可的传言没有事实依据')).toEqual(['suspension/denied bytedance']);
  });

  it('reads 关于…被暂停的传言不实 as the suspension denied, not told', () => {
    expect(kinds('商务部：关于腾讯H200进口许可被暂停的传言不实')).toEqual(['suspension/denied tencent']);
  });

  it('reads a claim called 毫无根据 as denied', () => {
    expect(kinds('阿里巴巴：所谓H200进口许可被撤销的说法毫无根据')).toEqual(['revocation/denied alibaba']);
  });
});
