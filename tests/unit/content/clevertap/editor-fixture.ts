/**
 * A live stand-in for CleverTap's Create Webhook Content dialog in happy-dom,
 * built from plain DOM: "+ Key-Value Pair" adds a row, a row's remove control
 * removes it, the body-mode radios and the format <select> switch like the real
 * ones. Only labels, roles and structure matter to the adapters, as on the page.
 */
export type RemoveControl = 'named' | 'none' | 'unnamed' | 'two-unnamed';

export interface EditorFixtureOptions {
  mode?: 'key-value' | 'custom-body';
  rows?: ReadonlyArray<readonly [string, string]>;
  customBody?: string;
  format?: 'JSON' | 'Plain text';
  removeControl?: RemoveControl;
  /** URL parameter rows above the body switch, with their own "+ Key-Value Pair". */
  urlRows?: ReadonlyArray<readonly [string, string]>;
}

export interface EditorFixture {
  dialog: HTMLElement;
  /** The body's rows as [key, value], in page order. */
  rows(): Array<[string, string]>;
  urlRows(): Array<[string, string]>;
  customBody(): HTMLTextAreaElement;
  format(): string;
  /** How often a remove control of the body rows was clicked. */
  removeClicks: number;
}

export function editorFixture(options: EditorFixtureOptions = {}): EditorFixture {
  const { mode = 'key-value', rows = [], customBody = '', format = 'JSON', removeControl = 'named', urlRows } = options;
  document.body.innerHTML = `
    <div role="dialog" aria-label="Create Webhook Content">
      <h2>Create Webhook Content</h2>
      <div class="content">
      ${urlRows ? '<section class="url"><h4>URL key-value pairs</h4><div class="url-rows"></div><button type="button" class="url-add">+ Key-Value Pair</button></section>' : ''}
      <fieldset>
        <label><input type="radio" name="body" value="kv"> Profile Variables &amp; custom key value pairs</label>
        <label><input type="radio" name="body" value="custom"> Custom Body</label>
      </fieldset>
      <label>Content format <select class="format"><option value="json">JSON</option><option value="text">Plain text</option></select></label>
      <section class="body"></section>
      </div>
    </div>`;
  const dialog = document.querySelector<HTMLElement>('[role="dialog"]')!;
  const body = dialog.querySelector<HTMLElement>('section.body')!;
  const select = dialog.querySelector<HTMLSelectElement>('select.format')!;
  select.value = format === 'JSON' ? 'json' : 'text';
  const fixture: EditorFixture = {
    dialog,
    rows: () => readRows(body.querySelector('.rows')),
    urlRows: () => readRows(dialog.querySelector('.url-rows')),
    customBody: () => body.querySelector('textarea')!,
    format: () => select.selectedOptions[0]!.textContent!,
    removeClicks: 0,
  };

  const addRow = (list: HTMLElement, key: string, value: string, withRemove: RemoveControl) => {
    const row = document.createElement('div');
    row.className = 'row';
    row.innerHTML = '<input type="text" placeholder="Key"><input type="text" placeholder="Value">';
    const [keyInput, valueInput] = row.querySelectorAll('input');
    keyInput!.value = key;
    valueInput!.value = value;
    const buttons: HTMLButtonElement[] = [];
    if (withRemove === 'named') buttons.push(button('', 'Delete row'));
    if (withRemove === 'unnamed') buttons.push(button('', ''));
    if (withRemove === 'two-unnamed') buttons.push(button('', ''), button('', ''));
    for (const b of buttons) {
      row.append(b);
      b.addEventListener('click', () => {
        if (list.classList.contains('rows')) fixture.removeClicks++;
        // Of two unnamed buttons only the second removes: the adapter must not guess.
        if (withRemove === 'two-unnamed' && b !== buttons[1]) return;
        row.remove();
      });
    }
    list.append(row);
  };

  if (urlRows) {
    const list = dialog.querySelector<HTMLElement>('.url-rows')!;
    for (const [k, v] of urlRows) addRow(list, k, v, 'named');
    dialog.querySelector('.url-add')!.addEventListener('click', () => addRow(list, '', '', 'named'));
  }

  const radios = dialog.querySelectorAll<HTMLInputElement>('input[name="body"]');
  const showMode = (which: 'key-value' | 'custom-body', initialRows: ReadonlyArray<readonly [string, string]>) => {
    radios[0]!.checked = which === 'key-value';
    radios[1]!.checked = which === 'custom-body';
    if (which === 'key-value') {
      body.innerHTML = '<div class="kv"><div class="rows"></div><button type="button" class="add">+ Key-Value Pair</button></div>';
      const list = body.querySelector<HTMLElement>('.rows')!;
      for (const [k, v] of initialRows) addRow(list, k, v, removeControl);
      body.querySelector('.add')!.addEventListener('click', () => addRow(list, '', '', removeControl));
    } else {
      body.innerHTML = '<textarea aria-label="Custom Body"></textarea>';
      body.querySelector('textarea')!.value = customBody;
    }
  };
  radios[0]!.addEventListener('change', () => showMode('key-value', [['', '']]));
  radios[1]!.addEventListener('change', () => showMode('custom-body', []));
  showMode(mode, rows);
  return fixture;
}

function button(text: string, label: string): HTMLButtonElement {
  const b = document.createElement('button');
  b.type = 'button';
  b.textContent = text;
  if (label) b.setAttribute('aria-label', label);
  return b;
}

function readRows(list: Element | null): Array<[string, string]> {
  if (!list) return [];
  return [...list.querySelectorAll('.row')].map((row) => {
    const [key, value] = row.querySelectorAll('input');
    return [key!.value, value!.value];
  });
}
