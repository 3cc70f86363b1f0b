import { isOwnUi, isShown, labelOf } from '../dom/text';
import { pageKindOf } from './labels';
import { pageLocation } from '../dom/page-location';

/**
 * "Copy layout report": an outline of a Create Webhook Content dialog the picker
 * cannot drive, for support to turn into a small change in this folder. It lists
 * each control's role, accessible name, tag and input type, and counts. It never
 * holds a value, a chosen option's text, or any text a marketer typed: names
 * come only from labels, aria attributes, titles and placeholders (cut to 60
 * characters), and the URL is reduced to the kind of page.
 */
const CONTROLS = [
  'input',
  'textarea',
  'select',
  'button',
  'a[href]',
  '[contenteditable=""]',
  '[contenteditable="true"]',
  '[role]',
  'h1, h2, h3, h4, h5, h6',
  'label',
  'legend',
  'ul, ol, table',
].join(', ');

const MAX_NAME = 60;
const MAX_LINES = 150;

export function layoutReport(dialog: HTMLElement): string {
  const lines: string[] = [];
  const counts = new Map<string, number>();
  for (const element of dialog.querySelectorAll<HTMLElement>(CONTROLS)) {
    if (isOwnUi(element)) continue;
    const line = outlineOf(element);
    if (!line) continue;
    const kind = line.split(' "')[0]!;
    counts.set(kind, (counts.get(kind) ?? 0) + 1);
    lines.push(`${'  '.repeat(Math.min(depth(element, dialog), 8))}${line}`);
  }
  const outline = collapseRepeats(lines);
  const header = [
    'Sendbird for CleverTap: layout report (no values, no typed text)',
    `page: ${pageKindOf(pageLocation().pathname)}; frame: ${window.parent === window ? 'top' : 'nested'}`,
    `dialog: ${outlineOf(dialog) ?? dialog.tagName.toLowerCase()}`,
    `counts: ${[...counts].map(([kind, count]) => `${kind} ${count}`).join(', ')}`,
    'controls:',
  ];
  const shown = outline.slice(0, MAX_LINES);
  if (outline.length > MAX_LINES) shown.push(`… ${outline.length - MAX_LINES} more lines`);
  return [...header, ...shown].join('\n');
}

/** role, tag[type], name, and what a person can see about its state (never its value). */
function outlineOf(element: HTMLElement): string | null {
  const tag = element.tagName.toLowerCase();
  const type = element instanceof HTMLInputElement ? `[type=${element.type}]` : '';
  const editable = element.isContentEditable && element.getAttribute('contenteditable') !== null ? '[contenteditable]' : '';
  const role = element.getAttribute('role') ?? implicitRole(element);
  if (!role && !editable && !/^(label|legend)$/.test(tag)) return null;
  const name = safeName(element);
  const state = [
    element instanceof HTMLInputElement && (element.type === 'radio' || element.type === 'checkbox') && element.checked ? 'checked' : '',
    element.getAttribute('aria-checked') === 'true' || element.getAttribute('aria-selected') === 'true' ? 'selected' : '',
    element instanceof HTMLSelectElement ? `${element.options.length} options` : '',
    isShown(element) ? '' : 'hidden',
    /^(ul|ol|table)$/.test(tag) ? `${element.querySelectorAll(':scope > li, :scope > tbody > tr, :scope > tr').length} items` : '',
  ].filter(Boolean);
  return `${role ?? tag} ${tag}${type}${editable}${name ? ` "${name}"` : ''}${state.length ? ` (${state.join(', ')})` : ''}`;
}

/** The name from attributes and labels only; a label's text is the dashboard's, not the marketer's. */
function safeName(element: HTMLElement): string {
  let name = '';
  if (/^(h[1-6]|label|legend)$/.test(element.tagName.toLowerCase()) || element.getAttribute('role') === 'heading') name = element.textContent ?? '';
  else if (element instanceof HTMLInputElement || element instanceof HTMLTextAreaElement || element instanceof HTMLSelectElement) name = labelOf(element);
  else name = element.getAttribute('aria-label') ?? labelledBy(element) ?? element.getAttribute('title') ?? buttonText(element);
  name = name.replace(/\s+/g, ' ').trim();
  return name.length > MAX_NAME ? `${name.slice(0, MAX_NAME)}…` : name;
}

function labelledBy(element: HTMLElement): string | null {
  const ids = element.getAttribute('aria-labelledby');
  if (!ids) return null;
  return ids
    .split(/\s+/)
    .map((id) => element.ownerDocument.getElementById(id)?.textContent ?? '')
    .join(' ');
}

/** A button's or tab's own text is the dashboard's label for it. */
function buttonText(element: HTMLElement): string {
  const role = element.getAttribute('role') ?? implicitRole(element);
  return role === 'button' || role === 'tab' || role === 'radio' || role === 'menuitem' || role === 'option' ? (element.textContent ?? '') : '';
}

function implicitRole(element: HTMLElement): string | null {
  const tag = element.tagName.toLowerCase();
  if (element instanceof HTMLInputElement) {
    const byType: Record<string, string> = { radio: 'radio', checkbox: 'checkbox', button: 'button', submit: 'button', reset: 'button', search: 'searchbox', hidden: 'hidden' };
    return byType[element.type] ?? 'textbox';
  }
  const byTag: Record<string, string> = { textarea: 'textbox', select: 'combobox', button: 'button', a: 'link', ul: 'list', ol: 'list', table: 'table' };
  if (/^h[1-6]$/.test(tag)) return 'heading';
  return byTag[tag] ?? null;
}

function depth(element: HTMLElement, root: HTMLElement): number {
  let levels = 0;
  for (let node = element.parentElement; node && node !== root; node = node.parentElement) if (node.matches(CONTROLS)) levels++;
  return levels;
}

/** Runs of the same line (a list's rows) become one line with a count. */
function collapseRepeats(lines: string[]): string[] {
  const out: string[] = [];
  let previous = '';
  let repeats = 0;
  const flush = () => {
    if (repeats > 1) out[out.length - 1] += ` ×${repeats}`;
  };
  for (const line of lines) {
    const shape = line.replace(/\d+/g, 'n');
    if (shape === previous) {
      repeats++;
      continue;
    }
    flush();
    out.push(line);
    previous = shape;
    repeats = 1;
  }
  flush();
  return out;
}
