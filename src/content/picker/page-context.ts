import { SENDBIRD_WEBHOOKS, type PageKind } from '../clevertap/labels';
import type { PageContext } from '../clevertap/editor-port';
import { sameLabel } from '../dom/text';
import type { StatusMessage, Tone } from '../../shared/ui/status';
import { t } from '../../shared/i18n';

export type Guidance = StatusMessage & { tone: Extract<Tone, 'info' | 'warning'> };

/** Advice a marketer would want about the webhook and the body mode in use. */
export function guidanceFor(page: PageKind, webhook: string | null, batchingBrokenByLiquid: boolean): Guidance[] {
  const notes: Guidance[] = [];
  if (page === 'journey' && webhook && sameLabel(webhook, SENDBIRD_WEBHOOKS.multi)) {
    notes.push({ tone: 'info', text: t('picker_journeyUseSingle', SENDBIRD_WEBHOOKS.single) });
  }
  if (page === 'campaign' && webhook && sameLabel(webhook, SENDBIRD_WEBHOOKS.single)) {
    notes.push({ tone: 'info', text: t('picker_campaignUseMulti', SENDBIRD_WEBHOOKS.multi) });
  }
  if (batchingBrokenByLiquid && webhook && sameLabel(webhook, SENDBIRD_WEBHOOKS.multi)) {
    notes.push({ tone: 'warning', text: t('picker_liquidBreaksBatching') });
  }
  return notes;
}

export function samePageContext(a: PageContext, b: PageContext): boolean {
  return a.webhook === b.webhook && a.editorLiquid === b.editorLiquid && a.eventsAvailable === b.eventsAvailable && a.defaultEvent === b.defaultEvent;
}
