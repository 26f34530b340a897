import { describe, expect, it } from 'vitest';
import { answerWithin } from '../../../src/chat/answer-within.js';

function recorder() {
  const calls: string[] = [];
  return {
    calls,
    answer: {
      now: async (v: string) => {
        calls.push(`now:${v}`);
      },
      defer: async () => {
        calls.push('defer');
      },
      later: async (v: string) => {
        calls.push(`later:${v}`);
      },
    },
  };
}

describe('answerWithin', () => {
  it('answers a ready value at once, in the same turn', () => {
    const { calls, answer } = recorder();
    void answerWithin('ready', 2000, answer);
    // No await: the answer went out synchronously.
    expect(calls).toEqual(['now:ready']);
  });

  it('answers a promise that settles before the deadline directly', async () => {
    const { calls, answer } = recorder();
    await answerWithin(new Promise<string>((r) => setTimeout(() => r('quick'), 5)), 2000, answer);
    expect(calls).toEqual(['now:quick']);
  });

  it('defers a slow one and answers it when it arrives', async () => {
    const { calls, answer } = recorder();
    await answerWithin(new Promise<string>((r) => setTimeout(() => r('slow'), 60)), 10, answer);
    expect(calls).toEqual(['defer', 'later:slow']);
  });

  it('always defers with a deadline of 0, even for a ready value', async () => {
    const { calls, answer } = recorder();
    await answerWithin('ready', 0, answer);
    expect(calls).toEqual(['defer', 'later:ready']);
  });
});
