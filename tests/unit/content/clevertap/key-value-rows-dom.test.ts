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
});
