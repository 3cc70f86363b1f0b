import { t } from '../../shared/i18n';
import {
  isContractKey,
  readCustomBody,
  toCustomBody,
  toKeyValueRows,
  type BodyMode,
  type PayloadState,
} from '../../shared/payload-contract';
import { EditorLayoutError, type EditorSnapshot, type WebhookEditorDom } from '../clevertap/webhook-editor-dom';

export type ApplyOutcome =
  | { kind: 'applied'; mode: BodyMode; snapshot: EditorSnapshot; switchedToJson: boolean; rowsAdded: number; rowsUpdated: number; rowsRemoved: number }
  /** The Custom Body holds the marketer's own content: ask before replacing it. */
  | { kind: 'needs-confirmation' };

/**
 * Writes the payload into the editor's current body mode. In key-value mode only
 * our rows (contract keys) are touched: updated in place, added at the end, or
 * removed when the template no longer has that variable.
 */
export async function applyPayload(editor: WebhookEditorDom, state: PayloadState, options: { replaceForeign: boolean }): Promise<ApplyOutcome> {
  const mode = editor.bodyMode();
  if (!mode) throw new EditorLayoutError(t('error_noEditorFound'));
  if (mode === 'custom-body') {
    const current = editor.readCustomBody();
    if (readCustomBody(current).kind === 'foreign' && !options.replaceForeign) return { kind: 'needs-confirmation' };
    const snapshot = editor.snapshot();
    const switchedToJson = editor.ensureJsonFormat();
    editor.writeCustomBody(toCustomBody(state));
    return { kind: 'applied', mode, snapshot, switchedToJson, rowsAdded: 0, rowsUpdated: 0, rowsRemoved: 0 };
  }

  const snapshot = editor.snapshot();
  const switchedToJson = editor.ensureJsonFormat();
  const wanted = new Map(toKeyValueRows(state).map((row) => [row.key, row.value]));
  const written = new Set<string>();
  let rowsUpdated = 0;
  const stale = [];
  for (const row of editor.rows()) {
    const key = row.key.value.trim();
    if (!isContractKey(key)) continue;
    if (wanted.has(key) && !written.has(key)) {
      if (row.value.value !== wanted.get(key) || row.key.value !== key) rowsUpdated++;
      editor.setRow(row, key, wanted.get(key)!);
      written.add(key);
    } else {
      stale.push(row);
    }
  }
  for (const row of stale.reverse()) await editor.removeRow(row);
  // A blank row holds nothing of the marketer's (CleverTap opens with one): fill it first.
  const blanks = editor.rows().filter((row) => !row.key.value && !row.value.value);
  let rowsAdded = 0;
  for (const [key, value] of wanted) {
    if (written.has(key)) continue;
    const row = blanks.shift() ?? (await editor.addRow());
    editor.setRow(row, key, value);
    rowsAdded++;
  }
  return { kind: 'applied', mode, snapshot, switchedToJson, rowsAdded, rowsUpdated, rowsRemoved: stale.length };
}
