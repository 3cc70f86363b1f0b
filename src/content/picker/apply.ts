import { isContractKey, readCustomBody, toCustomBody, toKeyValueRows, type BodyMode, type KeyValueRow, type PayloadState } from '../../shared/payload-contract';
import { t } from '../../shared/i18n';
import { LABELS } from '../clevertap/labels';
import { EditorLayoutError, type EditorContent, type EditorPort, type TouchedSnapshot } from '../clevertap/editor-port';

/** What one Apply wrote, read back from the editor: Undo reverts exactly this. */
export interface AppliedRecord {
  mode: BodyMode;
  /** The touched part before Apply. */
  before: TouchedSnapshot;
  /** The touched part as read back after Apply. */
  written: TouchedSnapshot;
  /** In key-value mode, the contract keys Apply wrote or removed. */
  keys: string[];
}

export type ApplyOutcome =
  | { kind: 'applied'; record: AppliedRecord; switchedToJson: boolean }
  /** The Custom Body holds the marketer's own content: ask before replacing it. */
  | { kind: 'needs-confirmation' }
  /** The editor did not keep what was written; `restored` says whether it is back as it was. */
  | { kind: 'failed'; problem: string; restored: boolean };

/**
 * Writes the payload into the editor's current body mode, then reads the editor
 * back. Success is claimed only for what was read back; on any difference the
 * touched part is put back as it was.
 */
export async function applyPayload(editor: EditorPort, state: PayloadState, options: { replaceForeign: boolean }): Promise<ApplyOutcome> {
  const mode = editor.bodyMode();
  if (!mode) throw new EditorLayoutError(t('error_noEditorFound'));
  const current = editor.read();
  if (current.mode === 'custom-body' && readCustomBody(current.text).kind === 'foreign' && !options.replaceForeign) return { kind: 'needs-confirmation' };

  const before = editor.snapshot();
  const wantedRows = toKeyValueRows(state);
  const keys = [...new Set([...wantedRows.map((row) => row.key), ...(before.mode === 'key-value' ? before.rows.map((row) => row.key.trim()) : [])])];
  let problem: string;
  try {
    const switchedToJson = editor.ensureJsonFormat();
    await editor.write(state);
    const difference = differenceFromWanted(readOrNull(editor), current, state);
    if (difference === null) return { kind: 'applied', record: { mode, before, written: editor.snapshot(), keys }, switchedToJson };
    problem = difference;
  } catch (error) {
    // Every failure gets a message: one without text must not read as success.
    problem = errorText(error);
  }
  return { kind: 'failed', problem, restored: await revertTo(editor, before, keys) };
}

/** Puts the touched part back as `before` holds it; true only if it reads back so. */
async function revertTo(editor: EditorPort, before: TouchedSnapshot, keys: string[]): Promise<boolean> {
  try {
    await editor.revert(before, new Set(keys));
    return differenceFromSnapshot(readOrNull(editor), before, keys) === null;
  } catch {
    return false;
  }
}

export type UndoOutcome =
  | { kind: 'undone' }
  /** The marketer changed rows (or the body) Apply wrote: ask before touching them. */
  | { kind: 'needs-confirmation'; changed: string[] }
  | { kind: 'failed'; problem: string };

/**
 * Reverts only what Apply wrote: its contract rows, matched by key, or the
 * Custom Body. Rows the marketer changed since are touched only when `force`;
 * the marketer's own rows never.
 */
export async function undoApply(editor: EditorPort, record: AppliedRecord, options: { force: boolean }): Promise<UndoOutcome> {
  if (editor.bodyMode() !== record.mode) {
    throw new EditorLayoutError(t('error_switchBodyBack', record.mode === 'key-value' ? LABELS.bodyModeKeyValue : LABELS.bodyModeCustom));
  }
  const changed = changedSince(record, editor.read());
  if (changed.length && !options.force) return { kind: 'needs-confirmation', changed };
  await editor.revert(record.before, new Set(record.keys));
  const problem = differenceFromSnapshot(readOrNull(editor), record.before, record.keys);
  return problem ? { kind: 'failed', problem } : { kind: 'undone' };
}

/** What the marketer changed, since Apply, of what Apply wrote. */
export function changedSince(record: AppliedRecord, now: EditorContent): string[] {
  if (record.written.mode === 'custom-body' || now.mode === 'custom-body') {
    return now.mode === 'custom-body' && record.written.mode === 'custom-body' && sameText(now.text, record.written.text) ? [] : [t('picker_theCustomBody', LABELS.bodyModeCustom)];
  }
  const written = record.written.rows;
  return record.keys.filter((key) => !sameValues(valuesOf(written, key), valuesOf(now.rows, key)));
}

/** What went wrong, in words, whatever was thrown. */
export function errorText(error: unknown): string {
  const text = error instanceof Error ? error.message : typeof error === 'string' ? error : '';
  return text.trim() || t('error_unexpected', error instanceof Error ? error.name : typeof error);
}

function readOrNull(editor: EditorPort): EditorContent | null {
  try {
    return editor.read();
  } catch {
    return null;
  }
}

/** Null when the editor holds the payload and, apart from our rows, what it held before. */
function differenceFromWanted(after: EditorContent | null, before: EditorContent, state: PayloadState): string | null {
  if (after?.mode === 'custom-body' && before.mode === 'custom-body') return sameText(after.text, toCustomBody(state)) ? null : t('error_customBodyNotKept');
  if (after?.mode !== 'key-value' || before.mode !== 'key-value') return t('error_readBackFailed');
  const wanted = toKeyValueRows(state);
  for (const { key, value } of wanted) {
    const found = valuesOf(after.rows, key);
    if (found.length !== 1 || found[0] !== value) return t('error_pairNotKept', key);
  }
  const stale = after.rows.find((row) => isContractKey(row.key) && !wanted.some((w) => w.key === row.key.trim()));
  if (stale) return t('error_stalePair', stale.key.trim());
  if (!sameValues(marketerRows(before.rows), marketerRows(after.rows))) return t('error_otherPairsChanged');
  return null;
}

/** Null when the touched part is as the snapshot holds it. */
function differenceFromSnapshot(now: EditorContent | null, snapshot: TouchedSnapshot, keys: string[]): string | null {
  if (now?.mode === 'custom-body' && snapshot.mode === 'custom-body') return sameText(now.text, snapshot.text) ? null : t('error_customBodyNotRestored');
  if (now?.mode !== 'key-value' || snapshot.mode !== 'key-value') return t('error_readBackFailed');
  const wrong = keys.find((key) => !sameValues(valuesOf(snapshot.rows, key), valuesOf(now.rows, key)));
  return wrong ? t('error_pairNotRestored', wrong) : null;
}

const valuesOf = (rows: readonly KeyValueRow[], key: string) => rows.filter((row) => row.key.trim() === key).map((row) => row.value);

/** The marketer's rows, in order (blank rows hold nothing and may be filled by Apply). */
const marketerRows = (rows: readonly KeyValueRow[]) => rows.filter((row) => !isContractKey(row.key) && (row.key || row.value)).map((row) => `${row.key}\u0000${row.value}`);

const sameValues = (a: readonly string[], b: readonly string[]) => a.length === b.length && a.every((value, index) => value === b[index]);

/** Code editors add a trailing newline or non-breaking spaces of their own. */
const sameText = (a: string, b: string) => normalize(a) === normalize(b);
const normalize = (text: string) => text.replace(/\u00a0/g, ' ').replace(/\r\n/g, '\n').trimEnd();
