import { isContractKey, toCustomBody, toKeyValueRows, type BodyMode, type PayloadState } from '../../shared/payload-contract';
import { t } from '../../shared/i18n';
import { LABELS } from './labels';
import { buttonsNamed, choiceNamed, isChosen, isOwnUi, isShown, labelOf, sameLabel } from '../dom/text';
import { setControlValue, setEditableText } from '../dom/set-value';
import { waitFor } from '../dom/wait';
import { EditorLayoutError, type EditorContent, type EditorPort, type PageContext, type TouchedSnapshot } from './editor-port';
import { KeyValueRowsDom } from './key-value-rows-dom';
import { layoutReport } from './layout-report';
import { readPageContext } from './page-context';

const KEY_WAIT_MS = 3_000;

/**
 * CleverTap's Create Webhook Content editor, driven through its own controls:
 * values are set like typing, rows are added and removed with its own buttons,
 * so the page's state sees every change. Found by labels and structure only.
 * Row elements are never held across a change: dashboards built like React apps
 * re-create them, so every write or removal looks its row up again by key.
 */
export class WebhookEditorDom implements EditorPort {
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

  read(): EditorContent {
    const mode = this.bodyMode();
    if (mode === 'custom-body') return { mode, text: this.readCustomBody() };
    if (mode === 'key-value') return { mode, rows: this.rowsDom().read() };
    throw new EditorLayoutError(t('error_bodyModeUnknown'));
  }

  async write(state: PayloadState): Promise<void> {
    const mode = this.bodyMode();
    if (mode === 'custom-body') return this.writeCustomBody(toCustomBody(state));
    if (mode !== 'key-value') throw new EditorLayoutError(t('error_noEditorFound'));
    const wanted = toKeyValueRows(state);
    const wantedKeys = new Set(wanted.map((row) => row.key));
    // Our rows the payload no longer has (another template's variables), and repeats of a key.
    for (let guard = 0; guard < 200; guard++) {
      const keys = this.rowsDom()
        .read()
        .map((row) => row.key.trim())
        .filter((key) => isContractKey(key));
      const stale = keys.find((key, index) => !wantedKeys.has(key) || keys.indexOf(key) !== index);
      if (!stale) break;
      await this.removeLast(stale);
    }
    for (const { key, value } of wanted) await this.setPair(key, value, 0);
  }

  ensureJsonFormat(): boolean {
    if (this.jsonFormat() !== false) return false;
    this.setFormat(LABELS.formatJson);
    return true;
  }

  snapshot(): TouchedSnapshot {
    const content = this.read();
    const jsonFormat = this.jsonFormat();
    if (content.mode === 'custom-body') return { ...content, jsonFormat };
    return { mode: content.mode, rows: content.rows.filter((row) => isContractKey(row.key)), jsonFormat };
  }

  async revert(snapshot: TouchedSnapshot, keys: ReadonlySet<string>): Promise<void> {
    if (this.bodyMode() !== snapshot.mode) {
      const label = snapshot.mode === 'key-value' ? LABELS.bodyModeKeyValue : LABELS.bodyModeCustom;
      throw new EditorLayoutError(t('error_switchBodyBack', label));
    }
    if (snapshot.mode === 'custom-body') this.writeCustomBody(snapshot.text);
    else {
      for (const key of keys) {
        const values = snapshot.rows.filter((row) => row.key.trim() === key).map((row) => row.value);
        while (this.rowsDom().withKey(key).length > values.length) await this.removeLast(key);
        for (const [index, value] of values.entries()) await this.setPair(key, value, index);
      }
    }
    if (snapshot.jsonFormat === false && this.jsonFormat() === true) this.setFormat(LABELS.formatPlainText);
  }

  watch(onChange: () => void): () => void {
    let frame = 0;
    const schedule = () => {
      frame ||= requestAnimationFrame(() => {
        frame = 0;
        onChange();
      });
    };
    const observer = new MutationObserver(schedule);
    observer.observe(this.dialog, { childList: true, subtree: true, attributes: true, attributeFilter: ['checked', 'aria-checked', 'aria-selected', 'value'] });
    // Typing changes a value without a mutation.
    this.dialog.addEventListener('input', schedule);
    return () => {
      observer.disconnect();
      cancelAnimationFrame(frame);
      this.dialog.removeEventListener('input', schedule);
    };
  }

  pageContext(): PageContext {
    return readPageContext(this.dialog, () => (this.bodyMode() === 'key-value' ? this.rowsDom().read() : []));
  }

  layoutReport(): string {
    return layoutReport(this.dialog);
  }

  // --- key-value rows ----------------------------------------------------------

