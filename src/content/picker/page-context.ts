import { SENDBIRD_WEBHOOKS, type PageKind } from '../clevertap/labels';
import type { PageContext } from '../clevertap/editor-port';
import { sameLabel } from '../dom/text';
import type { StatusMessage, Tone } from '../../shared/ui/status';

export type Guidance = StatusMessage & { tone: Extract<Tone, 'info' | 'warning'> };

/** Advice a marketer would want about the webhook and the body mode in use. */
export function guidanceFor(page: PageKind, webhook: string | null, batchingBrokenByLiquid: boolean): Guidance[] {
  const notes: Guidance[] = [];
  if (page === 'journey' && webhook && sameLabel(webhook, SENDBIRD_WEBHOOKS.multi)) {
    notes.push({ tone: 'info', text: `Journeys send each message as it happens: Sendbird recommends the "${SENDBIRD_WEBHOOKS.single}" webhook here.` });
  }
  if (page === 'campaign' && webhook && sameLabel(webhook, SENDBIRD_WEBHOOKS.single)) {
    notes.push({ tone: 'info', text: `Campaigns reach many users at once: Sendbird recommends the "${SENDBIRD_WEBHOOKS.multi}" webhook, which CleverTap can batch.` });
  }
  if (batchingBrokenByLiquid && webhook && sameLabel(webhook, SENDBIRD_WEBHOOKS.multi)) {
    notes.push({
      tone: 'warning',
      text: 'A value uses Liquid ({{ … }}). In key-value mode that stops CleverTap from batching requests to Sendbird multi: use @ personalization (the profile or event source) instead.',
    });
  }
  return notes;
}

export function samePageContext(a: PageContext, b: PageContext): boolean {
  return a.webhook === b.webhook && a.editorLiquid === b.editorLiquid && a.eventsAvailable === b.eventsAvailable && a.defaultEvent === b.defaultEvent;
}
