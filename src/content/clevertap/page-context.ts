import { containsLiquid, type KeyValueRow } from '../../shared/payload-contract';
import { choiceNamed, controlsNamed, isChosen } from '../dom/text';
import type { PageContext } from './editor-port';
import { LABELS } from './labels';
import { findWebhookControl, type WebhookControl } from './webhook-select';

/** What the page around a Create Webhook Content dialog says; read when the dialog changes, not on every render. */
export function readPageContext(dialog: HTMLElement, rows: () => KeyValueRow[]): PageContext {
  const control = findWebhookControl(dialog);
  return {
    webhook: control ? chosenWebhookName(control) : null,
    editorLiquid: usesLiquid(rows),
    eventsAvailable: eventPropertiesAvailability() !== 'unavailable',
    defaultEvent: qualifyingEventName(),
  };
}

/**
 * Whether event properties are available: campaigns offer them only with live
 * behavior. 'unknown' when the page shows no such choice (journeys, other layouts).
 */
function eventPropertiesAvailability(): 'available' | 'unavailable' | 'unknown' {
  const live = choiceNamed(document.body, LABELS.liveBehavior);
  if (!live) return 'unknown';
  return isChosen(live) ? 'available' : 'unavailable';
}

/** The live-behavior campaign's qualifying event, to prefill event sources. */
function qualifyingEventName(): string {
  const select = controlsNamed<HTMLSelectElement>(document, 'select', LABELS.qualifyingEvent)[0];
  return select?.selectedOptions[0]?.textContent?.trim() ?? '';
}

/** Whether a key-value pair already in the editor uses Liquid (breaks batching). */
function usesLiquid(rows: () => KeyValueRow[]): boolean {
  try {
    return rows().some((row) => containsLiquid(row.value));
  } catch {
    return false;
  }
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
