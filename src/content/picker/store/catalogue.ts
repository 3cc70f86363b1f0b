import { sendMessage } from '../../../shared/messaging';
import { askTemplateList } from '../../../shared/template-list';
import type { Freshness, TemplateSummary } from '../../../shared/protocol';
import { explainSendbirdError } from '../../../shared/sendbird-error';
import type { PickerSlice } from './slice';
import { t, tPlural } from '../../../shared/i18n';

export type CatalogueState =
  | { phase: 'loading' }
  | { phase: 'not-configured' }
  | { phase: 'error'; message: string }
  | { phase: 'ready'; templates: TemplateSummary[]; stale: boolean; refreshing: boolean; fetchedAt: number; warning?: string };

/** The catalogue part: the app's template list as the background knows it. */
export interface CatalogueSlice {
  catalogue: CatalogueState;
  loadCatalogue(freshness?: Exclude<Freshness, 'wait'>): Promise<void>;
  openSettings(): void;
}

/** `prefetched` is the background's unvalidated reply to the loader's early templates.list. */
export function catalogueSlice(prefetched: Promise<unknown> | undefined): PickerSlice<CatalogueSlice> {
  return (set, get) => ({
    catalogue: { phase: 'loading' },

    async loadCatalogue(freshness = 'cached') {
      const current = get().catalogue;
      if (freshness === 'force' && current.phase === 'ready') set({ catalogue: { ...current, refreshing: true } });
      // The loader's early request answers the first plain read.
      const early = freshness === 'cached' ? prefetched : undefined;
      prefetched = undefined;
      let reply = await askTemplateList(freshness, early);
      if (reply.ok && reply.data.refreshing) {
        set({ catalogue: { phase: 'ready', templates: reply.data.templates, stale: reply.data.stale, refreshing: true, fetchedAt: reply.data.fetchedAt } });
        reply = await askTemplateList('wait');
      }
      if (!reply.ok) {
        if (reply.failure.kind === 'not-configured') set({ catalogue: { phase: 'not-configured' } });
        else set({ catalogue: { phase: 'error', message: reply.failure.message } });
        return;
      }
      const { templates, stale, refreshing, fetchedAt, error, skipped } = reply.data;
      const warnings = [
        error ? t('picker_showingLastLoaded', explainSendbirdError(error)) : '',
        skipped ? tPlural('picker_skipped', skipped) : '',
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

    openSettings() {
      void sendMessage('settings.open', {});
    },
  });
}
