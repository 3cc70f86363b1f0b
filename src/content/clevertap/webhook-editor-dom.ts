import { t } from '../../shared/i18n';
import type { BodyMode, KeyValueRow } from '../../shared/payload-contract';
import { LABELS } from './labels';
import { buttonsNamed, choiceNamed, isChosen, isOwnUi, isShown, labelOf, sameLabel } from '../dom/text';
import { setControlValue, setEditableText } from '../dom/set-value';
import { EditorLayoutError, KeyValueRowsDom, type RowElements } from './key-value-rows-dom';

export { EditorLayoutError, type RowElements };


/** What the editor held before we changed it; Undo writes it back. */
export type EditorSnapshot = { mode: 'key-value'; rows: KeyValueRow[] } | { mode: 'custom-body'; text: string };


/**
 * CleverTap's Create Webhook Content editor, driven through its own controls:
 * values are set like typing, rows are added and removed with its own buttons,
 * so the page's state sees every change. Found by labels and structure only.
 */
export class WebhookEditorDom {
  constructor(readonly dialog: HTMLElement) {}

  bodyMode(): BodyMode | null {
    const dropdown = this.selectOffering(LABELS.bodyModeKeyValue, LABELS.bodyModeCustom);
    if (dropdown) {
      const chosen = dropdown.selectedOptions[0]?.textContent;
      if (sameLabel(chosen, LABELS.bodyModeKeyValue)) return 'key-value';
      if (sameLabel(chosen, LABELS.bodyModeCustom)) return 'custom-body';
    }
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
    const dropdown = this.selectOffering(LABELS.formatJson, LABELS.formatPlainText);
    if (dropdown) {
      const json = [...dropdown.options].find((option) => sameLabel(option.textContent, LABELS.formatJson));
      if (!json || dropdown.value === json.value) return false;
      setControlValue(dropdown, json.value);
      return true;
    }
    const json = choiceNamed(this.dialog, LABELS.formatJson);
    if (!json || isChosen(json)) return false;
    json.click();
    return true;
  }

  /** A <select> used as a switch between two labelled choices. */
  private selectOffering(first: string, second: string): HTMLSelectElement | null {
    return (
      [...this.dialog.querySelectorAll('select')].find((select) => {
        const texts = [...select.options].map((option) => option.textContent);
        return !isOwnUi(select) && texts.some((t) => sameLabel(t, first)) && texts.some((t) => sameLabel(t, second));
      }) ?? null
    );
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
    if (!field) throw new EditorLayoutError(t('error_customBodyMissing'));
    return field instanceof HTMLTextAreaElement ? field.value : field.innerText;
  }

  writeCustomBody(text: string): void {
    const field = this.customBodyField();
    if (!field) throw new EditorLayoutError(t('error_customBodyMissing'));
    if (field instanceof HTMLTextAreaElement) setControlValue(field, text);
    else if (!setEditableText(field, text)) throw new EditorLayoutError(t('error_customBodyRefused'));
  }

  // --- key-value rows ----------------------------------------------------------

  /** The body's "+ Key-Value Pair" button (not the URL parameters' one). */
  addRowButton(): HTMLElement | null {
    const buttons = buttonsNamed(this.dialog, LABELS.addKeyValuePair).filter(isShown);
    const modeSwitch = choiceNamed(this.dialog, LABELS.bodyModeKeyValue);
    const afterSwitch = modeSwitch ? buttons.filter((button) => modeSwitch.compareDocumentPosition(button) & Node.DOCUMENT_POSITION_FOLLOWING) : [];
    return afterSwitch[0] ?? buttons[buttons.length - 1] ?? null;
  }

  /** The body's rows, bounded away from the body switch, the URL parameters and any text area. */
  private rowsDom(): KeyValueRowsDom {
    const add = this.addRowButton();
    if (!add) throw new EditorLayoutError(t('error_keyValueAddMissing'));
    const modeSwitch = choiceNamed(this.dialog, LABELS.bodyModeKeyValue) ?? choiceNamed(this.dialog, LABELS.bodyModeCustom);
    const urlTitles = [...this.dialog.querySelectorAll<HTMLElement>('h1,h2,h3,h4,h5,h6,legend,label,b,strong,[role="heading"]')].filter((h) =>
      sameLabel(h.textContent, LABELS.urlKeyValuePairs),
    );
    const boundaries = [
      ...(modeSwitch ? [modeSwitch] : []),
      ...buttonsNamed(this.dialog, LABELS.addKeyValuePair).filter((b) => b !== add),
      ...urlTitles,
      ...[...this.dialog.querySelectorAll('textarea')].filter((area) => !isOwnUi(area)),
    ];
    return new KeyValueRowsDom(add, this.dialog, boundaries);
  }

  rows(): RowElements[] {
    return this.rowsDom().rows();
  }

  readRows(): KeyValueRow[] {
    return this.rowsDom().read();
  }

  addRow(): Promise<RowElements> {
    return this.rowsDom().addRow();
  }

  removeRow(target: RowElements): Promise<void> {
    return this.rowsDom().removeRow(target);
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
    throw new EditorLayoutError(t('error_bodyModeUnknown'));
  }

  /** Writes a snapshot back exactly: same rows in the same order, or the same text. */
  async restore(snapshot: EditorSnapshot): Promise<void> {
    if (this.bodyMode() !== snapshot.mode) {
      const label = snapshot.mode === 'key-value' ? LABELS.bodyModeKeyValue : LABELS.bodyModeCustom;
      throw new EditorLayoutError(t('error_switchBodyBack', label));
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
    snapshot.rows.forEach((wanted, index) => {
      this.setRow(rows[index]!, wanted.key, wanted.value);
    });
  }
}

