/**
 * A permission bound by what it says ("The licence confines the chips to…", 许可规定这批芯片只能部署在…,
 * 对…作出了明确规定) is a grant with conditions; a firm saying it will follow the licence (按许可要求使用), a
 * licence stating its figure (许可载明数量) or its goods (批复载明的芯片为) attaches none.
 */
import { describe, expect, it } from 'vitest';
import { read } from './candidates-helpers.js';

const statuses = (title: string, summary: string) =>
  read(title, summary)
    .candidates.filter((c) => c.kind === 'grant')
    .map((c) => (c.conditions.length ? 'with conditions' : 'approved'));

describe('a permission bound by what it says', () => {
  it.each([
    [
      'Qingchuan Cloud wins nod to import 512 Nvidia H200s',
      'Qingchuan Cloud said on Tuesday the commerce ministry had granted it a licence to import 512 Nvidia H200 chips. The licence confines the chips to its own orchard-forecasting models in Chengdu, the company said.',
    ],
    [
      'Qingchuan Cloud wins nod to import 512 Nvidia H200s',
      'Qingchuan Cloud said the commerce ministry had approved its request to import 512 Nvidia H200 chips. The approval requires the processors to stay in its Chengdu server room.',
    ],
    ['青川果业获批进口512颗英伟达H200', '青川果业公告，公司已拿到商务部核发的进口许可，可引进英伟达H200芯片512颗。许可规定这批芯片只能部署在公司成都机房。'],
    ['青川果业获批进口512颗英伟达H200', '商务部已批准青川果业进口512颗英伟达H200芯片。这批芯片只能在境内使用，不能转售。'],
    ['商务部：已批准青川果业进口512颗H200', '答：商务部已依法批准青川果业的进口申请，准许数量为512颗。我们要求该企业严格按照申报的用途使用相关物项。'],
  ])('reads "%s" with terms bound to it as a grant with conditions', (title, summary) => {
    expect(statuses(title, summary)).toEqual(['with conditions']);
  });

  it.each([
    ['青川果业获批进口512颗英伟达H200', '商务部日前批复同意公司进口英伟达H200芯片512颗，公司将按许可要求规范使用上述芯片。'],
    ['青川果业：H200进口许可已下发', '青川果业回复投资者称，公司已拿到商务部签发的H200进口许可，许可载明数量为512颗。'],
    ['青川果业获得芯片进口批复', '公司收到商务部关于芯片进口的批复，批复载明的芯片为英伟达H200，共512颗。'],
  ])('reads "%s", which binds nothing, as a plain grant', (title, summary) => {
    expect(statuses(title, summary)).toEqual(['approved']);
  });
});
