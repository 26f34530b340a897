/**
 * The measures: facts matched on kind + record + status (any `new:` record matches any
 * other, since descriptions are free text), each field as a multiset of values per item,
 * entities, per class, and the end-to-end alert figures.
 */
import type { LedgerEvent } from '../src/core/events.js';
import type { ItemOutcome } from './end-to-end.js';
import { EVAL_CLASSES, type EvalClass, type LabelFact, type LabelItem } from './schema.js';

/** Precision, recall and F1 with their counts. */
export interface Prf {
  tp: number;
  fp: number;
  fn: number;
  p: number;
  r: number;
  f1: number;
}

export const FIELDS = ['kind', 'record', 'status', 'holders', 'authority', 'item', 'quantity value', 'quantity role', 'certainty'] as const;
export type Field = (typeof FIELDS)[number];

/** A fraction with its parts. */
export interface Count {
  hit: number;
  of: number;
}

/** Everything measured on one part. */
export interface PartScore {
  part: string;
  items: number;
  facts: Prf;
  fields: Record<Field, Prf>;
  entities: Prf;
  classes: Partial<Record<EvalClass, { items: number; facts: Prf; exact: number; alertRight: number }>>;
  chineseFullyRight: Count;
  e2e: {
    alerts: Prf;
    /** Items labelled alert:false that raised an alert. */
    noAlertItemsAlerted: Count;
    /** Near-miss class items (other chip, country, company, opinion, old news) that raised an alert. */
    nearMissAlerted: Count;
    /** Items labelled alert:false that changed the ledger. */
    noAlertLedgerChanges: Count;
    /** Of those, items whose only ledger changes added a source (evidence, a claim's support) and changed no field. */
    noAlertSourcesOnly: Count;
    /** Stories whose tellings raised exactly as many alerts as labelled (one, or two with an official confirmation). */
    storiesAsOne: Count;
    /** Tracked records touched by ledger events or alerts, against the records of the item's labelled non-restatement facts. */
    records: Prf;
  };
}

const prf = (tp: number, fp: number, fn: number): Prf => {
  const p = tp + fp ? tp / (tp + fp) : 1;
  const r = tp + fn ? tp / (tp + fn) : 1;
  return { tp, fp, fn, p, r, f1: p + r ? (2 * p * r) / (p + r) : 0 };
};

/** Counts matches between two multisets of strings. */
function compare(gold: string[], pred: string[]): [tp: number, fp: number, fn: number] {
  const left = new Map<string, number>();
  for (const g of gold) left.set(g, (left.get(g) ?? 0) + 1);
  let tp = 0;
  for (const p of pred) {
    const n = left.get(p) ?? 0;
    if (n > 0) {
      tp++;
      left.set(p, n - 1);
    }
  }
  return [tp, pred.length - tp, gold.length - tp];
}

class Tally {
  tp = 0;
  fp = 0;
  fn = 0;
  add(gold: string[], pred: string[]): boolean {
    const [tp, fp, fn] = compare(gold, pred);
    this.tp += tp;
    this.fp += fp;
    this.fn += fn;
    return fp === 0 && fn === 0;
  }
  get prf(): Prf {
    return prf(this.tp, this.fp, this.fn);
  }
}

const recordKey = (r: string) => (r.startsWith('new:') ? 'new' : r);
const partyKey = (p: string) =>
  p
    .toLowerCase()
    .replace(/^new:/, '')
    .replace(/[^a-z0-9]/g, '');

/** The identity of a fact for matching. */
export const factKey = (f: LabelFact) => `${f.kind}|${recordKey(f.record)}|${f.status ?? '-'}`;

const FIELD_VALUES: Record<Field, (f: LabelFact) => string[]> = {
  kind: (f) => [f.kind],
  record: (f) => [recordKey(f.record)],
  status: (f) => (f.status ? [f.status] : []),
  holders: (f) => f.holders.map(partyKey),
  authority: (f) => (f.authority ? [f.authority] : []),
  item: (f) => (f.item ? [f.item] : []),
  'quantity value': (f) => (f.quantity ? [String(f.quantity.value)] : []),
  'quantity role': (f) => (f.quantity ? [`${f.quantity.value}|${f.quantity.role}`] : []),
  certainty: (f) => [`${f.kind}|${f.certainty}`],
};

const entitiesOf = (facts: LabelFact[]) => [
  ...new Set(facts.flatMap((f) => [...f.holders.map(partyKey), ...(f.authority ? [f.authority] : []), ...(f.item ? [f.item] : [])])),
];

