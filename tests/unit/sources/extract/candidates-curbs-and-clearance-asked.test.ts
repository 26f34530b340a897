/**
 * A curb on a use of the goods ("accepts Beijing's curb on renting H200 capacity to foreign clients") is a term, not a
 * refusal; clearance asked of the ministry ("has asked China's Commerce Ministry for clearance to bring in a small batch")
 * is a request, not goods cleared.
 */
import { describe, expect, it } from 'vitest';
import { told } from './candidates-helpers.js';

describe('curbs on a use and clearance asked for', () => {
  it('reads a curb on renting out as a term agreed, not a refusal', () => {
    expect(told('Alibaba accepts Beijing’s curb on renting H200 capacity to foreign clients', '')).toEqual(['condition_agreed/reported Alibaba']);
  });

  it('reads clearance asked of the ministry as a request', () => {
    expect(
      told(
        'Qingchuan Cloud said to seek Beijing nod for Nvidia H200 imports',
        'Qingchuan Cloud has asked China’s Commerce Ministry for clearance to bring in a small batch of Nvidia H200 processors, people familiar said.',
      ).map((x) => x.split(' ')[0]),
    ).toEqual(['application/hedged']);
  });
});
