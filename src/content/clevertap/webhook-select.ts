import { controlsNamed, isShown } from '../dom/text';
import { LABELS } from './labels';

export type WebhookControl = { kind: 'select'; element: HTMLSelectElement } | { kind: 'combobox'; element: HTMLElement };

/**
 * The Webhook picker of a campaign's Start here or a journey's Webhook node:
 * a native <select>, else a custom ARIA combobox. Controls inside `outside`
 * (the open editor dialog) do not count.
 */
export function findWebhookControl(outside?: HTMLElement): WebhookControl | null {
  const notInside = (element: HTMLElement) => !outside?.contains(element);
  const selects = controlsNamed<HTMLSelectElement>(document, 'select', LABELS.webhookSelect).filter(notInside);
  const select = selects.find(isShown) ?? selects[0];
  if (select) return { kind: 'select', element: select };
  const combobox = controlsNamed(document, '[role="combobox"]', LABELS.webhookSelect).find(notInside);
  return combobox ? { kind: 'combobox', element: combobox } : null;
}
