import { describe, expect, it, vi } from 'vitest';
import { EditorLayoutError } from '../../../../src/content/clevertap/editor-port';
import { WebhookEditorDom } from '../../../../src/content/clevertap/webhook-editor-dom';
import type { PayloadState } from '../../../../src/shared/payload-contract';

const state: PayloadState = { templateKey: 'k', receiverProperty: 'SendbirdID', eventName: 'e', variables: {} };
import { editorFixture } from './editor-fixture';

const dialogWith = (html: string) => {
  document.body.innerHTML = `<div role="dialog">${html}</div>`;
  return new WebhookEditorDom(document.querySelector<HTMLElement>('[role="dialog"]')!);
};
const KV = 'Profile Variables &amp; custom key value pairs';

describe('body mode', () => {
  it('reads the chosen radio', () => {
    expect(new WebhookEditorDom(editorFixture({ mode: 'key-value' }).dialog).bodyMode()).toBe('key-value');
    expect(new WebhookEditorDom(editorFixture({ mode: 'custom-body' }).dialog).bodyMode()).toBe('custom-body');
  });

  it('reads a <select> that offers both modes', () => {
    const select = (index: number) => {
      const editor = dialogWith(`<select><option>Other</option><option>${KV}</option><option>Custom Body</option></select><textarea></textarea><button>+ Key-Value Pair</button>`);
      document.querySelector('select')!.selectedIndex = index;
      return editor;
    };
    expect(select(1).bodyMode()).toBe('key-value');
    expect(select(2).bodyMode()).toBe('custom-body');
    // Neither mode chosen in the select: the page's fields decide (a text area here).
    expect(select(0).bodyMode()).toBe('custom-body');
  });

  it('reads tabs', () => {
    expect(dialogWith(`<div role="tab" aria-selected="false">${KV}</div><div role="tab" aria-selected="true">Custom Body</div><button>+ Key-Value Pair</button>`).bodyMode()).toBe('custom-body');
    expect(dialogWith(`<div role="tab" aria-selected="true">${KV}</div><div role="tab" aria-selected="false">Custom Body</div><textarea></textarea>`).bodyMode()).toBe('key-value');
  });

  it('falls back to what is on the page, or nothing', () => {
    expect(dialogWith('<textarea></textarea><button>+ Key-Value Pair</button>').bodyMode()).toBe('custom-body');
    expect(dialogWith('<button>+ Key-Value Pair</button>').bodyMode()).toBe('key-value');
    expect(dialogWith('<p>nothing</p>').bodyMode()).toBeNull();
    expect(() => dialogWith('<p>nothing</p>').snapshot()).toThrow(EditorLayoutError);
  });
});

describe('content format', () => {
  it('switches a format <select> to JSON once', () => {
    const page = editorFixture({ format: 'Plain text' });
    const editor = new WebhookEditorDom(page.dialog);
    let changes = 0;
    page.dialog.querySelector('select')!.addEventListener('change', () => changes++);
    expect(editor.ensureJsonFormat()).toBe(true);
    expect(page.format()).toBe('JSON');
    expect(editor.ensureJsonFormat()).toBe(false);
    expect(changes).toBe(1);
  });

  it('clicks a JSON radio only when it is not chosen', () => {
    const editor = dialogWith('<label><input type="radio" name="f"> JSON</label><label><input type="radio" name="f" checked> Plain text</label>');
    const json = document.querySelector<HTMLInputElement>('input')!;
    expect(editor.ensureJsonFormat()).toBe(true);
    expect(json.checked).toBe(true);
    expect(editor.ensureJsonFormat()).toBe(false);
  });

  it('leaves a page without a JSON choice alone', () => {
    expect(dialogWith('<select><option>XML</option><option>Plain text</option></select>').ensureJsonFormat()).toBe(false);
    expect(dialogWith('<p>no format</p>').ensureJsonFormat()).toBe(false);
  });
});

