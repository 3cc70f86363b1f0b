import { createStore } from 'zustand/vanilla';
import { parseReply, sendMessage } from '../../shared/messaging';
import { explainSendbirdError } from '../../shared/sendbird-error';
import {
  DEFAULT_RECEIVER_PROPERTY,
  fromKeyValueRows,
  parseTypedSource,
  readCustomBody,
  sourceProblem,
  toCustomBody,
  toKeyValueRows,
  type BodyMode,
  type PayloadState,
  type VariableSource,
} from '../../shared/payload-contract';
import type { TemplateSummary } from '../../shared/protocol';
import type { Template } from '../../shared/template';
import { EditorLayoutError, WebhookEditorDom, type EditorSnapshot } from '../clevertap/webhook-editor-dom';
import { applyPayload } from './apply';

export type Tone = 'info' | 'success' | 'error' | 'warning';

export type CatalogueState =
  | { phase: 'loading' }
  | { phase: 'not-configured' }
  | { phase: 'error'; message: string }
  | { phase: 'ready'; templates: TemplateSummary[]; stale: boolean; refreshing: boolean; fetchedAt: number; warning?: string };

export type FieldKey = 'template' | 'receiver' | 'eventName' | `variable:${string}`;

export interface PickerState {
  catalogue: CatalogueState;
  templateKey: string | null;
  template: Template | null;
  templateLoading: boolean;
  receiverProperty: string;
  eventName: string;
  variables: Record<string, VariableSource>;
  errors: Partial<Record<FieldKey, string>>;
  mode: BodyMode | null;
  status: { tone: Tone; text: string } | null;
  confirmReplace: boolean;
  undo: EditorSnapshot | null;
  busy: boolean;
}

export interface PickerActions {
  loadCatalogue(freshness?: 'cached' | 'force'): Promise<void>;
  readEditor(): void;
  selectTemplate(key: string): Promise<void>;
  setVariable(name: string, source: VariableSource): void;
  setReceiver(value: string): void;
  setEventName(value: string): void;
  apply(replaceForeign?: boolean): Promise<void>;
  cancelReplace(): void;
  undoApply(): Promise<void>;
  copyPayload(): Promise<void>;
  openSettings(): void;
}

export type PickerStore = ReturnType<typeof createPickerStore>;

const EMPTY_TEXT: VariableSource = { kind: 'text', text: '' };

