import { LABELS, SENDBIRD_WEBHOOKS, type PageKind } from '../clevertap/labels';
import { choiceNamed, isChosen, isShown, labelOf, sameLabel } from '../dom/text';

/** The webhook chosen on the page (campaign Start here, or a journey's Webhook node). */
export function selectedWebhookName(dialog: HTMLElement): string | null {
  const selects = [...document.querySelectorAll('select')].filter((select) => !dialog.contains(select) && sameLabel(labelOf(select), LABELS.webhookSelect));
  const shown = selects.find(isShown) ?? selects[0];
  const option = shown?.selectedOptions[0];
  if (shown) return option && shown.value ? (option.textContent ?? '').trim() : null;
  // A custom dropdown shows its choice as its text or value.
  const combobox = [...document.querySelectorAll<HTMLElement>('[role="combobox"]')].find((c) => !dialog.contains(c) && sameLabel(labelOf(c), LABELS.webhookSelect));
  const text = (combobox instanceof HTMLInputElement ? combobox.value : combobox?.textContent)?.trim();
  return text || null;
}

/**
 * Whether event properties are available: campaigns offer them only with live
 * behavior. 'unknown' when the page shows no such choice (journeys, other layouts).
 */
export function eventPropertiesAvailability(): 'available' | 'unavailable' | 'unknown' {
  const live = choiceNamed(document.body, LABELS.liveBehavior);
  if (!live) return 'unknown';
  return isChosen(live) ? 'available' : 'unavailable';
}

/** The live-behavior campaign's qualifying event, to prefill event sources. */
export function qualifyingEventName(): string {
  const select = [...document.querySelectorAll('select')].find((candidate) => sameLabel(labelOf(candidate), LABELS.qualifyingEvent));
  return select?.selectedOptions[0]?.textContent?.trim() ?? '';
}

export type Guidance = { tone: 'info' | 'warning'; text: string };

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
