import {
  fromKeyValueRows,
  readCustomBody,
  toCustomBody,
  toKeyValueRows,
  type BodyMode,
  type PayloadState,
} from '../../../shared/payload-contract';
import { EditorLayoutError, type EditorSnapshot, type WebhookEditorDom } from '../../clevertap/webhook-editor-dom';
import { applyPayload } from '../apply';
import { payloadStateOf } from './form';
import type { StatusMessage } from '../../../shared/ui/status';
import type { PickerSlice } from './slice';

/** The apply part: the editor's body mode, Apply, Undo, Copy payload and what they report. */
export interface ApplySlice {
  mode: BodyMode | null;
  status: StatusMessage | null;
  confirmReplace: boolean;
  undo: EditorSnapshot | null;
  busy: boolean;
  /** Reads the editor's body mode and, while the form is empty, the payload saved in it. */
  readEditor(): void;
  /** Keeps up with an editor that re-renders or changes body mode. */
  followEditor(): void;
  apply(replaceForeign?: boolean): Promise<void>;
  cancelReplace(): void;
  undoApply(): Promise<void>;
  copyPayload(): Promise<void>;
}

export function applySlice(editor: WebhookEditorDom): PickerSlice<ApplySlice> {
  return (set, get) => {
    const mode = (): BodyMode => get().mode ?? editor.bodyMode() ?? 'key-value';

    const fail = (error: unknown) => {
      const text =
        error instanceof EditorLayoutError
          ? `${error.message} This editor layout is not one we recognise: use Copy payload and paste it into the editor yourself.`
          : 'Something went wrong while writing to the editor. Your content was not replaced; use Copy payload instead.';
      set({ busy: false, status: { tone: 'error', text } });
    };

    return {
      mode: null,
      status: null,
      confirmReplace: false,
      undo: null,
      busy: false,

      readEditor() {
        let saved: PayloadState | null = null;
        let bodyMode: BodyMode | null = null;
        try {
          bodyMode = editor.bodyMode();
          if (bodyMode === 'key-value') saved = fromKeyValueRows(editor.readRows());
          if (bodyMode === 'custom-body') {
            const content = readCustomBody(editor.readCustomBody());
            if (content.kind === 'ours') saved = content.state;
          }
        } catch {
          // An editor we cannot read yet: the picker still works, Apply will explain.
        }
        if (get().mode !== bodyMode) set({ mode: bodyMode });
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
        set({ busy: true, confirmReplace: false, status: { tone: 'info', text: 'Writing to the editor…' } });
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
          const name = get().template?.name ?? get().templateKey;
          const where = outcome.mode === 'key-value' ? 'key-value pairs' : 'Custom Body';
          const json = outcome.switchedToJson ? ' The content format was set to JSON.' : '';
          set({ busy: false, undo: outcome.snapshot, mode: outcome.mode, status: { tone: 'success', text: `Applied "${name}" to the ${where}.${json} Save in CleverTap to keep it.` } });
        } catch (error) {
          fail(error);
        }
      },

      cancelReplace() {
        set({ confirmReplace: false, status: { tone: 'info', text: 'The Custom Body was left as it was.' } });
      },

      async undoApply() {
        const snapshot = get().undo;
        if (!snapshot) return;
        set({ busy: true });
        try {
          await editor.restore(snapshot);
          set({ busy: false, undo: null, status: { tone: 'success', text: 'The editor is back to what it held before Apply.' } });
        } catch (error) {
          fail(error);
        }
      },

      async copyPayload() {
        const bodyMode = mode();
        const text = payloadText(payloadStateOf(get()), bodyMode, '\t');
        try {
          await navigator.clipboard.writeText(text);
          set({
            status: {
              tone: 'success',
              text: bodyMode === 'custom-body' ? 'Payload copied: paste it into the Custom Body.' : 'Key-value pairs copied, one per line (key, tab, value).',
            },
          });
        } catch {
          set({ status: { tone: 'error', text: 'The clipboard is not available here. Select the payload shown below and copy it.' } });
        }
      },
    };
  };
}

/** The payload as text: the Custom Body, or one key-value pair a line. */
export function payloadText(state: PayloadState, mode: BodyMode, separator: string): string {
  return mode === 'custom-body' ? toCustomBody(state) : toKeyValueRows(state).map((row) => `${row.key}${separator}${row.value}`).join('\n');
}