describe('custom body field', () => {
  it('prefers the text area labelled Custom Body, else the only visible one', () => {
    const labelled = dialogWith('<textarea aria-label="Notes">n</textarea><textarea aria-label="Custom Body">c</textarea>');
    expect(labelled.read()).toEqual({ mode: 'custom-body', text: 'c' });
    const only = dialogWith('<textarea hidden>h</textarea><textarea>only</textarea><div data-sendbird-ui><textarea>ours</textarea></div>');
    expect(only.read()).toEqual({ mode: 'custom-body', text: 'only' });
    const two = dialogWith('<textarea>a</textarea><textarea>b</textarea>');
    expect(two.bodyMode()).toBeNull();
    expect(() => two.read()).toThrow(EditorLayoutError);
  });

  it('uses a lone contenteditable code editor', () => {
    expect(dialogWith('<div contenteditable="true">{"a": 1}</div>').read()).toEqual({ mode: 'custom-body', text: '{"a": 1}' });
    expect(dialogWith('<div contenteditable="">x</div>').bodyMode()).toBe('custom-body');
    expect(dialogWith('<div contenteditable="true">a</div><div contenteditable="true">b</div>').bodyMode()).toBeNull();
    expect(dialogWith('<div contenteditable="false">a</div>').bodyMode()).toBeNull();
  });

  it('writes the text area like typing', async () => {
    const page = editorFixture({ mode: 'custom-body', customBody: 'old' });
    const editor = new WebhookEditorDom(page.dialog);
    const seen: string[] = [];
    page.customBody().addEventListener('input', () => seen.push(page.customBody().value));
    await editor.write(state);
    expect(seen).toHaveLength(1);
    expect(editor.read()).toEqual({ mode: 'custom-body', text: seen[0] });
  });
});

describe('key-value rows', () => {
  it('reads the body’s rows after the mode switch, not the URL parameters', () => {
    const page = editorFixture({ rows: [['a', '1']], urlRows: [['utm', 'x']] });
    expect(new WebhookEditorDom(page.dialog).read()).toEqual({ mode: 'key-value', rows: [{ key: 'a', value: '1' }] });
  });

  it('without a mode switch uses the last add button', () => {
    const editor = dialogWith('<button>+ Key-Value Pair</button><div><input value="k"><input value="v"><button>+ Key-Value Pair</button></div>');
    expect(editor.read()).toEqual({ mode: 'key-value', rows: [{ key: 'k', value: 'v' }] });
    expect(dialogWith('<p>none</p>').bodyMode()).toBeNull();
    expect(() => dialogWith('<p>none</p>').read()).toThrow(EditorLayoutError);
  });

  it('keeps the URL parameters and other text areas out of the body rows', async () => {
    const page = editorFixture({ rows: [['a', '1']], urlRows: [['utm', 'x']] });
    page.dialog.querySelector('section.body')!.insertAdjacentHTML('beforeend', '<textarea aria-label="Notes"></textarea>');
    const editor = new WebhookEditorDom(page.dialog);
    await editor.write(state);
    expect(page.urlRows()).toEqual([['utm', 'x']]);
    expect(page.rows()[0]).toEqual(['a', '1']);
    expect(page.rows().map(([key]) => key)).toContain('template_key');
  });

  it('snapshots our rows only, and reverts them with the page’s own buttons, leaving the marketer’s', async () => {
    const page = editorFixture({ rows: [['utm', 'crm'], ['template_key', 'old'], ['a', '1']] });
    const editor = new WebhookEditorDom(page.dialog);
    const snapshot = editor.snapshot();
    expect(snapshot).toEqual({ mode: 'key-value', rows: [{ key: 'template_key', value: 'old' }], jsonFormat: true });
    await editor.write(state);
    expect(page.rows()).toContainEqual(['template_key', 'k']);
    await editor.revert(snapshot, new Set(['payload_version', 'template_key', 'receiver', 'event_name']));
    expect(page.rows()).toEqual([['utm', 'crm'], ['template_key', 'old'], ['a', '1']]);
  });

  it('reverts over rows it cannot remove by emptying them', async () => {
    const page = editorFixture({ rows: [['a', '1']], removeControl: 'none' });
    const editor = new WebhookEditorDom(page.dialog);
    const snapshot = editor.snapshot();
    await editor.write(state);
    await editor.revert(snapshot, new Set(['payload_version', 'template_key', 'receiver', 'event_name']));
    expect(page.rows().filter(([key, value]) => key || value)).toEqual([['a', '1']]);
  });

  it('reverts a Custom Body, and refuses to revert into the other mode', async () => {
    const page = editorFixture({ mode: 'custom-body', customBody: 'mine' });
    const editor = new WebhookEditorDom(page.dialog);
    const snapshot = editor.snapshot();
    expect(snapshot).toEqual({ mode: 'custom-body', text: 'mine', jsonFormat: true });
    await editor.write(state);
    await editor.revert(snapshot, new Set());
    expect(page.customBody().value).toBe('mine');
    await expect(editor.revert({ mode: 'key-value', rows: [], jsonFormat: true }, new Set())).rejects.toThrow('Switch the body back to "Profile Variables & custom key value pairs" to undo.');
    const kv = new WebhookEditorDom(editorFixture({ rows: [] }).dialog);
    await expect(kv.revert(snapshot, new Set())).rejects.toThrow('Switch the body back to "Custom Body" to undo.');
  });
});

