import type { BodyMode, KeyValueRow } from '../../shared/payload-contract';
import { LABELS } from './labels';
import { buttonsNamed, choiceNamed, isChosen, isOwnUi, isShown, labelOf, normalizeLabel, sameLabel } from '../dom/text';
import { setControlValue, setEditableText } from '../dom/set-value';
import { waitFor } from '../dom/wait';

type TextControl = HTMLInputElement | HTMLTextAreaElement;

export interface RowElements {
  row: HTMLElement;
  key: TextControl;
  value: TextControl;
  remove: HTMLElement | null;
}

/** What the editor held before we changed it; Undo writes it back. */
export type EditorSnapshot = { mode: 'key-value'; rows: KeyValueRow[] } | { mode: 'custom-body'; text: string };

export class EditorLayoutError extends Error {}

const TEXT_INPUTS = 'input:not([type]), input[type="text"], input[type="search"], input[type="url"], textarea';

/**
 * CleverTap's Create Webhook Content editor, driven through its own controls:
 * values are set like typing, rows are added and removed with its own buttons,
 * so the page's state sees every change. Found by labels and structure only.
 */
export class WebhookEditorDom {
  constructor(readonly dialog: HTMLElement) {}

  bodyMode(): BodyMode | null {
    const keyValue = choiceNamed(this.dialog, LABELS.bodyModeKeyValue);
    const custom = choiceNamed(this.dialog, LABELS.bodyModeCustom);
    if (keyValue && isChosen(keyValue)) return 'key-value';
    if (custom && isChosen(custom)) return 'custom-body';
    if (this.customBodyField()) return 'custom-body';
    if (this.addRowButton()) return 'key-value';
    return null;
  }

  /** Sets the content format to JSON (the contract is JSON); true if it was changed. */
  ensureJsonFormat(): boolean {
    const json = choiceNamed(this.dialog, LABELS.formatJson);
    if (!json || isChosen(json)) return false;
    json.click();
    return true;
  }

  // --- custom body -----------------------------------------------------------

  customBodyField(): HTMLTextAreaElement | HTMLElement | null {
    const textareas = [...this.dialog.querySelectorAll('textarea')].filter((area) => !isOwnUi(area) && isShown(area));
    const labelled = textareas.find((area) => sameLabel(labelOf(area), LABELS.bodyModeCustom));
    if (labelled) return labelled;
    if (textareas.length === 1) return textareas[0]!;
    const editable = [...this.dialog.querySelectorAll<HTMLElement>('[contenteditable="true"], [contenteditable=""]')].filter((e) => !isOwnUi(e) && isShown(e));
    return editable.length === 1 ? editable[0]! : null;
  }

  readCustomBody(): string {
    const field = this.customBodyField();
    if (!field) throw new EditorLayoutError('The Custom Body editor was not found.');
    return field instanceof HTMLTextAreaElement ? field.value : field.innerText;
  }

  writeCustomBody(text: string): void {
    const field = this.customBodyField();
    if (!field) throw new EditorLayoutError('The Custom Body editor was not found.');
    if (field instanceof HTMLTextAreaElement) setControlValue(field, text);
    else if (!setEditableText(field, text)) throw new EditorLayoutError('The Custom Body editor did not accept the text.');
  }

  // --- key-value rows ----------------------------------------------------------

  /** The body's "+ Key-Value Pair" button (not the URL parameters' one). */
  addRowButton(): HTMLElement | null {
    const buttons = buttonsNamed(this.dialog, LABELS.addKeyValuePair).filter(isShown);
    const modeSwitch = choiceNamed(this.dialog, LABELS.bodyModeKeyValue);
    const afterSwitch = modeSwitch ? buttons.filter((button) => modeSwitch.compareDocumentPosition(button) & Node.DOCUMENT_POSITION_FOLLOWING) : [];
    return afterSwitch[0] ?? buttons[buttons.length - 1] ?? null;
  }

  /** The part of the dialog that holds the body's rows and nothing else. */
  private rowsRegion(add: HTMLElement): HTMLElement {
    const modeSwitch = choiceNamed(this.dialog, LABELS.bodyModeKeyValue) ?? choiceNamed(this.dialog, LABELS.bodyModeCustom);
    const otherAdds = buttonsNamed(this.dialog, LABELS.addKeyValuePair).filter((b) => b !== add);
    const urlTitle = [...this.dialog.querySelectorAll<HTMLElement>('h1,h2,h3,h4,h5,h6,legend,label,[role="heading"]')].filter((h) =>
      sameLabel(h.textContent, LABELS.urlKeyValuePairs),
    );
    let region = add.parentElement ?? add;
    for (let parent = region.parentElement; parent && parent !== this.dialog; parent = parent.parentElement) {
      const holdsOther =
        (modeSwitch && parent.contains(modeSwitch)) ||
        otherAdds.some((b) => parent.contains(b)) ||
        urlTitle.some((h) => parent.contains(h)) ||
        [...parent.querySelectorAll('textarea')].some((area) => !isOwnUi(area));
      if (holdsOther) break;
      region = parent;
    }
    return region;
  }

