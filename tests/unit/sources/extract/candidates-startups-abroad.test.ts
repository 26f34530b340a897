/** Capacity switched on in another country "for local AI startups": the collective word names no tracked Chinese buyer. */
import { describe, expect, it } from 'vitest';
import { read } from './candidates-helpers.js';

describe('start-ups abroad', () => {
  it('reads nothing in a cluster switched on in another country for local start-ups', () => {
    expect(
      read(
        "Malaysia's Qingchuan Telecom switches on Nvidia H200 capacity in Kuala Lumpur for local AI startups",
        'The operator opened a GPU cloud zone built on H200 servers, pitching sovereign compute to Malaysian developers.',
      ).candidates,
    ).toEqual([]);
  });
});