/** The tracked records an item's labelled non-restatement facts concern (what "records touched" is scored against). */
export const goldRecordsOf = (item: LabelItem): string[] => [
  ...new Set(item.facts.filter((f) => f.kind !== 'restatement' && !f.record.startsWith('new:')).map((f) => f.record)),
];

const SOURCE_FIELDS = new Set(['evidence', 'support', 'against']);
const withoutSources = (x: unknown) => JSON.stringify(x, (k, v: unknown) => (SOURCE_FIELDS.has(k) ? undefined : v));

/** True for a ledger event that only added a source to a record (a later telling's evidence) and changed none of its fields. */
export function addsSourceOnly(e: LedgerEvent): boolean {
  const { before, after } = e as { before?: unknown; after?: unknown };
  return !!before && !!after && withoutSources(before) === withoutSources(after);
}

/** Scores one part. `predicted` holds the contract's facts per item id; `e2e` the pipeline's outcomes. */
export function scorePart(part: string, items: LabelItem[], predicted: Map<string, LabelFact[]>, e2e: Map<string, ItemOutcome>): PartScore {
  const facts = new Tally();
  const entities = new Tally();
  const fields = Object.fromEntries(FIELDS.map((f) => [f, new Tally()])) as Record<Field, Tally>;
  const classes = new Map<EvalClass, { items: number; facts: Tally; exact: number; alertRight: number }>();
  const alerts = new Tally();
  const records = new Tally();
  const chinese: Count = { hit: 0, of: 0 };
  const noAlert: Count = { hit: 0, of: 0 };
  const nearMiss: Count = { hit: 0, of: 0 };
  const noAlertChanges: Count = { hit: 0, of: 0 };
  const sourcesOnly: Count = { hit: 0, of: 0 };
  const stories = new Map<string, { expected: number; got: number }>();

  for (const item of items) {
    const pred = predicted.get(item.id) ?? [];
    const out = e2e.get(item.id);
    const gold = item.facts;
    const exact = facts.add(gold.map(factKey), pred.map(factKey));
    for (const field of FIELDS) fields[field].add(gold.flatMap(FIELD_VALUES[field]), pred.flatMap(FIELD_VALUES[field]));
    entities.add(entitiesOf(gold), entitiesOf(pred));

    const alerted = (out?.alerts.length ?? 0) > 0;
    alerts.add(item.alert ? ['alert'] : [], alerted ? ['alert'] : []);
    const alertRight = alerted === item.alert;
    records.add(goldRecordsOf(item), out?.records ?? []);
    if (!item.alert) {
      noAlert.of++;
      if (alerted) noAlert.hit++;
      noAlertChanges.of++;
      if (out?.ledgerEvents.length) {
        noAlertChanges.hit++;
        sourcesOnly.of++;
        if (out.ledgerEvents.every(addsSourceOnly)) sourcesOnly.hit++;
      }
    }
    if (item.classes.some((c) => c.startsWith('near_miss_'))) {
      nearMiss.of++;
      if (alerted) nearMiss.hit++;
    }
    if (item.language === 'zh') {
      chinese.of++;
      if (exact && alertRight) chinese.hit++;
    }
    if (item.story) {
      const s = stories.get(item.story) ?? { expected: 0, got: 0 };
      s.expected += item.alert ? 1 : 0;
      s.got += out?.alerts.length ?? 0;
      stories.set(item.story, s);
    }
    for (const c of item.classes) {
      const entry = classes.get(c) ?? { items: 0, facts: new Tally(), exact: 0, alertRight: 0 };
      entry.items++;
      entry.facts.add(gold.map(factKey), pred.map(factKey));
      if (exact) entry.exact++;
      if (alertRight) entry.alertRight++;
      classes.set(c, entry);
    }
  }

  const byClass: PartScore['classes'] = {};
  for (const c of EVAL_CLASSES) {
    const e = classes.get(c);
    if (e) byClass[c] = { items: e.items, facts: e.facts.prf, exact: e.exact, alertRight: e.alertRight };
  }
  const storyList = [...stories.values()];
  return {
    part,
    items: items.length,
    facts: facts.prf,
    fields: Object.fromEntries(FIELDS.map((f) => [f, fields[f].prf])) as Record<Field, Prf>,
    entities: entities.prf,
    classes: byClass,
    chineseFullyRight: chinese,
    e2e: {
      alerts: alerts.prf,
      noAlertItemsAlerted: noAlert,
      nearMissAlerted: nearMiss,
      noAlertLedgerChanges: noAlertChanges,
      noAlertSourcesOnly: sourcesOnly,
      storiesAsOne: { hit: storyList.filter((s) => s.got === s.expected).length, of: storyList.length },
      records: records.prf,
    },
  };
}
