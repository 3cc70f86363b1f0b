import { own } from '../shared/own';
import { create } from 'zustand';
import { sendMessage } from '../shared/messaging';
import type { Failure, Freshness } from '../shared/protocol';
import { askTemplateList, type TemplateList } from '../shared/template-list';
import type { Template } from '../shared/template';
import { sampleValues, type Appearance } from '../shared/preview/variables';

export type ListState =
  | { status: 'loading' }
  | { status: 'failed'; failure: Failure }
  | ({ status: 'ready' } & TemplateList);

export type DetailState =
  | { key: string; status: 'loading' }
  | { key: string; status: 'ready'; template: Template }
  | { key: string; status: 'failed'; failure: Failure };

export interface PopupState {
  list: ListState;
  /** A refresh the marketer asked for is running. */
  forcing: boolean;
  /** Why the last refresh the marketer asked for failed, while the list stays. */
  refreshFailure?: Failure;
  query: string;
  showArchived: boolean;
  /** The keyboard-active template in the list (kept across filtering). */
  activeKey?: string;
  /** The template being previewed; undefined shows the list. */
  detail?: DetailState;
  /** Edited variable values, per template key. */
  values: Record<string, Record<string, string>>;
  appearance: Appearance;

  loadTemplates(freshness?: Freshness): Promise<void>;
  setQuery(query: string): void;
  setShowArchived(show: boolean): void;
  setActiveKey(key: string | undefined): void;
  openTemplate(key: string): Promise<void>;
  closeTemplate(): void;
  setValue(templateKey: string, name: string, value: string): void;
  resetValues(templateKey: string): void;
  setAppearance(appearance: Appearance): void;
}

function systemAppearance(): Appearance {
  try {
    return typeof matchMedia === 'function' && matchMedia('(prefers-color-scheme: dark)').matches ? 'dark' : 'light';
  } catch {
    return 'light';
  }
}

const initialData = () => ({
  list: { status: 'loading' } as ListState,
  forcing: false,
  refreshFailure: undefined,
  query: '',
  showArchived: false,
  activeKey: undefined,
  detail: undefined,
  values: {},
  appearance: systemAppearance(),
});

// Only the newest list request may change the state: an automatic "wait" for a
// background refresh must not overwrite the answer to a later manual refresh.
let listRequest = 0;

export const usePopupStore = create<PopupState>()((set, get) => ({
  ...initialData(),

  async loadTemplates(freshness = 'cached') {
    const request = ++listRequest;
    const before = get().list;
    if (before.status !== 'ready') set({ list: { status: 'loading' } });
    if (freshness === 'force') set({ forcing: true, refreshFailure: undefined });

    const reply = await askTemplateList(freshness);
    if (request !== listRequest) return;
    if (!reply.ok) {
      const current = get().list;
      if (current.status === 'ready' && reply.failure.kind !== 'not-configured') set({ forcing: false, refreshFailure: reply.failure });
      else set({ forcing: false, list: { status: 'failed', failure: reply.failure } });
      return;
    }
    set({ forcing: false, list: toReady(reply.data) });
    // The background answered from its cache and is refreshing: ask for the result.
    if (reply.data.refreshing && freshness !== 'wait') void get().loadTemplates('wait');
  },

  setQuery(query) {
    set({ query });
  },

  setShowArchived(showArchived) {
    set({ showArchived });
  },

  setActiveKey(activeKey) {
    set({ activeKey });
  },

  async openTemplate(key) {
    set({ detail: { key, status: 'loading' }, activeKey: key });
    const reply = await sendMessage('templates.get', { key });
    if (get().detail?.key !== key) return;
    if (!reply.ok) {
      set({ detail: { key, status: 'failed', failure: reply.failure } });
      return;
    }
    const { template } = reply.data;
    const values = get().values;
    set({
      detail: { key, status: 'ready', template },
      values: own(values, key) ? values : { ...values, [key]: sampleValues(template) },
    });
  },

  closeTemplate() {
    set({ detail: undefined });
  },

  setValue(templateKey, name, value) {
    const values = get().values;
    set({ values: { ...values, [templateKey]: { ...own(values, templateKey), [name]: value } } });
  },

  resetValues(templateKey) {
    const detail = get().detail;
    if (detail?.status !== 'ready' || detail.key !== templateKey) return;
    set({ values: { ...get().values, [templateKey]: sampleValues(detail.template) } });
  },

  setAppearance(appearance) {
    set({ appearance });
  },
}));

function toReady(data: TemplateList): ListState {
  return {
    status: 'ready',
    templates: data.templates,
    version: data.version,
    total: data.total,
    fetchedAt: data.fetchedAt,
    stale: data.stale,
    refreshing: data.refreshing,
    error: data.error,
    skipped: data.skipped,
    skippedReasons: data.skippedReasons,
  };
}
