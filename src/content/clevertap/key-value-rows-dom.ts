import { t } from '../../shared/i18n';
import type { KeyValueRow } from '../../shared/payload-contract';
import { setControlValue } from '../dom/set-value';
import { isOwnUi, normalizeLabel } from '../dom/text';
import { waitFor } from '../dom/wait';
import { EditorLayoutError } from './editor-port';
import { LABELS } from './labels';

type TextControl = HTMLInputElement | HTMLTextAreaElement;

export interface RowElements {
  row: HTMLElement;
  key: TextControl;
  value: TextControl;
  remove: HTMLElement | null;
}


const TEXT_INPUTS = 'input:not([type]), input[type="text"], input[type="search"], input[type="url"], textarea';
const REMOVE_WORDS = LABELS.removeRow.map((word) => normalizeLabel(word));

/**
 * A list of key/value input rows with a "+ Key-Value Pair" button, as CleverTap
 * uses for body pairs and webhook headers. The rows live in the largest
 * ancestor of the add button that holds none of the `boundaries` (the
 * neighbouring controls that are not rows).
 */
export class KeyValueRowsDom {
  private readonly region: HTMLElement;

  constructor(
    private readonly add: HTMLElement,
    container: HTMLElement,
    boundaries: readonly Element[],
  ) {
    let region = add.parentElement ?? add;
    for (let parent = region.parentElement; parent && parent !== container; parent = parent.parentElement) {
      if (boundaries.some((boundary) => parent.contains(boundary))) break;
      region = parent;
    }
    this.region = region;
  }

  rows(): RowElements[] {
    const inputs = [...this.region.querySelectorAll<TextControl>(TEXT_INPUTS)].filter((input) => !isOwnUi(input));
    if (inputs.length % 2 !== 0) throw new EditorLayoutError(t('error_rowsAmbiguous'));
    const rows: RowElements[] = [];
    for (let i = 0; i < inputs.length; i += 2) {
      const key = inputs[i]!;
      const value = inputs[i + 1]!;
      const row = commonAncestor(key, value, this.region);
      rows.push({ row, key, value, remove: removeButtonIn(row, this.add) });
    }
    return rows;
  }

  read(): KeyValueRow[] {
    return this.rows().map(({ key, value }) => ({ key: key.value, value: value.value }));
  }

  /** Rows whose key is `key`, looked up now (pages re-create row elements on every change). */
  withKey(key: string): RowElements[] {
    return this.rows().filter((row) => row.key.value.trim() === key);
  }

  /** The first row holding nothing (CleverTap opens with one). */
  blank(): RowElements | undefined {
    return this.rows().find((row) => !row.key.value && !row.value.value);
  }

  /** Clicks "+ Key-Value Pair" and waits for the new row, which it returns as found now. */
  async addRow(): Promise<RowElements> {
    const before = this.rows().length;
    this.add.click();
    const rows = await waitFor(() => {
      const now = this.rows();
      return now.length > before ? now : null;
    }, 3_000, this.region);
    if (!rows) throw new EditorLayoutError(t('error_addRowFailed'));
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
    const gone = await waitFor(() => this.rows().length < before, 3_000, this.region);
    if (!gone) throw new EditorLayoutError(t('error_removeRowFailed'));
  }
}

/** The nearest element holding both inputs: both sit inside `limit`, so the walk ends there at the latest. */
function commonAncestor(a: HTMLElement, b: HTMLElement, limit: HTMLElement): HTMLElement {
  let ancestor: HTMLElement | null = a.parentElement;
  while (ancestor && !ancestor.contains(b)) ancestor = ancestor.parentElement;
  return ancestor ?? limit;
}

function removeButtonIn(row: HTMLElement, add: HTMLElement): HTMLElement | null {
  if (row.contains(add)) return null;
  const buttons = [...row.querySelectorAll<HTMLElement>('button, [role="button"]')].filter((button) => !isOwnUi(button));
  const named = buttons.find((button) => {
    const name = normalizeLabel(`${button.getAttribute('aria-label') ?? ''} ${button.getAttribute('title') ?? ''} ${button.textContent ?? ''}`);
    return REMOVE_WORDS.some((word) => name.includes(word));
  });
  return named ?? (buttons.length === 1 ? buttons[0]! : null);
}
