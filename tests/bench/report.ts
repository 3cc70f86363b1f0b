/**
 * One row per figure, whatever measured it; printed as a table, written as
 * JSON (with the raw samples) and as Markdown.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { type MedianInterval, summarize, type Summary } from './stats';

export type Unit = 'B' | 'ms' | '×' | 'KB' | 'MB' | 'count' | 'B/cycle' | 'nodes/cycle' | 'listeners/cycle';

export interface Row {
  /** The measurement it belongs to, e.g. "page-load". */
  section: string;
  figure: string;
  unit: Unit;
  /** A single deterministic value (bytes): no runs, no spread. */
  value?: number;
  /** Raw samples (warm-up runs already left out). */
  samples?: number[];
  stats?: Summary;
  warmup?: number;
  /** The best this figure could be, in the same unit. */
  floor?: number;
  /** Where the floor comes from; required with `floor`. */
  floorKind?: FloorKind;
  floorNote?: string;
  note?: string;
  /** Set instead of a value when the figure could not be measured. */
  notMeasured?: string;
  /** A confidence interval for the median of `samples` (stats.ts medianInterval), shown in the notes. */
  interval?: MedianInterval;
}

/**
 * measured: measured in the same run (an empty content script, a one-line worker);
 * bound: a theoretical lower bound computed, not measured (pages × latency);
 * ideal: the constant an ideal result reaches (0 leaked, 0 long tasks).
 */
export type FloorKind = 'measured' | 'bound' | 'ideal';

export const FLOOR_KINDS: Record<FloorKind, string> = {
  measured: 'measured in the same run',
  bound: 'theoretical lower bound, computed (pages × latency), not measured',
  ideal: 'the ideal value (0), a constant',
};

export function sampled(section: string, figure: string, unit: Unit, samples: number[], extra: Partial<Row> = {}): Row {
  if (extra.floor !== undefined && !extra.floorKind) throw new Error(`bench row "${figure}": a floor needs a floorKind (measured, bound or ideal)`);
  return { section, figure, unit, samples, stats: summarize(samples), ...extra };
}

export interface BenchReport {
  date: string;
  /** The commit measured (or the --dist folder). */
  commit: string;
  node: string;
  chromium: string;
  machine: string;
  latencyMs: number;
  durationS: number;
  measurements: string[];
  rows: Row[];
  /** Anything else a measurement wants to keep (per-file sizes, breakdowns). */
  details: Record<string, unknown>;
}

export const SECTION_TITLES: Record<string, string> = {
  bytes: '1. Bytes on every CleverTap page',
  'page-load': '2. Page-load overhead (campaign page, with vs without the extension)',
  picker: '3. Picker ready (dialog appears → Template combobox lists templates)',
  sync: '4. Catalogue sync (templates.list force, from an extension page)',
  search: '5. Search (the search function per keystroke, 5,000 and 20,000 templates, in Chromium)',
  typing: '5b. Search as typed (key → results shown, picker and popup, 20,000 templates)',
  preview: '6. Preview render (in Chromium)',
  leaks: '7. Leaks (open + close the dialog 20 times)',
  'sw-cold-start': '8. Service worker cold start',
  popup: '9. Popup ready (popup page opened → template list shown)',
  'sw-memory': '10. Service worker memory',
};

function format(value: number | undefined, unit: Unit): string {
  if (value === undefined || !Number.isFinite(value)) return '–';
  if (unit === 'B' || unit === 'count' || unit === 'nodes/cycle' || unit === 'listeners/cycle') return Math.round(value).toLocaleString('en-US');
  if (unit === 'B/cycle') return Math.round(value).toLocaleString('en-US');
  if (unit === '×') return value.toFixed(2);
  if (unit === 'KB') return value.toFixed(1);
  if (unit === 'MB') return value.toFixed(2);
  const abs = Math.abs(value);
  return abs >= 100 ? value.toFixed(0) : abs >= 10 ? value.toFixed(1) : value.toFixed(2);
}

interface Cells {
  figure: string;
  unit: string;
  runs: string;
  median: string;
  p95: string;
  spread: string;
  floor: string;
  note: string;
}