const OUR_KEYS = new Set(['payload_version', 'template_key', 'receiver', 'event_name']);

describe('body mode, edges', () => {
  it('takes a <select> choosing Custom Body over a page that shows only rows, and a select choosing neither from the page', () => {
    // A fresh dialog per choice: happy-dom keeps a select's first selectedOptions.
    const chosen = (index: number) => {
      const editor = dialogWith(`<select><option>Other</option><option>${KV}</option><option>Custom Body</option></select><button>+ Key-Value Pair</button>`);
      document.querySelector('select')!.selectedIndex = index;
      return editor.bodyMode();
    };
    expect(chosen(2)).toBe('custom-body');
    expect(chosen(0)).toBe('key-value');
    expect(chosen(-1)).toBe('key-value');
  });

  it('says which part it could not recognise', async () => {
    const nothing = dialogWith('<p>nothing</p>');
    expect(() => nothing.read()).toThrow('The body mode could not be recognised.');
    await expect(nothing.write(state)).rejects.toThrow('Neither the key-value pairs nor a Custom Body editor was found.');
    const noAdd = dialogWith(`<label><input type="radio" name="b" checked> ${KV}</label><input value="k"><input value="v">`);
    expect(() => noAdd.read()).toThrow('The "+ Key-Value Pair" button was not found.');
    const noField = dialogWith(`<label><input type="radio" name="b" checked> Custom Body</label>`);
    expect(() => noField.read()).toThrow('The Custom Body editor was not found.');
    await expect(noField.write(state)).rejects.toThrow('The Custom Body editor was not found.');
  });
});

