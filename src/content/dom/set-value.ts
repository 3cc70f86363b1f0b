/**
 * Changes a form control the way typing would, so the page's framework (React's
 * controlled inputs, Angular, Vue) sees the change: the native value setter,
 * then input and change events. Never replaces nodes.
 */
export function setControlValue(control: HTMLInputElement | HTMLTextAreaElement | HTMLSelectElement, value: string): void {
  if (control.value === value) return;
  const prototype =
    control instanceof HTMLTextAreaElement ? HTMLTextAreaElement.prototype : control instanceof HTMLSelectElement ? HTMLSelectElement.prototype : HTMLInputElement.prototype;
  Object.getOwnPropertyDescriptor(prototype, 'value')?.set?.call(control, value);
  control.dispatchEvent(new Event('input', { bubbles: true }));
  control.dispatchEvent(new Event('change', { bubbles: true }));
}

/** A contenteditable code editor: replace its text through the editing pipeline. */
export function setEditableText(editable: HTMLElement, text: string): boolean {
  editable.focus();
  const selection = getSelection();
  if (!selection) return false;
  const range = document.createRange();
  range.selectNodeContents(editable);
  selection.removeAllRanges();
  selection.addRange(range);
  // Deprecated but still the one way to edit that code editors listen to.
  const done = document.execCommand('insertText', false, text);
  return done && normalizeText(editable.innerText) === normalizeText(text);
}

const normalizeText = (text: string) => text.replace(/\u00a0/g, ' ').replace(/\s+$/g, '');
