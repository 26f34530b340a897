/**
 * A commitment whose terms follow a "while…" phrase (承诺在进口…的同时，按…比例采购国产芯片) is one clause;
 * in a ministry's question and answer, the answer's verb is what is told, not the question's.
 */
import { describe, expect, it } from 'vitest';
import { briefs } from './candidates-helpers.js';

describe('commitments told across a while-phrase, and in an answer', () => {
  it('reads the terms after 的同时 as what the firm committed to', () => {
    expect(
      briefs(
        '商务部新闻发言人介绍H200进口企业最新情况',
        '商务部新闻发言人表示，腾讯已承诺在进口英伟达H200芯片的同时，按不低于进口数量三成的比例采购国产人工智能芯片。',
      ),
    ).toEqual(['condition_agreed/official mofcom [tencent] h200']);
  });

  it('reads the commitment the answer confirms, not the question’s', () => {
    expect(
      briefs(
        '商务部新闻发言人答记者问',
        '问：有媒体称，阿里巴巴已就配购国产芯片作出承诺，商务部对此有何回应？答：经核实，阿里巴巴已承诺在进口英伟达H200芯片的同时，按一定比例采购国产人工智能芯片。',
      ),
    ).toEqual(['condition_agreed/official mofcom [alibaba] h200']);
  });
});