  rows(): RowElements[] {
    const add = this.addRowButton();
    if (!add) throw new EditorLayoutError('The "+ Key-Value Pair" button was not found.');
    const region = this.rowsRegion(add);
    const inputs = [...region.querySelectorAll<TextControl>(TEXT_INPUTS)].filter((input) => !isOwnUi(input) && input.type !== 'hidden');
    if (inputs.length % 2 !== 0) throw new EditorLayoutError('The key-value rows could not be told apart.');
    const rows: RowElements[] = [];
    for (let i = 0; i < inputs.length; i += 2) {
      const key = inputs[i]!;
      const value = inputs[i + 1]!;
      const row = commonAncestor(key, value, region);
      rows.push({ row, key, value, remove: removeButtonIn(row, add) });
    }
    return rows;
  }

  readRows(): KeyValueRow[] {
    return this.rows().map(({ key, value }) => ({ key: key.value, value: value.value }));
  }

  async addRow(): Promise<RowElements> {
    const before = this.rows().length;
    const add = this.addRowButton();
    if (!add) throw new EditorLayoutError('The "+ Key-Value Pair" button was not found.');
    add.click();
    const rows = await waitFor(() => {
      const now = this.rows();
      return now.length > before ? now : null;
    }, 3_000, this.dialog);
    if (!rows) throw new EditorLayoutError('"+ Key-Value Pair" did not add a row.');
    return rows[rows.length - 1]!;
  }

  async removeRow(target: RowElements): Promise<void> {
    if (!target.remove) {
      // No remove control we recognise: empty the row rather than leave stale data.
      setControlValue(target.key, '');
      setControlValue(target.value, '');
      return;
    }
    const before = this.rows().length;
    target.remove.click();
    const gone = await waitFor(() => this.rows().length < before, 3_000, this.dialog);
    if (!gone) throw new EditorLayoutError('A key-value row could not be removed.');
  }

  setRow(row: RowElements, key: string, value: string): void {
    setControlValue(row.key, key);
    setControlValue(row.value, value);
  }

  // --- snapshots -----------------------------------------------------------------

  snapshot(): EditorSnapshot {
    const mode = this.bodyMode();
    if (mode === 'custom-body') return { mode, text: this.readCustomBody() };
    if (mode === 'key-value') return { mode, rows: this.readRows() };
    throw new EditorLayoutError('The body mode could not be recognised.');
  }

  /** Writes a snapshot back exactly: same rows in the same order, or the same text. */
  async restore(snapshot: EditorSnapshot): Promise<void> {
    if (this.bodyMode() !== snapshot.mode) {
      const label = snapshot.mode === 'key-value' ? LABELS.bodyModeKeyValue : LABELS.bodyModeCustom;
      throw new EditorLayoutError(`Switch the body back to "${label}" to undo.`);
    }
    if (snapshot.mode === 'custom-body') {
      this.writeCustomBody(snapshot.text);
      return;
    }
    let rows = this.rows();
    while (rows.length > snapshot.rows.length) {
      await this.removeRow(rows[rows.length - 1]!);
      const next = this.rows();
      if (next.length === rows.length) break;
      rows = next;
    }
    while (rows.length < snapshot.rows.length) {
      await this.addRow();
      rows = this.rows();
    }
    snapshot.rows.forEach((wanted, index) => this.setRow(rows[index]!, wanted.key, wanted.value));
  }
}

function commonAncestor(a: HTMLElement, b: HTMLElement, limit: HTMLElement): HTMLElement {
  let ancestor: HTMLElement | null = a.parentElement;
  while (ancestor && ancestor !== limit && !ancestor.contains(b)) ancestor = ancestor.parentElement;
  return ancestor ?? limit;
}

const REMOVE_WORDS = LABELS.removeRow.map((word) => normalizeLabel(word));

function removeButtonIn(row: HTMLElement, add: HTMLElement): HTMLElement | null {
  if (row.contains(add)) return null;
  const buttons = [...row.querySelectorAll<HTMLElement>('button, [role="button"]')].filter((button) => !isOwnUi(button));
  const named = buttons.find((button) => {
    const name = normalizeLabel(`${button.getAttribute('aria-label') ?? ''} ${button.getAttribute('title') ?? ''} ${button.textContent ?? ''}`);
    return REMOVE_WORDS.some((word) => name.includes(word));
  });
  return named ?? (buttons.length === 1 ? buttons[0]! : null);
}
