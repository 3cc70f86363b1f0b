import { sendMessage } from '../../../shared/messaging';
import { followTemplateList, isOfflineFailure, retryWhenOnline, type ListProgress } from '../../../shared/template-list';
import type { AppIdentity, Freshness, TemplateSummary } from '../../../shared/protocol';
import { explainSendbirdError } from '../../../shared/sendbird-error';
import { joinSentences, t, tPlural } from '../../../shared/i18n';
import type { PickerSlice } from './slice';

export type CatalogueState =
  | { phase: 'loading' }
  | { phase: 'not-configured' }
  | { phase: 'error'; message: string }
  | {
      phase: 'ready';
      /** The app and host this list belongs to. */
      app: AppIdentity;
      templates: TemplateSummary[];
      stale: boolean;
      refreshing: boolean;
      fetchedAt: number;
      /** Set while a first sync is still filling the list, or the rest of a complete one is on its way. */
      progress?: ListProgress;
      warning?: string;
      /**
       * What stays true of the list shown whatever a later refresh does (not saved on this
       * computer, templates skipped, listed twice): part of `warning`, kept when a refresh fails.
       */
      notes?: string;
      /** Why the list stopped arriving: a first sync failed after its first pages, whose rows stay, said as incomplete. */
      incomplete?: string;
    };

/** The catalogue part: the app's template list as the background knows it. */
export interface CatalogueSlice {
  catalogue: CatalogueState;
  /** Said after the list was reloaded because the app changed in settings. */
  notice: string | null;
  loadCatalogue(freshness?: Exclude<Freshness, 'wait'>): Promise<void>;
  /** The current app's list again, saying why (the app changed in settings). */
  reloadForAppChange(message: string): void;
  openSettings(): void;
  /** Said by the picker once its first screen is drawn: the rest of a long list is asked for then. */
  firstScreenDrawn(): void;
}

/** `prefetched` is the background's unvalidated reply to the loader's early templates.list. */
export function catalogueSlice(prefetched: Promise<unknown> | undefined): PickerSlice<CatalogueSlice> {
  // Only the newest catalogue request may change the state.
  let request = 0;
  let cancelOnlineRetry = () => {};
  let drawn = () => {};
  const firstScreenDrawn = new Promise<void>((resolve) => (drawn = resolve));
  return (set, get) => ({
    catalogue: { phase: 'loading' },
    notice: null,

    async loadCatalogue(freshness = 'cached') {
      const mine = ++request;
      cancelOnlineRetry();
      const before = get().catalogue;
      if (freshness === 'force' && before.phase === 'ready') set({ catalogue: { ...before, refreshing: true } });
      // The loader's early request answers the first plain read.
      const early = freshness === 'cached' ? prefetched : undefined;
      prefetched = undefined;
      const failure = await followTemplateList(
        freshness,
        ({ app, templates, stale, refreshing, fetchedAt, error, skipped, duplicates, progress, unsaved }) => {
          if (mine !== request) return;
          const current = get().catalogue;
          // Another app's list: a choice made in the old one means nothing here.
          if (current.phase === 'ready' && current.app.appId !== app.appId && get().templateKey) set({ templateKey: null, template: null });
          const notes = joinSentences(
            unsaved ? t('common_notSavedHere') : '',
            skipped ? tPlural('picker_skipped', skipped) : '',
            duplicates ? tPlural('common_listedTwice', duplicates) : '',
          );
          const warning = joinSentences(error ? t('picker_showingLastLoaded', explainSendbirdError(error)) : '', notes);
          set({
            catalogue: {
              phase: 'ready',
              app,
              templates,
              stale,
              refreshing,
              fetchedAt,
              ...(progress ? { progress } : {}),
              ...(warning ? { warning } : {}),
              ...(notes ? { notes } : {}),
            },
          });
        },
        early,
        before.phase === 'ready' ? before : undefined,
        firstScreenDrawn,
      );
      if (mine !== request || !failure) return;
      if (failure.kind === 'app-changed') return get().reloadForAppChange(failure.message);
      const current = get().catalogue;
      if (failure.kind === 'not-configured') set({ catalogue: { phase: 'not-configured' } });
      else if (current.phase === 'ready' && (current.progress || current.incomplete) && current.templates.length) {
        // A first sync that failed after its first pages (or a long list that stopped crossing, or a Retry of either):
        // the rows that arrived stay listed and searchable, no longer said to be loading but incomplete, with why (as the popup does).
        const { progress: _stopped, ...arrived } = current;
        set({ catalogue: { ...arrived, refreshing: false, incomplete: failure.message } });
      }
      // A failed refresh keeps the list and the form: stale, with the reason, and the spinner ends.
      else if (current.phase === 'ready' && !current.progress) {
        set({ catalogue: { ...current, refreshing: false, stale: true, warning: joinSentences(t('picker_showingLastLoaded', failure.message), current.notes) } });
      } else set({ catalogue: { phase: 'error', message: failure.message } });
      // Back online, back to work: one retry, no click needed.
      if (isOfflineFailure(failure)) cancelOnlineRetry = retryWhenOnline(() => void get().loadCatalogue('force'));
    },

    reloadForAppChange(message) {
      set({ notice: message, templateKey: null, template: null, templateLoading: false });
      void get().loadCatalogue('cached');
    },

    openSettings() {
      void sendMessage('settings.open', {});
    },

    firstScreenDrawn() {
      drawn();
    },
  });
}
