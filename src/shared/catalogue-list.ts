import type { ResponseOf, TemplateSummary } from './protocol';

/**
 * The template list as it crosses messaging: one string, packed once per sync
 * in the background and unpacked by the surface that shows it. Chrome copies a
 * string across in one piece, where 20,000 summary objects would be converted
 * and validated one value at a time. Each row is [key, name, updatedAt,
 * archived (0 or 1), variable names], newest first.
 *
 * A surface keeps the last list it unpacked and says which version it holds,
 * so the same catalogue crosses once per page, not once per open.
 */
type Row = [key: string, name: string, updatedAt: number, archived: 0 | 1, variables: string[]];

export function packSummaries(summaries: readonly TemplateSummary[]): string {
  return JSON.stringify(summaries.map((s): Row => [s.key, s.name, s.updatedAt, s.archived ? 1 : 0, s.variables]));
}

/**
 * How many templates a surface needs to show its first screen: the picker lists
 * 50 options, the popup fewer rows. A list longer than its head crosses in
 * parts: the head (the first rows, up to this many listed ones) at once, then
 * the rest PART_ROWS at a time, each asked for when the last one arrived.
 */
export const HEAD_LISTED = 100;

/**
 * Rows per part after the head: about 200 KB, which crosses messaging in a
 * frame or two, so no part blocks the page (the whole 20,000-template list in
 * one message blocked it for half a second) and a page that reopens the picker
 * mid-way keeps what arrived.
 */
export const PART_ROWS = 2_000;

/** A list cut for crossing: the head, packed, its size, and the rest in parts, each packed with the row it starts at. */
export interface PackedParts {
  head: string;
  headSize: number;
  parts: { from: number; list: string }[];
}

export function packParts(summaries: readonly TemplateSummary[]): PackedParts {
  let listed = 0;
  let headSize = 0;
  while (headSize < summaries.length && listed < HEAD_LISTED) if (!summaries[headSize++]!.archived) listed++;
  const parts: PackedParts['parts'] = [];
  for (let from = headSize; from < summaries.length; from += PART_ROWS) parts.push({ from, list: packSummaries(summaries.slice(from, from + PART_ROWS)) });
  return { head: packSummaries(summaries.slice(0, headSize)), headSize, parts };
}

/** The summaries, or undefined when the text is not a packed list (nothing half-read is used). */
export function unpackSummaries(packed: string): TemplateSummary[] | undefined {
  let rows: unknown;
  try {
    rows = JSON.parse(packed);
  } catch {
    return undefined;
  }
  if (!Array.isArray(rows)) return undefined;
  const summaries: TemplateSummary[] = new Array(rows.length);
  for (let i = 0; i < rows.length; i++) {
    const row: unknown = rows[i];
    if (!Array.isArray(row) || row.length !== 5) return undefined;
    const [key, name, updatedAt, archived, variables] = row as unknown[];
    if (typeof key !== 'string' || typeof name !== 'string' || typeof updatedAt !== 'number' || (archived !== 0 && archived !== 1)) return undefined;
    if (!Array.isArray(variables) || !variables.every((variable) => typeof variable === 'string')) return undefined;
    summaries[i] = { key, name, updatedAt, archived: archived === 1, variables: variables as string[] };
  }
  return summaries;
}

/** The list this page holds: whole when it has `total` rows, else the first parts of its version so far. */
let held: { version: string; total: number; templates: TemplateSummary[] } | undefined;

/**
 * The version of the list this page holds, whole or as far as its parts have
 * arrived, to send as `have`: while it is still current, the answer carries no
 * list and the rows held are shown at once (a picker reopened while the rest
 * is still crossing goes on from there, instead of waiting for the head again).
 */
export function heldListVersion(): string | undefined {
  return held?.version;
}

/**
 * The list an answer stands for, as far as it has crossed: unpacked when it
 * came along (a part added to the rows of its version this page holds), the
 * held rows (whole, or the first parts so far) when the answer says the
 * version is unchanged, undefined when neither (ask again without `have`) or
 * when a part does not follow on from what is held (ask from the start). Rows
 * of two versions are never put together.
 */
export function listOf(answer: Pick<ResponseOf<'templates.list'>, 'version' | 'total' | 'list' | 'from'>): TemplateSummary[] | undefined {
  const { version, total, list, from } = answer;
  if (list === undefined) return heldListVersion() === version ? held!.templates : undefined;
  const rows = unpackSummaries(list);
  if (!rows) return undefined;
  if (from === undefined) {
    held = { version, total, templates: rows };
    return rows;
  }
  const mine = held?.version === version ? held.templates : [];
  // Parts come in order; one already held (a second open asked for it too) adds nothing.
  if (from > mine.length) return undefined;
  const templates = from + rows.length > mine.length ? mine.concat(rows.slice(mine.length - from)) : mine;
  if (templates.length > total) return undefined;
  held = { version, total, templates };
  return templates;
}
/** Forgets the held list (tests; a page that must not keep it). */
export function forgetHeldList(): void {
  held = undefined;
}
