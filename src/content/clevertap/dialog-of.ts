import { DIALOG_SELECTOR } from './labels';

/**
 * The dialog (or dialog-like panel) a title belongs to: the nearest element that
 * is marked as a dialog, else the nearest ancestor that also holds buttons
 * and form controls (a panel built from plain divs).
 */
export function dialogOf(title: HTMLElement): HTMLElement | null {
  const marked = title.closest<HTMLElement>(DIALOG_SELECTOR);
  if (marked) return marked;
  for (let element = title.parentElement; element && element !== document.body; element = element.parentElement) {
    if (element.querySelector('button') && element.querySelector('input, textarea, select, [contenteditable="true"], li')) return element;
  }
  return null;
}
