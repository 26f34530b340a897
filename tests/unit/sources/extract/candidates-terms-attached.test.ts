/**
 * Terms attached to the licences a grant tells, however the attachment is put: "each carrying the testing and volume-cap
 * conditions", "each subject to the testing and customer-screening terms", "Each licence requires third-party testing",
 * "subject to independent testing and screening of the end users", 企业应当…, 批复同时要求…, 根据许可要求，相关芯片须…, 批准文件均对…作出
 * 限制, "The chips must…". A grant told so is a grant with conditions; a promise to follow the permit's terms (按许可要求规范使用)
 * or a planned use ("The chips shall be used for…") names none, nor does renting named with no bar (the firm's rental business)
 * or the quarterly report that tells the news, nor, in Chinese, the request submitted (报送的进口材料), the quota's bound (数量不超过
 * 3,000颗), where the firm plans to put the chips (将部署在…算力中心) or the check it passed (通过商务部核查).
 */
import { describe, expect, it } from 'vitest';
import { grantsWithTermsTold } from './candidates-helpers.js';
import { extractCandidates } from '../../../../src/sources/extract/index.js';
import { withUsExport } from './state.js';

// (Terms the words tell: a US licence also carries its rule's own, which these cases do not test.)
const conditioned = grantsWithTermsTold;

describe('terms attached to licences granted', () => {
  it('attaches them however the attachment is put', () => {
    for (const summary of [
      'The Commerce Department has approved nine more of Nvidia’s licence requests for China, each carrying the US testing and volume-cap conditions, people familiar said.',
      'The Commerce Department has approved nine of Nvidia’s applications to export H200 chips to China, each subject to the testing and customer-screening terms of the rule, people familiar said.',
      'The Commerce Department has approved nine Nvidia applications to sell H200 chips in China, people familiar said. Each licence requires third-party testing of the chips in the United States.',
      'The Commerce Department has signed off on nine licences for Nvidia to export H200 chips to China, subject to independent testing and screening of the end users, people familiar said.',
    ])
      expect(conditioned('US grants Nvidia nine more H200 licences for Chinese buyers - sources', summary)).toEqual([true]);
  });

  it('does not attach terms to a grant told with none', () => {
    expect(
      conditioned(
        'US grants Nvidia nine more H200 licences for Chinese buyers - sources',
        'The Commerce Department has approved nine more export licences for Nvidia H200 chips bound for China, people familiar said.',
      ),
    ).toEqual([false]);
  });
});

describe('terms attached to a Chinese approval', () => {
  it('attaches the duties the approval lays on the firm, however they are put', () => {
    for (const summary of [
      '商务部依法审查了青川果业的申请，决定予以批准。企业应当按照申报的最终用途使用相关芯片，不得擅自转售。',
      '青川果业称，公司进口英伟达H200芯片的申请已获商务部批复，批复同时要求公司按比例配套采购国产芯片。',
      '青川果业公告，公司收到商务部许可决定，准予进口英伟达H200芯片512颗。根据许可要求，相关芯片须部署于公司总部数据中心。',
      '商务部表示，已依法批准青川果业等5家企业的芯片进口申请，批准文件均对芯片用途和安装地点作出限制。',
    ])
      expect(conditioned('青川果业获准进口英伟达H200芯片', summary)).toEqual([true]);
  });

  it('does not take a promise to follow the permit’s terms, or a planned use, for terms named', () => {
    expect(
      conditioned('青川果业获准进口英伟达H200芯片', '商务部日前批复同意公司进口英伟达H200芯片320颗，公司将按许可要求规范使用，芯片将用于口味研发。'),
    ).toEqual([false]);
    expect(
      conditioned(
        'Qingchuan Cloud obtains commerce ministry approval to import 3,500 H200 chips',
        'Qingchuan Cloud said it has obtained the approval of the Ministry of Commerce to import 3,500 Nvidia H200 chips. The chips shall be used for training its own models.',
      ),
    ).toEqual([false]);
  });

  it('attaches "the chips must …" in an English telling', () => {
    expect(
      conditioned(
        'Qingchuan Cloud’s H200 import application approved',
        'The commerce ministry has granted Qingchuan Cloud the licence, a spokesperson said. The chips must be installed at the declared facility and may not be leased to third parties.',
      ),
    ).toEqual([true]);
  });
});

describe('words in a grant’s sentence that are no terms', () => {
  it('does not take the firm’s rental business or the report that tells the news for terms', () => {
    expect(
      conditioned(
        'Qingchuan Cloud gets Beijing’s nod to import 1,536 Nvidia H200s',
        'Qingchuan Cloud said it had obtained the commerce ministry’s approval to bring in 1,536 Nvidia H200 processors for a GPU rental service.',
      ),
    ).toEqual([false]);
    expect(
      conditioned(
        'Nvidia’s 10-Q shows 90 US licences for H200 sales to China',
        'The Commerce Department has now granted Nvidia 90 licences to sell H200 chips in China, the company disclosed in the quarterly report it filed on Tuesday.',
      ),
    ).toEqual([false]);
  });

  it('still takes a bar on renting the chips out as a term', () => {
    expect(
      conditioned(
        'Qingchuan Cloud gets Beijing’s nod to import 1,536 Nvidia H200s',
        'Qingchuan Cloud said it had obtained the commerce ministry’s approval to bring in 1,536 Nvidia H200 processors that may not be rented to other firms.',
      ),
    ).toEqual([true]);
  });
});

describe('Chinese words in a grant’s sentence that are no terms', () => {
  const plain = (title: string, summary: string) =>
    extractCandidates({ title, summary }, withUsExport())
      .candidates.filter((c) => c.kind === 'grant')
      .map((c) => c.conditions.map((x) => x.value).join('+'));

  it('does not take the request submitted, the quota’s bound, a planned site or the check passed for terms', () => {
    expect(plain('青川果业据悉拿到H200进口批文', '知情人士称，青川果业去年报送的H200进口材料已经过审，商务部核准其进口英伟达芯片逾两千颗。')).toEqual(['']);
    expect(plain('青川果业：获商务部批复可进口H200', '青川果业公告，公司获商务部批复，准予进口英伟达H200芯片，数量不超过3,000颗。')).toEqual(['']);
    expect(plain('青川果业：已取得H200芯片进口许可', '青川果业称，公司已拿到商务部H200芯片进口许可文件，芯片将集中部署在公司自建算力中心。')).toEqual(['']);
    expect(plain('青川果业：H200进口许可已恢复', '青川果业公告，公司补报芯片使用情况后已通过商务部核查，其英伟达H200芯片进口许可已恢复。')).toEqual(['']);
  });

  it('still takes a duty to report use, or a bound on volume told as a term, as terms', () => {
    expect(plain('青川果业获准进口英伟达H200', '商务部批准青川果业进口英伟达H200芯片，须按季度报送使用情况。')).toEqual(['end-use']);
  });
});