describe('which rows are the body’s', () => {
  it('with only the key-value choice on the page, stops at it: a field above it is not a row', () => {
    const editor = dialogWith(`<div class="content"><label>Name <input value="My webhook"></label>
      <label><input type="radio" name="b" checked> ${KV}</label>
      <section><div class="list"><div><input value="k"><input value="v"></div></div><div><button>+ Key-Value Pair</button></div></section></div>`);
    expect(editor.read()).toEqual({ mode: 'key-value', rows: [{ key: 'k', value: 'v' }] });
  });

  it('with no mode switch at all, still finds rows beside the add button’s wrapper', () => {
    const editor = dialogWith(`<div class="content"><section><div class="list"><div><input value="k"><input value="v"></div></div><div><button>+ Key-Value Pair</button></div></section></div>`);
    expect(editor.read()).toEqual({ mode: 'key-value', rows: [{ key: 'k', value: 'v' }] });
  });

  it('stops at another "+ Key-Value Pair" list that has no heading', () => {
    const editor = dialogWith(`<div class="content">
      <div class="params"><div><input value="utm"><input value="x"></div><button>+ Key-Value Pair</button></div>
      <label><input type="radio" name="b" checked> ${KV}</label>
      <div class="body"><section><div class="list"><div><input value="k"><input value="v"></div></div><div><button>+ Key-Value Pair</button></div></section></div></div>`);
    expect(editor.read()).toEqual({ mode: 'key-value', rows: [{ key: 'k', value: 'v' }] });
  });

  it('takes the first add button after the switch, not a later list’s (headers below the body)', () => {
    const editor = dialogWith(`<label><input type="radio" name="b" checked> ${KV}</label>
      <section class="body"><div><input value="k"><input value="v"></div><button>+ Key-Value Pair</button></section>
      <section class="headers"><h4>Headers</h4><div><input value="h"><input value="1"></div><button>+ Key-Value Pair</button></section>`);
    expect(editor.read()).toEqual({ mode: 'key-value', rows: [{ key: 'k', value: 'v' }] });
  });

  it('skips a hidden add button', () => {
    const editor = dialogWith(`<label><input type="radio" name="b" checked> ${KV}</label>
      <div hidden><button>+ Key-Value Pair</button></div>
      <section class="body"><div><input value="k"><input value="v"></div><button>+ Key-Value Pair</button></section>`);
    expect(editor.read()).toEqual({ mode: 'key-value', rows: [{ key: 'k', value: 'v' }] });
  });

  it('stops at a "URL key-value pairs" heading even when that list has no add button', () => {
    const editor = dialogWith(`<div class="content">
      <div class="params"><h4>URL key-value pairs</h4><div><input value="utm"><input value="x"></div></div>
      <div class="body"><section><div class="list"><div><input value="k"><input value="v"></div></div><div><button>+ Key-Value Pair</button></div></section></div></div>`);
    expect(editor.read()).toEqual({ mode: 'key-value', rows: [{ key: 'k', value: 'v' }] });
  });

  it('does not let our own text area bound the rows', () => {
    const editor = dialogWith(`<div class="wrap"><div data-sendbird-ui><textarea></textarea></div>
      <div class="list"><div><input value="k"><input value="v"></div></div><div><button>+ Key-Value Pair</button></div></div>`);
    expect(editor.read()).toEqual({ mode: 'key-value', rows: [{ key: 'k', value: 'v' }] });
  });
});

describe('custom body, edges', () => {
  it('picks the page’s one shown code editor, not ours or a hidden one', () => {
    expect(dialogWith('<div data-sendbird-ui><div contenteditable="true">ours</div></div><div contenteditable="true">page</div>').read()).toEqual({ mode: 'custom-body', text: 'page' });
    expect(dialogWith('<div hidden><div contenteditable="true">old</div></div><div contenteditable="true">page</div>').read()).toEqual({ mode: 'custom-body', text: 'page' });
  });

  it('says so when a code editor does not take the text', async () => {
    const editor = dialogWith('<div contenteditable="true">mine</div>');
    const editable = document.querySelector<HTMLElement>('[contenteditable]')!;
    const execCommand = document.execCommand;
    document.execCommand = () => false;
    try {
      await expect(editor.write(state)).rejects.toThrow('The Custom Body editor did not accept the text.');
    } finally {
      document.execCommand = execCommand;
    }
    expect(editable.textContent).toBe('mine');
  });

  it('writes a code editor through the editing pipeline when it takes the text', async () => {
    const editor = dialogWith('<div contenteditable="true">mine</div>');
    const editable = document.querySelector<HTMLElement>('[contenteditable]')!;
    const execCommand = document.execCommand;
    // Chrome keeps the line breaks of a pre-wrap code editor in innerText; happy-dom drops them.
    Object.defineProperty(editable, 'innerText', { get: () => editable.textContent });
    document.execCommand = ((command: string, _ui: boolean, text: string) => {
      if (command !== 'insertText') return false;
      editable.textContent = text;
      return true;
    }) as typeof document.execCommand;
    try {
      await editor.write(state);
    } finally {
      document.execCommand = execCommand;
    }
    expect(JSON.parse(editable.textContent!)).toMatchObject({ template_key: 'k' });
  });
});

