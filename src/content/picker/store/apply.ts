import {
  fromKeyValueRows,
  readCustomBody,
  toCustomBody,
  toKeyValueRows,
  type BodyMode,
  type PayloadState,
} from '../../../shared/payload-contract';
import { joinSentences, t, tPlural } from '../../../shared/i18n';
import { EditorLayoutError, type EditorPort } from '../../clevertap/editor-port';
import { applyPayload, errorText, undoApply, type AppliedRecord } from '../apply';
import { payloadStateOf } from './form';
import type { StatusMessage } from '../../../shared/ui/status';
import type { PickerSlice, PickerState } from './slice';
import type { FieldKey } from './form';

/** The apply part: the editor's body mode, Apply, Undo, Copy payload and what they report. */
export interface ApplySlice {
  mode: BodyMode | null;
  status: StatusMessage | null;
  confirmReplace: boolean;
  /** What the last Apply wrote, as read back; Undo reverts exactly this. */
  undo: AppliedRecord | null;
  /** Rows (or the body) the marketer changed since Apply: Undo asks before touching them. */
  confirmUndo: string[] | null;
  /** The dialog is not a layout we can drive: Copy layout report is offered. */
  layoutUnknown: boolean;
  busy: boolean;
  /** Reads the editor's body mode and, while the form is empty, the payload saved in it. */
  readEditor(): void;
  /** Keeps up with an editor that re-renders or changes body mode. */
  followEditor(): void;
  apply(replaceForeign?: boolean): Promise<void>;
  cancelReplace(): void;
  /** Reverts what Apply wrote; with `force`, also rows the marketer changed since. */
  undoApply(force?: boolean): Promise<void>;
  cancelUndo(): void;
  copyPayload(): Promise<void>;
  copyLayoutReport(): Promise<void>;
}

export function applySlice(editor: EditorPort): PickerSlice<ApplySlice> {
  return (set, get) => {
    const mode = (): BodyMode => get().mode ?? editor.bodyMode() ?? 'key-value';

    const fail = (error: unknown) => {
      const text = error instanceof EditorLayoutError ? t('picker_layoutUnknown', error.message) : t('picker_applyError', errorText(error));
      set({ busy: false, confirmUndo: null, status: { tone: 'error', text }, ...(error instanceof EditorLayoutError ? { layoutUnknown: true } : {}) });
    };

    const copy = async (text: string, done: string) => {
      try {
        await navigator.clipboard.writeText(text);
        set({ status: { tone: 'success', text: done } });
      } catch {
        set({ status: { tone: 'error', text: t('picker_clipboardUnavailable') } });
      }
    };

    return {
      mode: null,
      status: null,
      confirmReplace: false,
      undo: null,
      confirmUndo: null,
      layoutUnknown: false,
      busy: false,

      readEditor() {
        let saved: PayloadState | null = null;
        let bodyMode: BodyMode | null = null;
        try {
          bodyMode = editor.bodyMode();
          const content = bodyMode ? editor.read() : null;
          if (content?.mode === 'key-value') saved = fromKeyValueRows(content.rows);
          if (content?.mode === 'custom-body') {
            const body = readCustomBody(content.text);
            if (body.kind === 'ours') saved = body.state;
          }
        } catch {
          // An editor we cannot read yet: the picker still works, Apply will explain.
        }
        if (get().mode !== bodyMode) set({ mode: bodyMode });
        // No body mode we know: Copy layout report is how the marketer tells us about it.
        if (get().layoutUnknown !== (bodyMode === null)) set({ layoutUnknown: bodyMode === null });
        if (saved && !get().templateKey) get().restore(saved);
      },

      followEditor() {
        if (!get().templateKey) get().readEditor();
        else if (editor.bodyMode() !== get().mode) set({ mode: editor.bodyMode() });
      },

      async apply(replaceForeign = false) {
        set({ mode: editor.bodyMode() });
        if (!get().validate(mode())) {
          const invalid = invalidFieldsInOrder(get());
          set({ status: { tone: 'error', text: tPlural('picker_fixFields', invalid.length, invalid[0] ?? '') }, confirmReplace: false });
          return;
        }
        set({ busy: true, confirmReplace: false, confirmUndo: null, status: { tone: 'info', text: t('picker_writing') } });
        try {
          const outcome = await applyPayload(editor, payloadStateOf(get()), { replaceForeign });
          if (outcome.kind === 'needs-confirmation') {
            set({
              busy: false,
              confirmReplace: true,
              // The question is in the confirmation itself (Picker.tsx), with its answers.
              status: null,
            });
            return;
          }
          if (outcome.kind === 'failed') {
            // Success is only claimed for what was read back.
            set({ busy: false, status: { tone: 'error', text: t(outcome.restored ? 'picker_applyFailedRestored' : 'picker_applyFailedNotRestored', outcome.problem) } });
            return;
          }
          const name = get().template?.name ?? get().templateKey;
          const bodyMode = outcome.record.mode;
          const text = joinSentences(
            t(bodyMode === 'key-value' ? 'picker_appliedKeyValue' : 'picker_appliedCustomBody', name ?? ''),
            outcome.switchedToJson && t('picker_formatSetToJson'),
            t('picker_saveToKeep'),
          );
          set({ busy: false, undo: outcome.record, mode: bodyMode, status: { tone: 'success', text } });
        } catch (error) {
          fail(error);
        }
      },

      cancelReplace() {
        set({ confirmReplace: false, status: { tone: 'info', text: t('picker_replaceKept') } });
      },

      async undoApply(force = false) {
        const record = get().undo;
        if (!record) return;
        set({ busy: true, confirmUndo: null });
        try {
          const outcome = await undoApply(editor, record, { force });
          if (outcome.kind === 'needs-confirmation') {
            set({ busy: false, confirmUndo: outcome.changed, status: null });
          } else if (outcome.kind === 'failed') {
            set({ busy: false, status: { tone: 'error', text: t('picker_undoFailed', outcome.problem) } });
          } else {
            set({ busy: false, undo: null, status: { tone: 'success', text: t('picker_undone') } });
          }
        } catch (error) {
          fail(error);
        }
      },

      cancelUndo() {
        set({ confirmUndo: null, status: { tone: 'info', text: t('picker_undoKept') } });
      },

      async copyPayload() {
        const bodyMode = mode();
        const text = payloadText(payloadStateOf(get()), bodyMode, '\t');
        await copy(text, bodyMode === 'custom-body' ? t('picker_payloadCopied') : t('picker_rowsCopied'));
      },

      async copyLayoutReport() {
        await copy(editor.layoutReport(), t('picker_layoutReportCopied'));
      },
    };
  };
}

/** The labels of the fields validate() marked, in the order the form shows them. */
function invalidFieldsInOrder(state: PickerState): string[] {
  const fields: Array<[FieldKey, string]> = [
    ['template', t('picker_templateLabel')],
    ...(state.template?.variables ?? []).map((variable): [FieldKey, string] => [`variable:${variable.name}`, variable.name]),
    ['receiver', t('picker_receiver')],
    ['eventName', t('picker_eventName')],
  ];
  return fields.filter(([key]) => state.errors[key]).map(([, label]) => label);
}

/** The payload as text: the Custom Body, or one key-value pair a line. */
export function payloadText(state: PayloadState, mode: BodyMode, separator: string): string {
  return mode === 'custom-body' ? toCustomBody(state) : toKeyValueRows(state).map((row) => `${row.key}${separator}${row.value}`).join('\n');
}
