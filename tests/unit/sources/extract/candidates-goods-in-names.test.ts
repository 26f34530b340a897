/**
 * A buyer's name or description that holds another product's word ("Qingchuan Software", "a maker of
 * orchard-planning software", 青川软件股份有限公司) does not make its H200 approval news of that product; the
 * outcome of a request (申请结果的公告) is no request; 低于 opens no firm's name.
 */
import { describe, expect, it } from 'vitest';
import { read } from './candidates-helpers.js';

const kinds = (title: string, summary = '') => read(title, summary).candidates.map((c) => `${c.kind}/${c.certainty}`);

describe('goods named in a buyer’s name', () => {
  it('reads the approval of a software maker named by its software as a grant', () => {
    expect(
      kinds(
        'Beijing clears Qingchuan Software to import about 600 Nvidia H200s',
        "China's commerce ministry has cleared Qingchuan Software, a maker of orchard-planning software, to import about 600 Nvidia H200 chips.",
      ),
    ).toEqual(['grant/reported']);
  });

  it('reads a notice of the outcome of a request, from a firm named with 软件, as the grant alone', () => {
    expect(
      kinds('青川软件：关于芯片进口许可申请结果的公告', '青川软件股份有限公司近日收到商务部的许可决定，许可的英伟达H200进口数量为600颗，低于公司申请的800颗。'),
    ).toEqual(['grant/reported']);
  });
});
