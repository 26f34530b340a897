/**
 * Licence requests withdrawn (撤回约12份…许可申请, "withdrawn 11 pending applications for US export licences") are
 * revocations counted in requests; a country word describing a noun ("a Chinese game publisher", 中国中小买家) is no
 * actor; a reason naming a missed filing (因…未及时备案) does not make a suspension news of other goods; and the firm
 * a suspension names right before the item (暂停青川果业英伟达H200…许可) holds it.
 */
import { describe, expect, it } from 'vitest';
import { extractCandidates } from '../../../../src/sources/extract/index.js';
import { withUsExport } from './state.js';

const state = withUsExport();
const facts = (title: string, summary = '') =>
  extractCandidates({ title, summary }, state).candidates.map(
    (c) => `${c.kind} ${c.authority?.value ?? '-'}${c.quantity ? ` ${c.quantity.role}:${c.quantity.qualifier}:${c.quantity.value}` : ''}`,
  );

describe('withdrawals and actors', () => {
  it('reads Nvidia withdrawing about a dozen licence requests, in Chinese, as a US revocation of about 12', () => {
    expect(
      facts('外媒：英伟达撤回约12份H200对华出口许可申请', '由于美国商务部暗示部分中国中小买家难以通过审查，英伟达已撤回约12份H200对华出口许可申请。'),
    ).toEqual(['revocation bis licence_count:about:12']);
  });

  it('counts the pending applications for US export licences Nvidia withdrew', () => {
    expect(facts('Nvidia says it withdrew 9 pending applications for US export licences for H200 sales to Chinese buyers')).toEqual([
      'revocation bis licence_count:exact:9',
    ]);
  });

  it('reads a licence for a Chinese firm’s site put on hold by the US as a US suspension', () => {
    expect(facts("US puts an Nvidia H200 licence for a Chinese fruit grower's data centre on hold - sources")).toEqual(['suspension bis']);
  });

  it('reads a suspension over a missed filing as the firm’s suspension', () => {
    expect(
      read(
        '青川果业：关于芯片进口许可被暂停执行的公告',
        '公司近日收到商务部通知，因公司芯片部署地点变更未及时备案，商务部决定暂停执行公司的英伟达H200芯片进口许可。',
      ),
    ).toEqual(['suspension mofcom']);
  });

  it('names the firm a suspension names right before the item', () => {
    expect(
      extractCandidates(
        { title: '传商务部叫停一家企业的H200进口许可', summary: '有市场消息称，商务部已暂停青川果业英伟达H200芯片进口许可的执行。' },
        state,
      ).candidates.map((c) => c.holders.map((h) => h.words).join('+')),
    ).toEqual(['青川果业']);
  });
});

function read(title: string, summary: string): string[] {
  return facts(title, summary);
}

describe('a US licence', () => {
  it('reads an explainer of "a US licence for each Chinese customer" as the US licensing told again', () => {
    expect(
      facts(
        'Explainer: the licence every Nvidia H200 sold to China needs',
        'How the January rule works: Nvidia must hold a US licence for each Chinese customer and have the chips tested in the US before export.',
      ),
    ).toEqual(['restatement bis']);
  });
});
