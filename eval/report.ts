/** Renders part scores as plain-text tables, dev and held-out side by side. */
import { EVAL_CLASSES } from './schema.js';
import { FIELDS, type Count, type PartScore, type Prf } from './score.js';

function table(head: string[], rows: string[][]): string {
  const widths = head.map((h, i) => Math.max(h.length, ...rows.map((r) => (r[i] ?? '').length)));
  const line = (cells: string[]) =>
    cells
      .map((c, i) => (i === 0 ? c.padEnd(widths[i]!) : c.padStart(widths[i]!)))
      .join('  ')
      .trimEnd();
  return [line(head), widths.map((w) => '-'.repeat(w)).join('  '), ...rows.map(line)].join('\n');
}

const num = (x: number) => x.toFixed(2);
const prfCells = (x: Prf): string[] => (x.tp + x.fp + x.fn === 0 ? ['—', '—', '—'] : [num(x.p), num(x.r), num(x.f1)]);
const count = (c: Count) => `${c.hit} of ${c.of}`;

/** The whole report. */
export function renderReport(contract: string, parts: PartScore[]): string {
  const names = parts.map((p) => p.part);
  const out: string[] = [];
  out.push(`Extraction under test: ${contract}`);
  out.push(`Items: ${parts.map((p) => `${p.part} ${p.items}`).join(', ')}`);
  out.push('');
  out.push('Facts and fields (the extraction contract; a fact matches on kind + record + status)');
  const head = ['measure', ...names.flatMap((n) => [`${n} P`, 'R', 'F1'])];
  const rows: string[][] = [
    ['facts', ...parts.flatMap((p) => prfCells(p.facts))],
    ...FIELDS.map((f) => [`  ${f}`, ...parts.flatMap((p) => prfCells(p.fields[f]))]),
    ['entities', ...parts.flatMap((p) => prfCells(p.entities))],
  ];
  out.push(table(head, rows));
  out.push('');
  out.push('End to end (ingest pipeline on the seeded ledger, wire source, report mode)');
  out.push(
    table(
      ['measure', ...names],
      [
        ['alerts P / R / F1', ...parts.map((p) => prfCells(p.e2e.alerts).join(' / '))],
        ['alerts on items labelled alert:false', ...parts.map((p) => count(p.e2e.noAlertItemsAlerted))],
        ['alerts on near-miss items', ...parts.map((p) => count(p.e2e.nearMissAlerted))],
        ['ledger changes on alert:false items', ...parts.map((p) => count(p.e2e.noAlertLedgerChanges))],
        ['  of which only a source added', ...parts.map((p) => count(p.e2e.noAlertSourcesOnly))],
        ['multi-outlet stories kept as one', ...parts.map((p) => count(p.e2e.storiesAsOne))],
        ['records touched P / R / F1', ...parts.map((p) => prfCells(p.e2e.records).join(' / '))],
        ['Chinese items fully right', ...parts.map((p) => count(p.chineseFullyRight))],
      ],
    ),
  );
  out.push('');
  out.push('Per class (fact F1, — where the items carry no facts; exact = items whose facts are exactly right; alert = items whose alert decision is right)');
  const classRows = EVAL_CLASSES.map((c) => [
    c,
    ...parts.flatMap((p) => {
      const e = p.classes[c];
      // A class whose items carry no facts (near-misses) has no F1: its items are right when nothing is proposed.
      return e ? [String(e.items), e.facts.tp + e.facts.fn === 0 ? '—' : num(e.facts.f1), String(e.exact), String(e.alertRight)] : ['0', '', '', ''];
    }),
  ]);
  out.push(table(['class', ...names.flatMap((n) => [`${n} n`, 'F1', 'exact', 'alert'])], classRows));
  return out.join('\n');
}