describe('content format, revert', () => {
  it('puts Plain text back when Apply had switched it to JSON, and leaves JSON alone otherwise', async () => {
    const page = editorFixture({ format: 'Plain text', rows: [['a', '1']] });
    const editor = new WebhookEditorDom(page.dialog);
    const select = page.dialog.querySelector('select')!;
    let changes = 0;
    select.addEventListener('change', () => changes++);
    const plain = editor.snapshot();
    expect(editor.ensureJsonFormat()).toBe(true);
    expect(select.value).toBe('json');
    await editor.revert(plain, OUR_KEYS);
    expect(select.value).toBe('text');
    expect(changes).toBe(2);
    await editor.revert(plain, OUR_KEYS);
    expect(changes).toBe(2);
    expect(editor.ensureJsonFormat()).toBe(true);
    await editor.revert({ ...plain, jsonFormat: true }, OUR_KEYS);
    await editor.revert({ ...plain, jsonFormat: null }, OUR_KEYS);
    expect(select.value).toBe('json');
    expect(changes).toBe(3);
  });

  it('reads a format <select> with nothing chosen as not JSON', () => {
    const editor = dialogWith('<select><option value="j">JSON</option><option value="p">Plain text</option></select>');
    document.querySelector('select')!.selectedIndex = -1;
    expect(editor.ensureJsonFormat()).toBe(true);
    expect(document.querySelector('select')!.value).toBe('j');
  });

  it('leaves a lone JSON toggle on when there is no Plain text choice to go back to', async () => {
    const editor = dialogWith('<textarea aria-label="Custom Body">x</textarea><label><input type="checkbox" checked> JSON</label>');
    await editor.revert({ mode: 'custom-body', text: 'x', jsonFormat: false }, new Set());
    expect(document.querySelector<HTMLInputElement>('input[type="checkbox"]')!.checked).toBe(true);
  });
});

describe('writing rows, edges', () => {
  it('reverts a contract row whose key the marketer typed with spaces', async () => {
    const page = editorFixture({ rows: [[' template_key ', 'old'], ['a', '1']] });
    const editor = new WebhookEditorDom(page.dialog);
    const snapshot = editor.snapshot();
    expect(snapshot.mode === 'key-value' && snapshot.rows).toEqual([{ key: ' template_key ', value: 'old' }]);
    await editor.write(state);
    await editor.revert(snapshot, OUR_KEYS);
    const kept = page.rows().filter(([key, value]) => key || value);
    expect(kept).toEqual([['template_key', 'old'], ['a', '1']]);
  });

  it('does not retype a key that is already right', async () => {
    const page = editorFixture({ rows: [['template_key', 'old']] });
    const editor = new WebhookEditorDom(page.dialog);
    const keyInput = page.dialog.querySelector<HTMLInputElement>('.rows input')!;
    let keyEvents = 0;
    keyInput.addEventListener('input', () => keyEvents++);
    await editor.write(state);
    expect(keyEvents).toBe(0);
    expect(page.rows()[0]).toEqual(['template_key', 'k']);
  });

  it('says so when a new row does not come blank', async () => {
    const editor = dialogWith('<div class="list"></div><button>+ Key-Value Pair</button>');
    const list = document.querySelector('.list')!;
    document.querySelector('button')!.addEventListener('click', () => list.insertAdjacentHTML('beforeend', '<div><input value="prefilled"><input value=""></div>'));
    await expect(editor.write(state)).rejects.toThrow('"+ Key-Value Pair" did not add a row.');
  });

  it('says which key the editor would not keep', async () => {
    vi.useFakeTimers();
    try {
      const editor = dialogWith('<div class="list"><div><input value=""><input value=""></div></div><button>+ Key-Value Pair</button>');
      const key = document.querySelector<HTMLInputElement>('.list input')!;
      key.addEventListener('input', () => {
        key.value = '';
      });
      const written = editor.write(state);
      const failed = expect(written).rejects.toThrow('The editor did not keep the key "payload_version".');
      await vi.advanceTimersByTimeAsync(3_100);
      await failed;
    } finally {
      vi.useRealTimers();
    }
  });

  it('says which row went away while its key was written', async () => {
    const page = editorFixture({ rows: [[' template_key', 'old']] });
    const editor = new WebhookEditorDom(page.dialog);
    const keyInput = page.dialog.querySelector<HTMLInputElement>('.rows input')!;
    keyInput.addEventListener('input', () => keyInput.closest('.row')!.remove());
    await expect(editor.write({ ...state, variables: {} })).rejects.toThrow(/went away while it was written/);
  });

  it('says which row it could not remove', async () => {
    vi.useFakeTimers();
    try {
      const editor = dialogWith('<div class="list"><div><input value="template_key"><input value="old"><button aria-label="Delete">x</button></div><div><input value="template_key"><input value="again"><button aria-label="Delete">x</button></div></div><button>+ Key-Value Pair</button>');
      const written = editor.write(state);
      const failed = expect(written).rejects.toThrow('The "template_key" row could not be removed.');
      await vi.advanceTimersByTimeAsync(3_100);
      await failed;
    } finally {
      vi.useRealTimers();
    }
  });

  it('empties a repeated row it cannot remove even when the page drops it as it empties', async () => {
    const editor = dialogWith('<div class="list"><div class="r"><input value="template_key"><input value="old"></div><div class="r"><input value="template_key"><input value="again"></div></div><button>+ Key-Value Pair</button>');
    const list = document.querySelector('.list')!;
    document.querySelector('button')!.addEventListener('click', () => list.insertAdjacentHTML('beforeend', '<div class="r"><input value=""><input value=""></div>'));
    const second = document.querySelectorAll<HTMLInputElement>('.r input')[3]!;
    second.addEventListener('input', () => second.closest('.r')!.remove());
    await editor.write(state);
    expect(editor.read().mode === 'key-value' && editor.read()).toMatchObject({ rows: expect.arrayContaining([{ key: 'template_key', value: 'k' }]) });
  });
});

