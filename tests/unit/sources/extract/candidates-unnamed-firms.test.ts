/**
 * Beijing's decision on firms it does not name ("several regional banks", 数家游戏公司, "a group of rental
 * companies") or a pause on new requests ("stops taking new import applications", 停止受理) is about the firms still
 * waiting, the tracked party for them. Washington pausing its own licences is not, nor is an approval placed as the
 * time of something else (一些企业拿到许可后).
 */
import { describe, expect, it } from 'vitest';
import { briefs } from './candidates-helpers.js';

const WAITING = 'other-cn-firms';

describe('decisions on firms not named', () => {
  it('reads a rejection of several unnamed lenders as about the firms waiting', () => {
    expect(
      briefs(
        'China rejects H200 import requests from several regional banks, sources say',
        "China's commerce ministry has rejected requests from several regional banks to import Nvidia H200 chips, two people familiar said.",
      ),
    ).toEqual([expect.stringMatching(new RegExp(`^denial/hedged mofcom \\[${WAITING}\\] h200`))]);
  });

  it('reads firms named after the decision, in its clause', () => {
    expect(
      briefs('China turns down H200 import bids from cloud renters linked to gaming studios, sources say').some(
        (b) => b.startsWith('denial/') && b.includes(`[${WAITING}]`),
      ),
    ).toBe(true);
  });

  it('reads a rejection of several unnamed game companies told in Chinese', () => {
    expect(briefs('商务部驳回数家游戏公司的H200进口申请').some((b) => b.startsWith('denial/') && b.includes(`[${WAITING}]`))).toBe(true);
  });

  it('reads a halt to new import applications as a pause on the firms waiting', () => {
    expect(briefs('China said to stop taking new Nvidia H200 import applications').map((b) => b.split(' ').slice(0, 3).join(' '))).toEqual([
      `suspension/hedged mofcom [${WAITING}]`,
    ]);
    expect(briefs('商务部停止受理英伟达H200芯片进口申请').some((b) => b.startsWith('suspension/') && b.includes(`[${WAITING}]`))).toBe(true);
  });

  it('leaves a US pause on new licences to the US licensing', () => {
    expect(briefs('US pauses new H200 licence approvals for China while it reviews diversion risks').some((b) => b.includes(`[${WAITING}]`))).toBe(false);
  });

  it('leaves an approval told as the time of something else', () => {
    expect(briefs('评论：一些企业拿到H200进口许可后急着下单').some((b) => b.includes(`[${WAITING}]`))).toBe(false);
  });
});
