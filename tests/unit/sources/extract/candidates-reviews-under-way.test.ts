/**
 * The ministry saying the requests before it are under review tells the pending record again, officially; speaking of
 * "related matters" or having nothing to release names no requests.
 */
import { describe, expect, it } from 'vitest';
import { extractCandidates } from '../../../../src/sources/extract/index.js';
import { withWaiting } from './state.js';

const state = withWaiting();
const told = (title: string, summary: string) =>
  extractCandidates({ title, summary }, state).candidates.map((c) => `${c.kind}/${c.certainty} ${c.retells ?? '-'} ${c.holders.map((h) => h.value).join(',')}`);

describe('requests under review', () => {
  it('reads the spokesperson saying the requests are reviewed by law as the pending record told officially', () => {
    expect(
      told(
        '商务部：对芯片进口申请依法依规审查',
        '商务部新闻发言人在例行发布会上表示，商务部对英伟达H200相关进口申请依法依规进行审查，对个别企业情况不作评论。',
      ),
    ).toEqual(['restatement/official cn-waiting other-cn-firms']);
  });

  it('reads the spokesperson on "related matters" as telling nothing', () => {
    expect(told('商务部回应H200报道：依法依规处理', '商务部新闻发言人表示，商务部依法依规对英伟达H200相关进口事项进行审查，对具体企业情况不予置评。')).toEqual(
      [],
    );
  });
});

describe('a licence required of everyone', () => {
  it('reads "imports must obtain a licence" and firms not yet approved, under review, as the pending record told', () => {
    expect(
      told(
        '商务部：芯片进口须依法取得许可',
        '商务部新闻发言人表示，高性能计算芯片进口须依法取得许可，对于尚未获批企业提交的英伟达H200进口申请，商务部正在按程序办理。',
      ),
    ).toEqual(['restatement/official cn-waiting other-cn-firms']);
  });
});
