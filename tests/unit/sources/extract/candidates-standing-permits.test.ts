/**
 * A tracked approval said to stand, named only as a noun (商务部：对三家企业的H200进口许可维持不变, 腾讯：H200进口许可依旧有效):
 * the record told again, for the holders named, official when the ministry speaks and the firm's own word when it heads
 * the item. A firm no approval names, or an approval that is not said to stand, tells nothing.
 */
import { describe, expect, it } from 'vitest';
import { extractCandidates } from '../../../../src/sources/extract/index.js';
import { withGroup } from './state.js';

const state = withGroup();
const facts = (title: string, summary = '') =>
  extractCandidates({ title, summary }, state).candidates.map((c) =>
    `${c.kind}/${c.certainty} [${c.holders.map((h) => h.value).join(',')}] ${c.retells ?? ''}`.trim(),
  );

describe('an approval said to stand', () => {
  it('reads the ministry saying the three firms’ licence stands as an official restatement', () => {
    expect(
      facts(
        '商务部：对字节跳动、阿里巴巴、腾讯的H200进口许可继续有效',
        '商务部发言人在例行发布会上表示，此前对字节跳动、阿里巴巴、腾讯作出的许可继续有效，所附条件未作调整。',
      ),
    ).toEqual(['restatement/official [bytedance,alibaba,tencent] cn-group']);
  });

  it('reads one holder saying its licence is unchanged as its own restatement', () => {
    expect(facts('腾讯：H200芯片进口许可依旧有效 按许可条件使用', '腾讯发布公告称，公司的英伟达H200芯片进口许可目前没有变化。')).toEqual([
      'restatement/reported [tencent] cn-group',
    ]);
  });

  it('reads nothing when no tracked holder of the approval is named', () => {
    expect(facts('青川果业：H200芯片进口许可维持不变', '公司表示，相关许可目前没有变化。')).toEqual([]);
  });
});
