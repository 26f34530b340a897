/**
 * Core tests read as: given these events, when this command is decided, then these events
 * (or this refusal). The state is folded from the given events with evolve, nothing else.
 */
import { expect } from 'vitest';
import { decide, type LedgerCommand } from '../../../src/core/decide.js';
import { DomainError, type DomainErrorCode } from '../../../src/core/errors.js';
import type { Change } from '../../../src/core/events.js';
import { evolveChange } from '../../../src/core/evolve.js';
import { emptyState, type LedgerState } from '../../../src/core/model.js';

/** The state the events add up to. */
export function fold(history: readonly Change[]): LedgerState {
  const state = emptyState();
  for (const change of history) {
    evolveChange(state, change);
    state.seq++;
  }
  return state;
}

/** Starts a scenario from explicit past events. */
export function given(...history: Change[]) {
  const state = fold(history);
  return {
    state,
    when(command: LedgerCommand) {
      const run = (): Change[] => {
        const before = JSON.stringify(state);
        try {
          return decide(command, state);
        } finally {
          // Deciding never changes the state: only evolve does.
          expect(JSON.stringify(state)).toBe(before);
        }
      };
      return {
        /** The command's events, for checks beyond equality. */
        events: run,
        then(...expected: Change[]): void {
          expect(run()).toEqual(expected);
        },
        thenRefused(code: DomainErrorCode, message: string | RegExp): void {
          let error: unknown;
          try {
            run();
          } catch (err) {
            error = err;
          }
          expect(error).toBeInstanceOf(DomainError);
          expect((error as DomainError).code).toBe(code);
          expect((error as DomainError).message).toMatch(message);
        },
      };
    },
  };
}
