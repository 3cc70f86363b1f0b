import { describe, expect, it } from 'vitest';
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