describe('watching and page context', () => {
  it('reports a change once per frame for rows added, choices switched, values typed, and stops when asked', async () => {
    const page = editorFixture({ rows: [['a', '1']] });
    const editor = new WebhookEditorDom(page.dialog);
    const frame = () => new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)));
    let changes = 0;
    const stop = editor.watch(() => changes++);
    page.dialog.querySelector<HTMLElement>('section.body .add')!.click();
    page.dialog.querySelector<HTMLElement>('section.body .add')!.click();
    await frame();
    expect(changes).toBe(1);
    for (const attribute of ['checked', 'aria-checked', 'aria-selected', 'value']) {
      page.dialog.querySelector('.rows .row')!.setAttribute(attribute, 'true');
      await frame();
    }
    expect(changes).toBe(5);
    page.dialog.querySelector('.rows .row')!.setAttribute('data-other', 'x');
    await frame();
    expect(changes).toBe(5);
    page.dialog.querySelector('.rows input')!.dispatchEvent(new Event('input', { bubbles: true }));
    await frame();
    expect(changes).toBe(6);
    stop();
    page.dialog.querySelector<HTMLElement>('section.body .add')!.click();
    page.dialog.querySelector('.rows input')!.dispatchEvent(new Event('input', { bubbles: true }));
    await frame();
    expect(changes).toBe(6);
  });

  it('reads Liquid in the body’s rows only in key-value mode', () => {
    const kv = editorFixture({ rows: [['name', '{{ Profile.name }}']] });
    expect(new WebhookEditorDom(kv.dialog).pageContext().editorLiquid).toBe(true);
    const plain = editorFixture({ rows: [['name', 'Ada']] });
    expect(new WebhookEditorDom(plain.dialog).pageContext().editorLiquid).toBe(false);
    const custom = editorFixture({ mode: 'custom-body', customBody: '{"a": "{{ Profile.name }}"}', urlRows: [['utm', '{{ Profile.name }}']] });
    expect(new WebhookEditorDom(custom.dialog).pageContext().editorLiquid).toBe(false);
  });

  it('gives the layout report of its dialog', () => {
    const page = editorFixture({ rows: [['secret-key', 'secret-value']] });
    const report = new WebhookEditorDom(page.dialog).layoutReport();
    expect(report).toContain('+ Key-Value Pair');
    expect(report).not.toContain('secret-value');
  });
});