function cells(row: Row): Cells {
  if (row.notMeasured) {
    return { figure: row.figure, unit: row.unit, runs: '–', median: 'not measured', p95: '', spread: '', floor: '', note: `not measured: ${row.notMeasured}` };
  }
  const s = row.stats;
  const floor =
    row.floor === undefined
      ? ''
      : `${format(row.floor, row.unit)} ${row.floorKind ?? 'unlabelled'}${s && row.floor > 0 ? ` (×${(s.median / row.floor).toFixed(2)})` : ''}`;
  if (!s) {
    return { figure: row.figure, unit: row.unit, runs: '1 (deterministic)', median: format(row.value, row.unit), p95: '', spread: '', floor, note: row.note ?? '' };
  }
  return {
    figure: row.figure,
    unit: row.unit,
    runs: `${s.n}${row.warmup ? ` (+${row.warmup} warm-up)` : ''}${s.dropped ? ` (${s.dropped} dropped: not a number)` : ''}`,
    median: format(s.median, row.unit),
    p95: s.n >= 5 ? format(s.p95, row.unit) : '',
    spread: s.n > 1 ? `${format(s.min, row.unit)}–${format(s.max, row.unit)} (IQR ${format(s.iqr, row.unit)})` : '',
    floor,
    note: [intervalNote(row), row.floorNote ? `floor: ${row.floorNote}` : '', row.note ?? ''].filter(Boolean).join('; '),
  };
}

function intervalNote(row: Row): string {
  const ci = row.interval;
  if (!ci) return '';
  if (!Number.isFinite(ci.low)) return `median CI: too few samples (${ci.n})`;
  return `median ${(ci.coverage * 100).toFixed(1)}% CI ${format(ci.low, row.unit)}–${format(ci.high, row.unit)} (order statistics, n ${ci.n})`;
}

const HEADERS: Cells = { figure: 'figure', unit: 'unit', runs: 'runs', median: 'median', p95: 'p95', spread: 'min–max (IQR)', floor: 'floor kind (median ×floor)', note: 'how / notes' };

const FLOOR_LEGEND = `Floor kinds: ${Object.entries(FLOOR_KINDS).map(([kind, meaning]) => `${kind} = ${meaning}`).join('; ')}.`;

export function textTable(report: BenchReport): string {
  const lines: string[] = [];
  const keys = Object.keys(HEADERS) as (keyof Cells)[];
  const bySection = groupBySection(report.rows);
  const allCells = report.rows.map(cells);
  const width = Object.fromEntries(
    keys.map((key) => [key, key === 'note' ? 0 : Math.max(HEADERS[key].length, ...allCells.map((c) => c[key].length))]),
  ) as Record<keyof Cells, number>;
  const line = (c: Cells) =>
    keys
      .map((key) => (key === 'note' ? c.note : key === 'figure' || key === 'unit' || key === 'runs' || key === 'spread' ? c[key].padEnd(width[key]) : c[key].padStart(width[key])))
      .join('  ')
      .trimEnd();
  lines.push(line(HEADERS));
  for (const [section, rows] of bySection) {
    lines.push('', SECTION_TITLES[section] ?? section);
    for (const row of rows) lines.push(line(cells(row)));
  }
  lines.push('', FLOOR_LEGEND);
  return lines.join('\n');
}

export function markdown(report: BenchReport): string {
  const escape = (text: string) => text.replace(/\|/g, '\\|');
  const out: string[] = [
    '# Benchmark results',
    '',
    `${report.date} · ${report.commit} · Node ${report.node} · ${report.chromium} · ${report.machine} · added Sendbird latency ${report.latencyMs} ms/request · ${report.durationS.toFixed(0)} s`,
    '',
    'Medians and p95 from raw samples (p95 shown from 5 runs up; linear interpolation); spread is min–max and the interquartile range. Warm-up runs are left out and counted in "runs", as are samples dropped because they were not a number. "floor" is the best the figure could be; "×floor" is median / floor.',
    '',
    FLOOR_LEGEND,
  ];
  for (const [section, rows] of groupBySection(report.rows)) {
    out.push('', `## ${SECTION_TITLES[section] ?? section}`, '', '| figure | unit | runs | median | p95 | min–max (IQR) | floor kind (×floor) | how / notes |', '|---|---|---|--:|--:|---|---|---|');
    for (const row of rows) {
      const c = cells(row);
      out.push(`| ${[c.figure, c.unit, c.runs, c.median, c.p95, c.spread, c.floor, c.note].map(escape).join(' | ')} |`);
    }
  }
  return `${out.join('\n')}\n`;
}

function groupBySection(rows: Row[]): Map<string, Row[]> {
  const groups = new Map<string, Row[]>();
  for (const row of rows) {
    const list = groups.get(row.section) ?? [];
    list.push(row);
    groups.set(row.section, list);
  }
  return groups;
}

export function writeReport(report: BenchReport, dir = 'bench-results'): { json: string; md: string } {
  mkdirSync(dir, { recursive: true });
  const json = path.join(dir, 'latest.json');
  const md = path.join(dir, 'latest.md');
  writeFileSync(json, `${JSON.stringify(report, null, 2)}\n`);
  writeFileSync(md, markdown(report));
  return { json, md };
}