export function createPickerStore(editor: WebhookEditorDom, prefetchedCatalogue?: Promise<unknown>) {
  return createStore<PickerState & PickerActions>()((set, get) => {
    const mode = (): BodyMode => get().mode ?? editor.bodyMode() ?? 'key-value';

    const payloadState = () => payloadStateOf(get());

    const validate = (): boolean => {
      const state = get();
      const errors: PickerState['errors'] = {};
      const bodyMode = mode();
      if (!state.templateKey) errors.template = 'Choose a template.';
      else if (state.catalogue.phase === 'ready' && !state.catalogue.templates.some((t) => t.key === state.templateKey)) {
        errors.template = `Template "${state.templateKey}" is not in your Sendbird app any more. Choose another one.`;
      } else if (!state.template) errors.template = 'The template is still loading.';
      const receiverProblem = sourceProblem({ kind: 'profile', property: state.receiverProperty.trim(), fallback: '' }, bodyMode);
      if (!state.receiverProperty.trim()) errors.receiver = 'Enter the profile property that holds the Sendbird user ID.';
      else if (receiverProblem) errors.receiver = receiverProblem;
      if (!state.eventName.trim()) errors.eventName = 'Enter the event name Sendbird reports delivery and reads with.';
      for (const [name, source] of Object.entries(payloadState().variables)) {
        const empty = source.kind === 'text' && !source.text.trim();
        const problem = empty ? 'Enter a value, or choose a profile or event property.' : sourceProblem(source, bodyMode);
        if (problem) errors[`variable:${name}`] = problem;
      }
      set({ errors });
      return Object.keys(errors).length === 0;
    };

    const fail = (error: unknown) => {
      const text =
        error instanceof EditorLayoutError
          ? `${error.message} This editor layout is not one we recognise: use Copy payload and paste it into the editor yourself.`
          : 'Something went wrong while writing to the editor. Your content was not replaced; use Copy payload instead.';
      set({ busy: false, status: { tone: 'error', text } });
    };

    return {
      catalogue: { phase: 'loading' },
      templateKey: null,
      template: null,
      templateLoading: false,
      receiverProperty: DEFAULT_RECEIVER_PROPERTY,
      eventName: '',
      variables: {},
      errors: {},
      mode: null,
      status: null,
      confirmReplace: false,
      undo: null,
      busy: false,

      async loadCatalogue(freshness = 'cached') {
        if (freshness === 'force' && get().catalogue.phase === 'ready') {
          set({ catalogue: { ...(get().catalogue as Extract<CatalogueState, { phase: 'ready' }>), refreshing: true } });
        }
        // The loader's early request answers the first plain read.
        const early = freshness === 'cached' ? prefetchedCatalogue : undefined;
        prefetchedCatalogue = undefined;
        const earlyReply = early ? await early : undefined;
        let reply = earlyReply === undefined ? await sendMessage('templates.list', { freshness }) : parseReply('templates.list', earlyReply);
        if (reply.ok && reply.data.refreshing) {
          set({ catalogue: { phase: 'ready', templates: reply.data.templates, stale: reply.data.stale, refreshing: true, fetchedAt: reply.data.fetchedAt } });
          reply = await sendMessage('templates.list', { freshness: 'wait' });
        }
        if (!reply.ok) {
          if (reply.failure.kind === 'not-configured') set({ catalogue: { phase: 'not-configured' } });
          else set({ catalogue: { phase: 'error', message: reply.failure.message } });
          return;
        }
        const { templates, stale, refreshing, fetchedAt, error, skipped } = reply.data;
        const warnings = [
          error ? `Showing the last templates we could load. ${explainSendbirdError(error)}` : '',
          skipped ? `${skipped} template${skipped === 1 ? '' : 's'} could not be read and ${skipped === 1 ? 'is' : 'are'} not listed.` : '',
        ].filter(Boolean);
        set({
          catalogue: {
            phase: 'ready',
            templates,
            stale,
            refreshing,
            fetchedAt,
            ...(warnings.length ? { warning: warnings.join(' ') } : {}),
          },
        });
      },

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
        if (!saved || get().templateKey) return;
        set({
          templateKey: saved.templateKey,
          receiverProperty: saved.receiverProperty,
          eventName: saved.eventName,
          variables: saved.variables,
        });
        void get().selectTemplate(saved.templateKey);
      },

      async selectTemplate(key) {
        set({ templateKey: key, templateLoading: true, errors: { ...get().errors, template: undefined } });
        const reply = await sendMessage('templates.get', { key });
        if (get().templateKey !== key) return;
        if (!reply.ok) {
          set({ template: null, templateLoading: false, errors: { ...get().errors, template: reply.failure.message } });
          return;
        }
        const template = reply.data.template;
        const previous = get().variables;
        const variables = Object.fromEntries(template.variables.map((variable) => [variable.name, previous[variable.name] ?? EMPTY_TEXT]));
        set({ template, templateLoading: false, variables });
      },

      setVariable(name, source) {
        const errors = { ...get().errors };
        delete errors[`variable:${name}`];
        // Personalization typed into a text field, in either syntax, is personalization.
        if (source.kind === 'text') source = parseTypedSource(source.text);
        set({ variables: { ...get().variables, [name]: source }, errors });
      },

      setReceiver(value) {
        const typed = parseTypedSource(value);
        const property = typed.kind === 'profile' ? typed.property : value;
        set({ receiverProperty: property, errors: { ...get().errors, receiver: undefined } });
      },

      setEventName(value) {
        set({ eventName: value, errors: { ...get().errors, eventName: undefined } });
      },

      async apply(replaceForeign = false) {
        set({ mode: editor.bodyMode() });
        if (!validate()) {
          set({ status: { tone: 'error', text: 'Fix the fields marked below, then apply again.' }, confirmReplace: false });
          return;
        }
        set({ busy: true, confirmReplace: false, status: { tone: 'info', text: 'Writing to the editor…' } });
        try {
          const outcome = await applyPayload(editor, payloadState(), { replaceForeign });
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
        const text = payloadText(payloadState(), bodyMode, '\t');
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

      openSettings() {
        void sendMessage('settings.open', {});
      },
    };
  });
}

/** What Apply writes: the form, trimmed, with one value per variable of the chosen template. */
export function payloadStateOf(state: Pick<PickerState, 'templateKey' | 'receiverProperty' | 'eventName' | 'variables' | 'template'>): PayloadState {
  const { templateKey, receiverProperty, eventName, variables, template } = state;
  const names = template ? template.variables.map((variable) => variable.name) : Object.keys(variables);
  return {
    templateKey: templateKey ?? '',
    receiverProperty: receiverProperty.trim(),
    eventName: eventName.trim(),
    variables: Object.fromEntries(names.map((name) => [name, variables[name] ?? EMPTY_TEXT])),
  };
}

/** The payload as text: the Custom Body, or one key-value pair a line. */
export function payloadText(state: PayloadState, mode: BodyMode, separator: string): string {
  return mode === 'custom-body' ? toCustomBody(state) : toKeyValueRows(state).map((row) => `${row.key}${separator}${row.value}`).join('\n');
}
