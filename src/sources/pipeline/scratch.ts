/**
 * A copy-on-write view of the ledger state. Planning one item can take several core
 * planners in a row (create an authorization, then an order against it); each must see
 * the changes of the ones before, yet nothing may touch the real state until the ledger
 * commits. The same view lets `dryRun` play a whole batch forward without committing.
 */
import { DomainError } from '../../core/errors.js';
import type { Change, ChangePlanner } from '../../core/ledger.js';
import { evolveChange } from '../../core/evolve.js';
import { copyCollection, type LedgerState } from '../../core/model.js';

/** A state that starts as the base and diverges as changes are applied to it. */
export class Scratch {
  readonly state: LedgerState;
  readonly changes: Change[] = [];
  private readonly copied = new Set<string>();

  constructor(base: LedgerState) {
    // Collections are shared until first written; the base is never mutated.
    this.state = { ...base };
  }

  /** Runs a planner on the current view and applies its changes; a refusal comes back as the error. */
  run(planner: ChangePlanner): Change[] | DomainError {
    try {
      const changes = planner(this.state);
      this.apply(changes);
      return changes;
    } catch (err) {
      if (err instanceof DomainError) return err;
      throw err;
    }
  }

  /** Applies changes as the store would (evolve), copying a collection on first write. */
  apply(changes: readonly Change[]): void {
    for (const c of changes) {
      if (!this.copied.has(c.entity)) {
        Object.assign(this.state, { [c.entity]: copyCollection<unknown>(this.state[c.entity]) });
        this.copied.add(c.entity);
      }
      evolveChange(this.state, c);
      this.changes.push(c);
    }
    // Lookup caches (resolve, indexes, gazetteer) are keyed by state object and seq:
    // moving seq keeps them from serving a view of the state before these changes.
    this.state.seq += changes.length;
  }
}
