/**
 * A permission supposed rather than told (如获批准, 获批后用于, "once approved") or hoped for ("betting on a green
 * light", "an expected approval", "while it waits for Beijing to let…", 以…取得进口许可为前提), or licences described by who grants
 * them ("the licences it grants"): the request, order or stock the item tells stands, and nothing is granted.
 */
import { describe, expect, it } from 'vitest';
import { read } from './candidates-helpers.js';

const kinds = (title: string, summary?: string) => read(title, summary).candidates.map((c) => c.kind);

describe('a grant supposed', () => {
  it('reads a filed request whose headline says what the chips serve once approved as the request alone', () => {
    expect(kinds('云峰数据：H200芯片进口申请已递交商务部 获批后用于自有大模型训练')).toEqual(['application']);
  });

  it('reads 如获批准 in an answer to investors as no grant', () => {
    expect(kinds('云峰数据答投资者问', '云峰数据在互动平台表示，公司已向商务部提交英伟达H200芯片进口申请；如获批准，芯片将用于公司智算中心。')).not.toContain(
      'grant',
    );
  });

  it('reads "once approved" as no grant', () => {
    expect(kinds('Cloudpeak has applied to import Nvidia H200 chips; once approved, they will power its own models')).toEqual(['application']);
  });

  it('still reads 获批 told as done as a grant', () => {
    expect(kinds('云峰数据：H200芯片进口申请已获商务部批准')).toEqual(['grant']);
  });

  it('reads buying "before Beijing signs off" as an order and no grant', () => {
    expect(kinds('Tencent books about 90,000 Nvidia H200s before Beijing signs off')).toEqual(['order']);
  });

  it('still reads a grant told in the past after "before" as a grant', () => {
    expect(kinds('Tencent had booked 90,000 H200s before Beijing approved its import licence')).toContain('grant');
  });

  it('reads an order "betting on" or "ahead of an expected" approval as an order and no grant', () => {
    expect(kinds('Qingchuan Cloud orders some 8,000 Nvidia H200s, betting on a Beijing green light')).toEqual(['order']);
    expect(
      kinds(
        'Qingchuan Cloud books Nvidia H200s',
        'Qingchuan Cloud has placed orders for some 8,000 H200 chips ahead of an expected import approval from Beijing.',
      ),
    ).toEqual(['order']);
  });

  it('reads a stockpile held "while it waits for Beijing to let" buyers in as stock and no grant', () => {
    expect(
      kinds(
        'Nvidia holds some 600,000 H200s',
        'Nvidia is holding some 600,000 H200 processors in warehouses while it waits for Beijing to let Chinese companies buy them.',
      ),
    ).toEqual(['supply']);
  });

  it('reads "the licences it grants" in a proposal as describing the licences, not granting any', () => {
    expect(
      kinds(
        'US weighs yearly caps on Nvidia H200 sales to China',
        'The Commerce Department is considering attaching a yearly ceiling for each Chinese buyer to the licences it grants Nvidia for H200 shipments.',
      ),
    ).not.toContain('grant');
  });

  it('reads a permission named as a contract’s premise (以…取得进口许可为前提) as no grant', () => {
    expect(
      kinds(
        '青川果业：子公司签下8台英伟达H200服务器采购合同',
        '青川果业公告称，全资子公司与国内某服务器供应商签订合同，购入8台配置英伟达H200芯片的服务器，合同生效以供应商取得芯片进口许可为前提。',
      ),
    ).toEqual(['order']);
  });
});
