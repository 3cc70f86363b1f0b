import {
  fromKeyValueRows,
  readCustomBody,
  toCustomBody,
  toKeyValueRows,
  type BodyMode,
  type PayloadState,
} from '../../../shared/payload-contract';
import { t } from '../../../shared/i18n';
import { EditorLayoutError, type EditorPort } from '../../clevertap/editor-port';
import { applyPayload, undoApply, type AppliedRecord } from '../apply';
import { payloadStateOf } from './form';
import type { StatusMessage } from '../../../shared/ui/status';
import type { PickerSlice } from './slice';

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
      const text =
        error instanceof EditorLayoutError
          ? `${error.message} This editor layout is not one we recognise: use Copy payload and paste it into the editor yourself.`
          : 'Something went wrong while writing to the editor. Your content was not replaced; use Copy payload instead.';
      set({ busy: false, confirmUndo: null, status: { tone: 'error', text }, ...(error instanceof EditorLayoutError ? { layoutUnknown: true } : {}) });
    };

    const copy = async (text: string, done: string) => {
      try {
        await navigator.clipboard.writeText(text);
        set({ status: { tone: 'success', text: done } });
      } catch {
        set({ status: { tone: 'error', text: 'The clipboard is not available here. Select the payload shown below and copy it.' } });
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
          set({ status: { tone: 'error', text: 'Fix the fields marked below, then apply again.' }, confirmReplace: false });
          return;
        }
        set({ busy: true, confirmReplace: false, confirmUndo: null, status: { tone: 'info', text: 'Writing to the editor…' } });
        try {
          const outcome = await applyPayload(editor, payloadStateOf(get()), { replaceForeign });
          if (outcome.kind === 'needs-confirmation') {
            set({
              busy: false,
              confirmReplace: true,
              status: { tone: 'warning', text: 'The Custom Body holds content that is not a Sendbird payload. Replace it? You can undo.' },
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
          const where = bodyMode === 'key-value' ? 'key-value pairs' : 'Custom Body';
          const json = outcome.switchedToJson ? ' The content format was set to JSON.' : '';
          set({ busy: false, undo: outcome.record, mode: bodyMode, status: { tone: 'success', text: `Applied "${name}" to the ${where}.${json} Save in CleverTap to keep it.` } });
        } catch (error) {
          fail(error);
        }
      },

      cancelReplace() {
        set({ confirmReplace: false, status: { tone: 'info', text: 'The Custom Body was left as it was.' } });
      },

      async undoApply(force = false) {
        const record = get().undo;
        if (!record) return;
        set({ busy: true, confirmUndo: null });
        try {
          const outcome = await undoApply(editor, record, { force });
          if (outcome.kind === 'needs-confirmation') {
            set({ busy: false, confirmUndo: outcome.changed, status: { tone: 'warning', text: t('picker_undoAsk', outcome.changed.join(', ')) } });
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
        await copy(text, bodyMode === 'custom-body' ? 'Payload copied: paste it into the Custom Body.' : 'Key-value pairs copied, one per line (key, tab, value).');
      },

      async copyLayoutReport() {
        await copy(editor.layoutReport(), t('picker_layoutReportCopied'));
      },
    };
  };
}

/** The payload as text: the Custom Body, or one key-value pair a line. */
export function payloadText(state: PayloadState, mode: BodyMode, separator: string): string {
  return mode === 'custom-body' ? toCustomBody(state) : toKeyValueRows(state).map((row) => `${row.key}${separator}${row.value}`).join('\n');
}
