import { afterEach, describe, expect, it, vi } from 'vitest';
import { EditorLayoutError } from '../../../../src/content/clevertap/editor-port';
import { KeyValueRowsDom } from '../../../../src/content/clevertap/key-value-rows-dom';
import { editorFixture } from './editor-fixture';

const rowsOf = (dialog: HTMLElement) => {
  const add = dialog.querySelector<HTMLElement>('section.body .add')!;
  return new KeyValueRowsDom(add, dialog, [...dialog.querySelectorAll('fieldset, select, .url')]);
};

afterEach(() => vi.useRealTimers());

describe('key-value rows', () => {
  it('reads the rows between the boundaries, pairing key and value', () => {
    const page = editorFixture({ rows: [['a', '1'], ['b', '2']], urlRows: [['utm', 'x']] });
    expect(rowsOf(page.dialog).read()).toEqual([{ key: 'a', value: '1' }, { key: 'b', value: '2' }]);
  });

  it('skips hidden inputs and our own UI', () => {
    const page = editorFixture({ rows: [['a', '1']] });
    const list = page.dialog.querySelector('.rows')!;
    list.insertAdjacentHTML('beforeend', '<input type="hidden" value="csrf"><div data-sendbird-ui><input value="ours"></div>');
    expect(rowsOf(page.dialog).read()).toEqual([{ key: 'a', value: '1' }]);
  });

  it('refuses rows it cannot tell apart', () => {
    const page = editorFixture({ rows: [['a', '1']] });
    page.dialog.querySelector('.rows')!.insertAdjacentHTML('beforeend', '<input value="stray">');
    expect(() => rowsOf(page.dialog).rows()).toThrow(EditorLayoutError);
  });

  it('adds a row with the page’s own button and returns it', async () => {
    const page = editorFixture({ rows: [['a', '1']] });
    const row = await rowsOf(page.dialog).addRow();
    expect(page.rows()).toEqual([['a', '1'], ['', '']]);
    expect(row.key).toBe(page.dialog.querySelectorAll('.rows input')[2]);
    expect(row.value).toBe(page.dialog.querySelectorAll('.rows input')[3]);
  });

  it('says so when the add button adds nothing', async () => {
    vi.useFakeTimers();
    const page = editorFixture({ rows: [['a', '1']] });
    const dead = document.createElement('button');
    dead.textContent = '+ Key-Value Pair';
    page.dialog.querySelector('section.body .kv')!.append(dead);
    const rows = new KeyValueRowsDom(dead, page.dialog, [...page.dialog.querySelectorAll('fieldset, select')]);
    const added = rows.addRow();
    const failed = expect(added).rejects.toThrow('did not add a row');
    await vi.advanceTimersByTimeAsync(3_100);
    await failed;
  });

  it('removes a row with its named remove control', async () => {
    const page = editorFixture({ rows: [['a', '1'], ['b', '2']] });
    const rows = rowsOf(page.dialog);
    await rows.removeRow(rows.rows()[0]!);
    expect(page.rows()).toEqual([['b', '2']]);
  });

  it('takes a row’s one unnamed button as its remove control', async () => {
    const page = editorFixture({ rows: [['a', '1'], ['b', '2']], removeControl: 'unnamed' });
    const rows = rowsOf(page.dialog);
    expect(rows.rows()[0]!.remove).toBe(page.dialog.querySelector('.rows .row button'));
    await rows.removeRow(rows.rows()[0]!);
    expect(page.rows()).toEqual([['b', '2']]);
  });

  it('does not guess between two unnamed buttons: it empties the row instead', async () => {
    const page = editorFixture({ rows: [['a', '1'], ['b', '2']], removeControl: 'two-unnamed' });
    const rows = rowsOf(page.dialog);
    expect(rows.rows()[0]!.remove).toBeNull();
    await rows.removeRow(rows.rows()[0]!);
    expect(page.removeClicks).toBe(0);
    expect(page.rows()).toEqual([['', ''], ['b', '2']]);
  });

  it('empties a row that has no remove control, and tells the page', async () => {
    const page = editorFixture({ rows: [['a', '1'], ['b', '2']], removeControl: 'none' });
    const rows = rowsOf(page.dialog);
    const events: string[] = [];
    page.dialog.addEventListener('input', (event) => events.push((event.target as HTMLInputElement).placeholder));
    await rows.removeRow(rows.rows()[1]!);
    expect(page.rows()).toEqual([['a', '1'], ['', '']]);
    expect(events).toEqual(['Key', 'Value']);
  });

  it('never takes the add button for a row’s remove control', () => {
    document.body.innerHTML = `<div id="d"><div class="only"><input value="k"><input value="v"><button>+ Key-Value Pair</button></div></div>`;
    const add = document.querySelector<HTMLElement>('button')!;
    const rows = new KeyValueRowsDom(add, document.getElementById('d')!, []);
    expect(rows.rows()).toHaveLength(1);
    expect(rows.rows()[0]!.remove).toBeNull();
  });

  it('says so when a remove control removes nothing', async () => {
    vi.useFakeTimers();
    const page = editorFixture({ rows: [['a', '1']] });
    const rows = rowsOf(page.dialog);
    const row = rows.rows()[0]!;
    const stuck = document.createElement('button');
    const failed = expect(rows.removeRow({ ...row, remove: stuck })).rejects.toThrow('could not be removed');
    await vi.advanceTimersByTimeAsync(3_100);
    await failed;
    expect(page.rows()).toEqual([['a', '1']]);
  });

  it('says what is wrong when the rows cannot be paired', () => {
    const page = editorFixture({ rows: [['a', '1']] });
    page.dialog.querySelector('.rows')!.insertAdjacentHTML('beforeend', '<input value="stray">');
    expect(() => rowsOf(page.dialog).rows()).toThrow('The key-value rows could not be told apart.');
  });

  it('finds rows beside the add button’s own wrapper, up to the first boundary', () => {
    document.body.innerHTML = `
      <div id="dialog"><select id="format"></select>
        <section id="body">
          <div class="list"><div class="r"><input value="k"><input value="v"><button aria-label="Delete">x</button></div></div>
          <div class="footer"><button id="add">+ Key-Value Pair</button></div>
        </section>
      </div>`;
    const add = document.getElementById('add')!;
    const rows = new KeyValueRowsDom(add, document.getElementById('dialog')!, [document.getElementById('format')!]);
    expect(rows.read()).toEqual([{ key: 'k', value: 'v' }]);
  });

  it('takes the add button’s parent even when a boundary sits in it', () => {
    document.body.innerHTML = `
      <div id="dialog"><div id="shared"><select id="format"></select>
        <div class="r"><input value="k"><input value="v"></div><button id="add">+ Key-Value Pair</button></div></div>`;
    const rows = new KeyValueRowsDom(document.getElementById('add')!, document.getElementById('dialog')!, [document.getElementById('format')!]);
    expect(rows.read()).toEqual([{ key: 'k', value: 'v' }]);
  });

  it('never looks past the container, even with no boundary', () => {
    document.body.innerHTML = `
      <input value="outside">
      <div id="dialog"><section><div class="r"><input value="k"><input value="v"></div><div><button id="add">+ Key-Value Pair</button></div></section></div>`;
    const rows = new KeyValueRowsDom(document.getElementById('add')!, document.getElementById('dialog')!, []);
    expect(rows.read()).toEqual([{ key: 'k', value: 'v' }]);
  });

  it('takes the row as the nearest element holding both inputs, so a remove control beside wrapped inputs is found', async () => {
    document.body.innerHTML = `
      <div id="dialog"><div class="list">
        <div class="r"><div><input value="a"></div><div><input value="1"></div><button aria-label="Remove pair"></button></div>
        <div class="r"><div><input value="b"></div><div><input value="2"></div><button aria-label="Remove pair"></button></div>
      </div><button id="add">+ Key-Value Pair</button></div>`;
    for (const b of document.querySelectorAll('.r button')) b.addEventListener('click', () => b.parentElement!.remove());
    const rows = new KeyValueRowsDom(document.getElementById('add')!, document.getElementById('dialog')!, []);
    const first = rows.rows()[0]!;
    expect(first.row).toBe(document.querySelector('.r'));
    expect(first.remove).toBe(document.querySelector('.r button'));
    await rows.removeRow(first);
    expect(rows.read()).toEqual([{ key: 'b', value: '2' }]);
  });

  it.each([
    ['an aria-label', '<button aria-label="Delete pair"></button>'],
    ['a title', '<button title="Remove this pair"></button>'],
    ['its text', '<button>Trash</button>'],
    ['a role and a symbol', '<span role="button">✕</span>'],
  ])('recognises a remove control named by %s, beside another button', (_name, control) => {
    document.body.innerHTML = `
      <div id="dialog"><div class="list"><div class="r"><input value="a"><input value="1"><button>Edit</button>${control}</div></div>
      <button id="add">+ Key-Value Pair</button></div>`;
    const rows = new KeyValueRowsDom(document.getElementById('add')!, document.getElementById('dialog')!, []);
    expect(rows.rows()[0]!.remove).toBe(document.querySelector('.r > :last-child'));
  });

  it('does not take a button named with none of the remove words for a remove control', () => {
    document.body.innerHTML = `
      <div id="dialog"><div class="list"><div class="r"><input value="a"><input value="1"><button>Edit</button><button title="More">…</button></div></div>
      <button id="add">+ Key-Value Pair</button></div>`;
    const rows = new KeyValueRowsDom(document.getElementById('add')!, document.getElementById('dialog')!, []);
    expect(rows.rows()[0]!.remove).toBeNull();
  });
});
