import { own } from '../shared/own';
import { create } from 'zustand';
import { sendMessage } from '../shared/messaging';
import type { Failure, Freshness, ResponseOf } from '../shared/protocol';
import { followTemplateList, isOfflineFailure, retryWhenOnline, type TemplateList } from '../shared/template-list';
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

export type SetupState = { phase: 'loading' } | { phase: 'failed'; message: string } | ({ phase: 'ready' } & ResponseOf<'setup.status'>);

export interface PopupState {
  /** Whether an app is connected (setup.status), asked once per popup. */
  setup: SetupState;
  list: ListState;
  /** A refresh the marketer asked for is running. */
  forcing: boolean;
  /** Why the last refresh failed, while the list stays. */
  refreshFailure?: Failure;
  /** Said after the list was reloaded because the app changed in settings. */
  notice?: string;
  query: string;
  showArchived: boolean;
  /** The keyboard-active template in the list (kept across filtering). */
  activeKey?: string;
  /** The template being previewed; undefined shows the list. */
  detail?: DetailState;
  /** Edited variable values, per template key. */
  values: Record<string, Record<string, string>>;
  appearance: Appearance;

  /** The list was asked for at least once in this popup. */
  listAsked: boolean;
  /** setup.status was asked in this popup. */
  setupAsked: boolean;

  loadTemplates(freshness?: Freshness): Promise<void>;
  /** Asks again for the parts of a long list that did not arrive (the rows held stay; no sync). */
  loadRest(): Promise<void>;
  /** The first load of the list, once: main.tsx starts it with the page, beside setup.status, rather than after it. */
  startTemplates(): void;
  /** setup.status, once: main.tsx asks with the page, beside the list, not after the first render. */
  startSetup(): void;
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
  setup: { phase: 'loading' } as SetupState,
  setupAsked: false,
  list: { status: 'loading' } as ListState,
  listAsked: false,
  forcing: false,
  refreshFailure: undefined,
  notice: undefined,
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
let cancelOnlineRetry = () => {};

export const usePopupStore = create<PopupState>()((set, get) => ({
  ...initialData(),

  async loadTemplates(freshness = 'cached') {
    const request = ++listRequest;
    set({ listAsked: true });
    cancelOnlineRetry();
    const before = get().list;
    if (before.status !== 'ready') set({ list: { status: 'loading' } });
    if (freshness === 'force') set({ forcing: true, refreshFailure: undefined });

    const failure = await followTemplateList(
      freshness,
      (answer) => {
        if (request !== listRequest) return;
        const current = get().list;
        // Another app's list: what was open belongs to the old one.
        if (current.status === 'ready' && current.app.appId !== answer.app.appId) set({ detail: undefined, activeKey: undefined });
        // An answer is newer than a refresh that failed before it: a refreshFailure, while set, is the newest failure (its banner wins over list.error's).
        set({ list: { status: 'ready', ...answer }, refreshFailure: undefined });
      },
      undefined,
      before.status === 'ready' ? before : undefined,
    );
    if (request !== listRequest) return;
    set({ forcing: false });
    if (!failure) return;
    if (failure.kind === 'app-changed') {
      set({ notice: failure.message });
      return void get().loadTemplates('cached');
    }
    const current = get().list;
    // A failed refresh keeps the list (a partial one too, said as such), marks it stale, and every spinner ends.
    // A first sync that failed before any template arrived has nothing to keep: a failed load, not an app without templates.
    const nothingArrived = current.status === 'ready' && current.progress !== undefined && current.templates.length === 0;
    if (current.status === 'ready' && failure.kind !== 'not-configured' && !nothingArrived) set({ refreshFailure: failure, list: { ...current, refreshing: false, stale: true } });
    else set({ list: { status: 'failed', failure } });
    // Back online, back to work: one retry, no click needed.
    if (isOfflineFailure(failure)) cancelOnlineRetry = retryWhenOnline(() => void get().loadTemplates('force'));
  },

  loadRest() {
    set({ refreshFailure: undefined });
    return get().loadTemplates('cached');
  },

  startTemplates() {
    if (!get().listAsked) void get().loadTemplates('cached');
  },

  startSetup() {
    if (get().setupAsked) return;
    set({ setupAsked: true });
    void sendMessage('setup.status', {}).then((reply) =>
      set({ setup: reply.ok ? { phase: 'ready', ...reply.data } : { phase: 'failed', message: reply.failure.message } }),
    );
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
    const list = get().list;
    // The key names a template in the app its list came from; the background refuses another app's.
    const reply = await sendMessage('templates.get', { key, ...(list.status === 'ready' ? { app: list.app } : {}) });
    if (get().detail?.key !== key) return;
    if (!reply.ok) {
      if (reply.failure.kind === 'app-changed') {
        set({ detail: undefined, notice: reply.failure.message });
        return void get().loadTemplates('cached');
      }
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
