/**
 * A permit restored (许可…恢复) is a grant; the check it passed (整改通过商务部核查, 经商务部核查后)
 * is the process it followed, not a condition it carries; computing power taken back into the
 * firm's own use (算力已全部收回自用) is no permit taken away. Terms the grant sets stay terms,
 * however they are worded (不得向未经审查的主体转让). A request let through, even with a hedge
 * before the passive (申请据悉已获放行) or passing the ministry's review (申请已通过商务部审查), is granted.
 */
import { describe, expect, it } from 'vitest';
import { read } from './candidates-helpers.js';

const told = (title: string, summary?: string) => read(title, summary).candidates.map((c) => `${c.kind} ${c.conditions.length ? 'with conditions' : 'plain'}`);

describe('a permit restored', () => {
  it('reads the restored permit as a plain grant, and no revocation in the power taken back', () => {
    expect(
      told(
        '星河纸业H200进口许可恢复 整改通过商务部核查',
        '星河纸业公告，公司已完成整改，相关算力已全部收回自用，经商务部核查后，公司此前被暂停的H200芯片进口许可自即日起恢复。',
      ),
    ).toEqual(['grant plain']);
  });

  it('keeps a term the grant sets, worded with a check not made', () => {
    expect(told('商务部：已批准华岳科技进口H200芯片', '商务部已批准华岳科技进口H200芯片。获批芯片不得向未经审查的主体转让。')).toEqual([
      'grant with conditions',
    ]);
  });
});

describe('a request let through', () => {
  it.each([
    ['星河轮胎H200进口申请据悉已获放行', 'grant/hedged'],
    ['星河轮胎H200芯片进口获批', 'grant/reported'],
  ])('reads "%s" as a grant', (title, expected) => {
    expect(read(title).candidates.map((c) => `${c.kind}/${c.certainty}`)).toEqual([expected]);
  });

  it('reads a request that passed the ministry review as granted', () => {
    expect(
      read('星河轮胎：H200进口申请已通过商务部审查', '公司引进英伟达H200芯片的申请已通过商务部审查，数量为3072颗。').candidates.map((c) => c.kind),
    ).toEqual(['grant']);
  });
});
