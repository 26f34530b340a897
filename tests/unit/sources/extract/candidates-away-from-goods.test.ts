/**
 * A decision told in a sentence that names no chip, when the item is named only in a sentence
 * that tells no such decision ("wins aviation regulator's nod for new routes … the chips it
 * uses are rented", 获得食糖进口关税配额 … 算力向云厂商租用), is about what its own sentence
 * names. Told beside the chips, or referring back to a request the item told (该申请, "the
 * request"), the decision stays.
 */
import { describe, expect, it } from 'vitest';
import { read } from './candidates-helpers.js';

describe('a decision told away from the goods', () => {
  it.each([
    [
      'Spring Airlines wins aviation regulator nod for nine new routes',
      'The Civil Aviation Administration approved the routes for the summer timetable. The carrier said its crew-planning models still run on Nvidia H200 capacity rented from a cloud provider.',
    ],
    ['海天味业获商务部食糖进口关税配额5万吨', '商务部近日下达新一批农产品进口关税配额。公司表示，研发使用的英伟达H200算力均向云厂商租用。'],
    [
      '华住集团获商务部批复 开展住宿业数字化试点',
      '华住集团近日收到商务部批复，同意其在20个城市开展试点。公司称，试点所用模型运行在租用的英伟达H200云服务器上。',
    ],
  ])('reads no event from "%s"', (title, summary) => {
    const e = read(title, summary);
    expect(e.candidates).toEqual([]);
    expect(e.notes.join(' ')).toMatch(/a decision told away from the goods/u);
  });

  it.each([
    ['Spring Airlines wins Beijing nod, sources say', 'The carrier has been cleared to import 2,000 Nvidia H200 chips for crew planning.'],
    ['商务部：春秋航空进口申请获批', '春秋航空此前提交了英伟达H200芯片进口申请。经审查，商务部依法批准该申请。'],
    [
      'Beijing rejects Spring Airlines request',
      'Spring Airlines had asked to import 2,000 Nvidia H200 processors. The ministry turned the request down on Friday.',
    ],
  ])('keeps the decision in "%s"', (title, summary) => {
    expect(read(title, summary).candidates.some((c) => c.kind === 'grant' || c.kind === 'denial')).toBe(true);
  });
});
