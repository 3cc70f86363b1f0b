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
 * 50 options, the popup fewer rows. A list answer to an asker that says `head`
 * carries only the first rows up to this many listed (not archived) ones, so a
 * new page shows a 20,000-template catalogue without waiting for all of it.
 */
export const HEAD_LISTED = 100;

/** The first rows of a list, up to HEAD_LISTED listed ones (every row when fewer), packed, and how many. */
export function packHead(summaries: readonly TemplateSummary[]): { packed: string; size: number } {
  let listed = 0;
  let size = 0;
  while (size < summaries.length && listed < HEAD_LISTED) if (!summaries[size++]!.archived) listed++;
  return { packed: packSummaries(summaries.slice(0, size)), size };
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

let held: { version: string; templates: TemplateSummary[] } | undefined;

/** The version of the list this page holds, to send as `have`. */
export function heldListVersion(): string | undefined {
  return held?.version;
}

/**
 * The list an answer stands for (or its first rows, for a `head` answer):
 * unpacked when it came along, the held one when
 * the answer says it is unchanged, undefined when neither (ask again without `have`).
 */
export function listOf(answer: Pick<ResponseOf<'templates.list'>, 'version' | 'list' | 'head'>): TemplateSummary[] | undefined {
  if (answer.list === undefined) return held?.version === answer.version ? held.templates : undefined;
  const templates = unpackSummaries(answer.list);
  // Only a whole list is held: a head is the first screen, not the version.
  if (templates && !answer.head) held = { version: answer.version, templates };
  return templates;
}

/** Forgets the held list (tests; a page that must not keep it). */
export function forgetHeldList(): void {
  held = undefined;
}
