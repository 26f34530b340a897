/** Which fields of a record an edit changed, for history lines and alerts. */

/** One changed field with its values before and after (undefined when absent). */
export interface FieldChange {
  field: string;
  before: unknown;
  after: unknown;
}

/** The fields whose values differ between two versions of a record, in the record's order, skipping `ignore`. */
export function changedFields<T extends object>(before: T, after: T, ignore: readonly string[] = []): FieldChange[] {
  const b = new Map<string, unknown>(Object.entries(before));
  const a = new Map<string, unknown>(Object.entries(after));
  const fields = new Set([...b.keys(), ...a.keys()]);
  return [...fields]
    .filter((f) => !ignore.includes(f) && JSON.stringify(b.get(f)) !== JSON.stringify(a.get(f)))
    .map((field) => ({ field, before: b.get(field), after: a.get(field) }));
}