  /**
   * Gives the `index`-th row with `key` the `value`, adding the row (into a
   * blank one first) when there are not that many. Looks the row up again
   * after every change.
   */
  private async setPair(key: string, value: string, index: number): Promise<void> {
    let row = this.rowsDom().withKey(key)[index];
    if (!row) {
      const rows = this.rowsDom();
      if (!rows.blank()) await rows.addRow();
      const blank = this.rowsDom().blank();
      if (!blank) throw new EditorLayoutError(t('error_addRowFailed'));
      setControlValue(blank.key, key);
      row = (await waitFor(() => this.rowsDom().withKey(key)[index], KEY_WAIT_MS)) ?? undefined;
      if (!row) throw new EditorLayoutError(t('error_keyNotKept', key));
    }
    if (row.key.value !== key) {
      setControlValue(row.key, key);
      row = this.rowsDom().withKey(key)[index];
      if (!row) throw new EditorLayoutError(t('error_rowWentAway', key));
    }
    setControlValue(row.value, value);
  }

  /** Removes the last row with `key` with its own remove button, else empties it. */
  private async removeLast(key: string): Promise<void> {
    const rows = this.rowsDom().withKey(key);
    const row = rows[rows.length - 1];
    if (!row) return;
    if (!row.remove) {
      // No remove control we recognise: empty the row rather than leave stale data.
      setControlValue(row.value, '');
      const again = this.rowsDom().withKey(key)[rows.length - 1];
      if (again) setControlValue(again.key, '');
    } else {
      row.remove.click();
    }
    const gone = await waitFor(() => this.rowsDom().withKey(key).length < rows.length, KEY_WAIT_MS);
    if (!gone) throw new EditorLayoutError(t('error_rowNotRemoved', key));
  }

  /** The body's "+ Key-Value Pair" button (not the URL parameters' one). */
  private addRowButton(): HTMLElement | null {
    const buttons = buttonsNamed(this.dialog, LABELS.addKeyValuePair).filter(isShown);
    const modeSwitch = choiceNamed(this.dialog, LABELS.bodyModeKeyValue);
    const afterSwitch = modeSwitch ? buttons.filter((button) => modeSwitch.compareDocumentPosition(button) & Node.DOCUMENT_POSITION_FOLLOWING) : [];
    return afterSwitch[0] ?? buttons[buttons.length - 1] ?? null;
  }

  /** The body's rows, bounded away from the body switch, the URL parameters and any text area. Found afresh each time. */
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

  // --- custom body -----------------------------------------------------------

  private customBodyField(): HTMLTextAreaElement | HTMLElement | null {
    const textareas = [...this.dialog.querySelectorAll('textarea')].filter((area) => !isOwnUi(area) && isShown(area));
    const labelled = textareas.find((area) => sameLabel(labelOf(area), LABELS.bodyModeCustom));
    if (labelled) return labelled;
    if (textareas.length === 1) return textareas[0]!;
    const editable = [...this.dialog.querySelectorAll<HTMLElement>('[contenteditable="true"], [contenteditable=""]')].filter((e) => !isOwnUi(e) && isShown(e));
    return editable.length === 1 ? editable[0]! : null;
  }

  private readCustomBody(): string {
    const field = this.customBodyField();
    if (!field) throw new EditorLayoutError(t('error_customBodyMissing'));
    return field instanceof HTMLTextAreaElement ? field.value : field.innerText;
  }

  private writeCustomBody(text: string): void {
    const field = this.customBodyField();
    if (!field) throw new EditorLayoutError(t('error_customBodyMissing'));
    if (field instanceof HTMLTextAreaElement) setControlValue(field, text);
    else if (!setEditableText(field, text)) throw new EditorLayoutError(t('error_customBodyRefused'));
  }

  // --- content format ------------------------------------------------------------

  /** Whether the content format is JSON; null when the editor shows no such choice. */
  private jsonFormat(): boolean | null {
    const dropdown = this.selectOffering(LABELS.formatJson, LABELS.formatPlainText);
    if (dropdown) return sameLabel([...dropdown.options].find((option) => option.value === dropdown.value)?.textContent, LABELS.formatJson);
    const json = choiceNamed(this.dialog, LABELS.formatJson);
    return json ? isChosen(json) : null;
  }

  private setFormat(label: string): void {
    const dropdown = this.selectOffering(LABELS.formatJson, LABELS.formatPlainText);
    if (dropdown) {
      const option = [...dropdown.options].find((candidate) => sameLabel(candidate.textContent, label));
      if (option) setControlValue(dropdown, option.value);
      return;
    }
    choiceNamed(this.dialog, label)?.click();
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
}
