import { own } from '../../../shared/own';
import { sendMessage } from '../../../shared/messaging';
import {
  DEFAULT_RECEIVER_PROPERTY,
  parseTypedSource,
  sourceProblem,
  typedTextProblem,
  variableProblem,
  type BodyMode,
  type PayloadState,
  type VariableSource,
} from '../../../shared/payload-contract';
import { isTemplateKey, type Template } from '../../../shared/template';
import type { PickerSlice } from './slice';
import { t } from '../../../shared/i18n';

export type FieldKey = 'template' | 'receiver' | 'eventName' | `variable:${string}`;

/** The form part: what the marketer chose and typed, and what is wrong with it. */
export interface FormSlice {
  templateKey: string | null;
  template: Template | null;
  templateLoading: boolean;
  receiverProperty: string;
  eventName: string;
  variables: Record<string, VariableSource>;
  errors: Partial<Record<FieldKey, string>>;
  /** Fills the form with a payload read back from the editor, then loads its template. */
  restore(saved: PayloadState): void;
  selectTemplate(key: string): Promise<void>;
  setVariable(name: string, source: VariableSource): void;
  setReceiver(value: string): void;
  setEventName(value: string): void;
  /** Marks every field that is wrong for `mode`; true when none is. */
  validate(mode: BodyMode): boolean;
}

export const EMPTY_TEXT: VariableSource = { kind: 'text', text: '' };

export const formSlice: PickerSlice<FormSlice> = (set, get) => ({
  templateKey: null,
  template: null,
  templateLoading: false,
  receiverProperty: DEFAULT_RECEIVER_PROPERTY,
  eventName: '',
  variables: {},
  errors: {},

  restore(saved) {
    set({
      templateKey: saved.templateKey,
      receiverProperty: saved.receiverProperty,
      eventName: saved.eventName,
      variables: saved.variables,
    });
    void get().selectTemplate(saved.templateKey);
  },

  async selectTemplate(key) {
    // A key read from the editor is the page's to plant: one that cannot be a template key is never asked for.
    if (!isTemplateKey(key)) {
      set({ templateKey: key, template: null, templateLoading: false, errors: { ...get().errors, template: t('error_templateNotInCatalogue', key.slice(0, 100)) } });
      return;
    }
    set({ templateKey: key, templateLoading: true, errors: { ...get().errors, template: undefined } });
    const catalogue = get().catalogue;
    // The key names a template in the app its list came from; the background refuses another app's.
    const reply = await sendMessage('templates.get', { key, ...(catalogue.phase === 'ready' ? { app: catalogue.app } : {}) });
    if (get().templateKey !== key) return;
    if (!reply.ok) {
      if (reply.failure.kind === 'app-changed') return get().reloadForAppChange(reply.failure.message);
      set({ template: null, templateLoading: false, errors: { ...get().errors, template: reply.failure.message } });
      return;
    }
    const template = reply.data.template;
    const previous = get().variables;
    const variables = Object.fromEntries(template.variables.map((variable) => [variable.name, own(previous, variable.name) ?? EMPTY_TEXT]));
    set({ template, templateLoading: false, variables, notice: null });
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

  validate(mode) {
    const state = get();
    const errors: FormSlice['errors'] = {};
    if (!state.templateKey) errors.template = t('picker_chooseTemplate');
    // A list still arriving may not hold it yet: only a complete list says it is gone.
    else if (state.catalogue.phase === 'ready' && !state.catalogue.progress && !state.catalogue.templates.some((t) => t.key === state.templateKey)) {
      errors.template = t('picker_templateGone', state.templateKey);
    } else if (!state.template) errors.template = t('picker_templateStillLoading');
    const receiverProblem = sourceProblem({ kind: 'profile', property: state.receiverProperty.trim(), fallback: '' }, mode);
    if (!state.receiverProperty.trim()) errors.receiver = t('picker_receiverMissing');
    else if (receiverProblem) errors.receiver = receiverProblem;
    if (!state.eventName.trim()) errors.eventName = t('picker_eventNameMissing');
    else if (typedTextProblem(state.eventName)) errors.eventName = typedTextProblem(state.eventName);
    for (const [name, source] of Object.entries(payloadStateOf(state).variables)) {
      const empty = source.kind === 'text' && !source.text.trim();
      const problem = empty ? t('picker_valueMissing') : variableProblem(source, mode);
      if (problem) errors[`variable:${name}`] = problem;
    }
    set({ errors });
    return Object.keys(errors).length === 0;
  },
});

/** What Apply writes: the form, trimmed, with one value per variable of the chosen template. */
export function payloadStateOf(state: Pick<FormSlice, 'templateKey' | 'receiverProperty' | 'eventName' | 'variables' | 'template'>): PayloadState {
  const { templateKey, receiverProperty, eventName, variables, template } = state;
  const names = template ? template.variables.map((variable) => variable.name) : Object.keys(variables);
  return {
    templateKey: templateKey ?? '',
    receiverProperty: receiverProperty.trim(),
    eventName: eventName.trim(),
    variables: Object.fromEntries(names.map((name) => [name, own(variables, name) ?? EMPTY_TEXT])),
  };
}
