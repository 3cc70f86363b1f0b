/**
 * A Create Webhook Content dialog built like a React app, in happy-dom: the page
 * keeps its own state, catches events at the dialog, and re-creates the row
 * elements from that state. Knobs make it as hostile as real dashboards get.
 */
export interface FakeEditorOptions {
  rows?: { k: string; v: string }[];
  mode?: 'kv' | 'body';
  format?: 'json' | 'plain';
  body?: string;
  /** 'input': rows re-created inside every input event; 'structure': after add/remove only (next tick). */
  rebuild?: 'input' | 'structure';
  /** Called by the page after each change it takes, so a test can act "underneath" the writer. */
  onChange?: (editor: FakeEditor) => void;
}

export interface FakeEditor {
  dialog: HTMLElement;
  state: { mode: 'kv' | 'body'; format: 'json' | 'plain'; rows: { k: string; v: string }[]; body: string };
  /** How many input events the page has taken. */
  inputs: number;
  /** The page throws an input away (and shows its state again) when this says so. */
  refuse: (inputNumber: number, target: HTMLInputElement) => boolean;
  /** Re-creates the rows from state (what a framework's render does). */
  render(): void;
  /** Rows as the page's own state holds them (what Save would keep). */
  saved(): [string, string][];
}

export function createFakeEditor(options: FakeEditorOptions = {}): FakeEditor {
  document.body.innerHTML = '';
  const dialog = document.createElement('div');
  dialog.setAttribute('role', 'dialog');
  dialog.setAttribute('aria-label', 'Create Webhook Content');
  dialog.innerHTML = `
    <h3>Create Webhook Content</h3>
    <fieldset><legend>Content format</legend>
      <label><input type="radio" name="format" value="json"> JSON</label>
      <label><input type="radio" name="format" value="plain"> Plain text</label>
    </fieldset>
    <fieldset><legend>Body</legend>
      <label><input type="radio" name="mode" value="kv"> Profile Variables &amp; custom key value pairs</label>
      <label><input type="radio" name="mode" value="body"> Custom Body</label>
    </fieldset>
    <div class="kv"><ul aria-label="Key-value pairs"></ul><button type="button" data-add>+ Key-Value Pair</button></div>
    <div class="body"><label for="cb">Custom Body</label><textarea id="cb"></textarea></div>
    <button type="button">Save</button>`;
  document.body.append(dialog);

  const editor: FakeEditor = {
    dialog,
    state: { mode: options.mode ?? 'kv', format: options.format ?? 'json', rows: (options.rows ?? [{ k: '', v: '' }]).map((row) => ({ ...row })), body: options.body ?? '' },
    inputs: 0,
    refuse: () => false,
    render() {
      const list = dialog.querySelector('ul')!;
      list.replaceChildren(
        ...editor.state.rows.map((row, index) => {
          const item = document.createElement('li');
          item.innerHTML = `<input aria-label="Key ${index + 1}" data-index="${index}" data-field="k"><input aria-label="Value ${index + 1}" data-index="${index}" data-field="v"><button type="button" aria-label="Remove pair ${index + 1}" data-remove="${index}">🗑</button>`;
          item.querySelector<HTMLInputElement>('[data-field="k"]')!.value = row.k;
          item.querySelector<HTMLInputElement>('[data-field="v"]')!.value = row.v;
          return item;
        }),
      );
      (dialog.querySelector('.kv') as HTMLElement).hidden = editor.state.mode !== 'kv';
      (dialog.querySelector('.body') as HTMLElement).hidden = editor.state.mode !== 'body';
      dialog.querySelector<HTMLTextAreaElement>('textarea')!.value = editor.state.body;
      for (const radio of dialog.querySelectorAll<HTMLInputElement>('input[type="radio"]')) {
        radio.checked = radio.name === 'mode' ? radio.value === editor.state.mode : radio.value === editor.state.format;
      }
    },
    saved() {
      return editor.state.rows.map((row) => [row.k, row.v]);
    },
  };
  const later = (work: () => void) => setTimeout(work, 5);

  dialog.addEventListener('input', (event) => {
    const target = event.target as HTMLInputElement;
    editor.inputs++;
    if (editor.refuse(editor.inputs, target)) {
      // The page throws the change away and shows its state again.
      editor.render();
      return;
    }
    if (target.tagName === 'TEXTAREA') editor.state.body = target.value;
    else if (target.dataset.field) {
      const row = editor.state.rows[Number(target.dataset.index)];
      if (row) row[target.dataset.field as 'k' | 'v'] = target.value;
      if (options.rebuild === 'input') editor.render();
    }
    options.onChange?.(editor);
  });
  dialog.addEventListener('change', (event) => {
    const target = event.target as HTMLInputElement;
    if (target.name === 'mode') editor.state.mode = target.value as 'kv' | 'body';
    if (target.name === 'format') editor.state.format = target.value as 'json' | 'plain';
    if (target.name) editor.render();
  });
  dialog.addEventListener('click', (event) => {
    const button = (event.target as HTMLElement).closest('button');
    if (!button) return;
    if (button.hasAttribute('data-add')) editor.state.rows.push({ k: '', v: '' });
    else if (button.dataset.remove !== undefined) editor.state.rows.splice(Number(button.dataset.remove), 1);
    else return;
    if (options.rebuild === 'structure' || options.rebuild === 'input') later(() => editor.render());
    else editor.render();
    options.onChange?.(editor);
  });
  editor.render();
  return editor;
}
