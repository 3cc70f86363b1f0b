import { describe, expect, it } from 'vitest';
import { EditorLayoutError, WebhookEditorDom } from '../../../../src/content/clevertap/webhook-editor-dom';
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
    expect(labelled.readCustomBody()).toBe('c');
    const only = dialogWith('<textarea hidden>h</textarea><textarea>only</textarea><div data-sendbird-ui><textarea>ours</textarea></div>');
    expect(only.readCustomBody()).toBe('only');
    const two = dialogWith('<textarea>a</textarea><textarea>b</textarea>');
    expect(two.customBodyField()).toBeNull();
    expect(() => two.readCustomBody()).toThrow(EditorLayoutError);
    expect(() => two.writeCustomBody('x')).toThrow(EditorLayoutError);
  });

  it('uses a lone contenteditable code editor', () => {
    const editor = dialogWith('<div contenteditable="true">{"a": 1}</div>');
    expect(editor.customBodyField()).toBe(document.querySelector('[contenteditable]'));
    expect(dialogWith('<div contenteditable="">x</div>').customBodyField()).toBe(document.querySelector('[contenteditable]'));
    expect(dialogWith('<div contenteditable="true">a</div><div contenteditable="true">b</div>').customBodyField()).toBeNull();
    expect(dialogWith('<div contenteditable="false">a</div>').customBodyField()).toBeNull();
  });

  it('writes the text area like typing', () => {
    const page = editorFixture({ mode: 'custom-body', customBody: 'old' });
    const editor = new WebhookEditorDom(page.dialog);
    const seen: string[] = [];
    page.customBody().addEventListener('input', () => seen.push(page.customBody().value));
    editor.writeCustomBody('{"new": true}');
    expect(seen).toEqual(['{"new": true}']);
    expect(editor.readCustomBody()).toBe('{"new": true}');
  });
});

describe('key-value rows', () => {
  it('finds the body’s add button after the mode switch, not the URL parameters’ one', () => {
    const page = editorFixture({ rows: [['a', '1']], urlRows: [['utm', 'x']] });
    const editor = new WebhookEditorDom(page.dialog);
    expect(editor.addRowButton()).toBe(page.dialog.querySelector('section.body .add'));
    expect(editor.readRows()).toEqual([{ key: 'a', value: '1' }]);
  });

  it('without a mode switch takes the last add button', () => {
    const editor = dialogWith('<button>+ Key-Value Pair</button><div><button>+ Key-Value Pair</button></div>');
    expect(editor.addRowButton()).toBe(document.querySelectorAll('button')[1]);
    expect(dialogWith('<p>none</p>').addRowButton()).toBeNull();
    expect(() => dialogWith('<p>none</p>').rows()).toThrow(EditorLayoutError);
  });

  it('keeps the URL parameters and other text areas out of the body rows', async () => {
    const page = editorFixture({ rows: [['a', '1']], urlRows: [['utm', 'x']] });
    page.dialog.querySelector('section.body')!.insertAdjacentHTML('beforeend', '<textarea aria-label="Notes"></textarea>');
    const editor = new WebhookEditorDom(page.dialog);
    expect(editor.readRows()).toEqual([{ key: 'a', value: '1' }]);
    await editor.addRow();
    expect(page.urlRows()).toEqual([['utm', 'x']]);
    expect(page.rows()).toEqual([['a', '1'], ['', '']]);
  });

  it('snapshots and restores rows exactly, with the page’s own buttons', async () => {
    const page = editorFixture({ rows: [['utm', 'crm'], ['a', '1']] });
    const editor = new WebhookEditorDom(page.dialog);
    const snapshot = editor.snapshot();
    expect(snapshot).toEqual({ mode: 'key-value', rows: [{ key: 'utm', value: 'crm' }, { key: 'a', value: '1' }] });
    await editor.addRow();
    await editor.addRow();
    editor.setRow(editor.rows()[1]!, 'b', '2');
    await editor.restore(snapshot);
    expect(page.rows()).toEqual([['utm', 'crm'], ['a', '1']]);
    await editor.removeRow(editor.rows()[1]!);
    await editor.removeRow(editor.rows()[0]!);
    await editor.restore(snapshot);
    expect(page.rows()).toEqual([['utm', 'crm'], ['a', '1']]);
  });

  it('restores over rows it cannot remove by emptying them', async () => {
    const page = editorFixture({ rows: [['a', '1']], removeControl: 'none' });
    const editor = new WebhookEditorDom(page.dialog);
    const snapshot = editor.snapshot();
    await editor.addRow();
    editor.setRow(editor.rows()[1]!, 'variables.x', 'y');
    await editor.restore(snapshot);
    expect(page.rows()).toEqual([['a', '1'], ['', '']]);
  });

  it('restores a Custom Body, and refuses to undo into the other mode', async () => {
    const page = editorFixture({ mode: 'custom-body', customBody: 'mine' });
    const editor = new WebhookEditorDom(page.dialog);
    const snapshot = editor.snapshot();
    expect(snapshot).toEqual({ mode: 'custom-body', text: 'mine' });
    editor.writeCustomBody('ours');
    await editor.restore(snapshot);
    expect(page.customBody().value).toBe('mine');
    await expect(editor.restore({ mode: 'key-value', rows: [] })).rejects.toThrow('Switch the body back to "Profile Variables & custom key value pairs" to undo.');
    const kv = new WebhookEditorDom(editorFixture({ rows: [] }).dialog);
    await expect(kv.restore(snapshot)).rejects.toThrow('Switch the body back to "Custom Body" to undo.');
  });
});
