import { LABELS, SENDBIRD_WEBHOOKS, type PageKind } from '../clevertap/labels';
import { containsLiquid } from '../../shared/payload-contract';
import type { StatusMessage, Tone } from '../../shared/ui/status';
import type { WebhookEditorDom } from '../clevertap/webhook-editor-dom';
import { choiceNamed, controlsNamed, isChosen, sameLabel } from '../dom/text';
import { findWebhookControl, type WebhookControl } from '../clevertap/webhook-select';

/** The webhook chosen on the page (campaign Start here, or a journey's Webhook node). */
export function selectedWebhookName(dialog: HTMLElement): string | null {
  const control = findWebhookControl(dialog);
  return control ? chosenWebhookName(control) : null;
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
  const select = controlsNamed<HTMLSelectElement>(document, 'select', LABELS.qualifyingEvent)[0];
  return select?.selectedOptions[0]?.textContent?.trim() ?? '';
}

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

/** Whether a key-value pair already in the editor uses Liquid (breaks batching). */
export function editorUsesLiquid(editor: WebhookEditorDom): boolean {
  try {
    return editor.readRows().some((row) => containsLiquid(row.value));
  } catch {
    return false;
  }
}

/** What the picker reads from the page around it; read when the dialog changes, not on every render. */
export interface PageContext {
  webhook: string | null;
  editorLiquid: boolean;
  eventsAvailable: boolean;
  defaultEvent: string;
}

export function readPageContext(dialog: HTMLElement, editor: WebhookEditorDom): PageContext {
  return {
    webhook: selectedWebhookName(dialog),
    editorLiquid: editorUsesLiquid(editor),
    eventsAvailable: eventPropertiesAvailability() !== 'unavailable',
    defaultEvent: qualifyingEventName(),
  };
}

export function samePageContext(a: PageContext, b: PageContext): boolean {
  return a.webhook === b.webhook && a.editorLiquid === b.editorLiquid && a.eventsAvailable === b.eventsAvailable && a.defaultEvent === b.defaultEvent;
}

/** The webhook name the control shows as chosen, if any. */
function chosenWebhookName(control: WebhookControl): string | null {
  if (control.kind === 'select') {
    const option = control.element.selectedOptions[0];
    return option && control.element.value ? (option.textContent ?? '').trim() : null;
  }
  // A custom dropdown shows its choice as its text or value.
  const element = control.element;
  return (element instanceof HTMLInputElement ? element.value : element.textContent)?.trim() || null;
}
