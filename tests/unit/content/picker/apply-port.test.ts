/**
 * Apply and Undo against an in-memory editor port whose every step can be made
 * to misbehave: a write that throws or writes the wrong thing, a read that fails,
 * a revert that does nothing. Each failure must be reported by its own message,
 * and success claimed only for what was read back.
 */
import { describe, expect, it } from 'vitest';
import { applyPayload, changedSince, errorText, undoApply, type AppliedRecord } from '../../../../src/content/picker/apply';
import { EditorLayoutError, type EditorContent, type EditorPort, type TouchedSnapshot } from '../../../../src/content/clevertap/editor-port';
import { LABELS } from '../../../../src/content/clevertap/labels';
import { t } from '../../../../src/shared/i18n';
import { isContractKey, toCustomBody, toKeyValueRows, type KeyValueRow, type PayloadState } from '../../../../src/shared/payload-contract';

const state: PayloadState = {
  templateKey: 'welcome_offer',
  receiverProperty: 'SendbirdID',
  eventName: 'Welcome',
  variables: { coupon: { kind: 'text', text: 'SPRING 24' } },
};
const wanted = toKeyValueRows(state);
const wantedKeys = wanted.map((row) => row.key);
const body = toCustomBody(state);

const isOurs = (row: KeyValueRow) => isContractKey(row.key.trim());
const rows = (...pairs: Array<[string, string]>): KeyValueRow[] => pairs.map(([key, value]) => ({ key, value }));

interface Faults {
  /** Replaces the port's own (correct) write. */
  write?(content: EditorContent): EditorContent | Promise<EditorContent>;
  /** Reads throw from the nth read on (1-based). */
  readThrowsFrom?: number;
  revert?: 'nothing' | 'throws' | 'to-custom-body';
  /** What bodyMode() says, whatever the content. */
  mode?: EditorContent['mode'] | null;
}

/** An editor port over plain data, written correctly unless told otherwise. */
function fakePort(initial: EditorContent, faults: Faults = {}) {
  let content: EditorContent = structuredClone(initial);
  let jsonFormat: boolean | null = false;
  let reads = 0;
  const reverts: string[][] = [];
  const port: EditorPort = {
    bodyMode: () => (faults.mode === undefined ? content.mode : faults.mode),
    read() {
      reads += 1;
      if (faults.readThrowsFrom && reads >= faults.readThrowsFrom) throw new EditorLayoutError('The rows went away.');
      return structuredClone(content);
    },
    async write(payload) {
      if (faults.write) {
        content = await faults.write(structuredClone(content));
        return;
      }
      content = content.mode === 'custom-body' ? { mode: 'custom-body', text: toCustomBody(payload) } : { mode: 'key-value', rows: [...content.rows.filter((row) => !isOurs(row)), ...toKeyValueRows(payload)] };
    },
    ensureJsonFormat() {
      const changed = jsonFormat === false;
      jsonFormat = true;
      return changed;
    },
    snapshot: (): TouchedSnapshot => (content.mode === 'custom-body' ? { ...structuredClone(content), jsonFormat } : { mode: 'key-value', rows: content.rows.filter(isOurs), jsonFormat }),
    async revert(snapshot, keys) {
      reverts.push([...keys]);
      if (faults.revert === 'throws') throw new Error('Remove did nothing.');
      if (faults.revert === 'nothing') return;
      if (faults.revert === 'to-custom-body') {
        content = { mode: 'custom-body', text: '' };
        return;
      }
      if (snapshot.mode === 'custom-body') content = { mode: 'custom-body', text: snapshot.text };
      else if (content.mode === 'key-value') content = { mode: 'key-value', rows: [...content.rows.filter((row) => !keys.has(row.key.trim())), ...snapshot.rows.filter((row) => keys.has(row.key.trim()))] };
    },
    watch: () => () => {},
    pageContext: () => ({ webhook: null, editorLiquid: false, eventsAvailable: true, defaultEvent: '' }),
    layoutReport: () => '',
  };
  return { port, reverts, content: () => content };
}

const apply = (port: EditorPort, replaceForeign = false) => applyPayload(port, state, { replaceForeign });

describe('Apply records exactly what it touched', () => {
  it('counts a contract row with spaces around its key as that key, and removes it', async () => {
    const editor = fakePort({ mode: 'key-value', rows: rows([' variables.gone ', 'x'], ['utm_source', 'crm']) });
    const outcome = await apply(editor.port);
    expect(outcome).toMatchObject({ kind: 'applied', switchedToJson: true });
    if (outcome.kind !== 'applied') return;
    expect(outcome.record.keys.sort()).toEqual([...wantedKeys, 'variables.gone'].sort());
  });

  it('in Custom Body mode, the keys are the payload’s and nothing else', async () => {
    const editor = fakePort({ mode: 'custom-body', text: '' });
    const outcome = await apply(editor.port);
    expect(outcome).toMatchObject({ kind: 'applied', record: { mode: 'custom-body', written: { mode: 'custom-body' } } });
    if (outcome.kind === 'applied') expect(outcome.record.keys).toEqual(wantedKeys);
  });

  it('says the format was switched to JSON only when it was', async () => {
    const editor = fakePort({ mode: 'key-value', rows: [] });
    expect(await apply(editor.port)).toMatchObject({ kind: 'applied', switchedToJson: true });
    expect(await apply(editor.port)).toMatchObject({ kind: 'applied', switchedToJson: false });
  });

  it('takes the editor’s own spacing of the Custom Body as what was written', async () => {
    for (const reformat of [(text: string) => `${text}\n`, (text: string) => text.replace(/ /g, '\u00a0'), (text: string) => text.replace(/\n/g, '\r\n')]) {
      const editor = fakePort({ mode: 'custom-body', text: '' }, { write: () => ({ mode: 'custom-body', text: reformat(body) }) });
      expect(await apply(editor.port)).toMatchObject({ kind: 'applied' });
    }
  });
});

describe('Apply reports each way the editor fails it, and puts things back', () => {
  it('an editor that has no body mode we know', async () => {
    await expect(apply(fakePort({ mode: 'key-value', rows: [] }, { mode: null }).port)).rejects.toThrow(t('error_noEditorFound'));
  });

  it('a write that throws: its message, the rows put back', async () => {
    const editor = fakePort({ mode: 'key-value', rows: rows(['template_key', 'old'], ['utm_source', 'crm']) }, { write: () => Promise.reject(new Error('The add button is gone.')) });
    expect(await apply(editor.port)).toEqual({ kind: 'failed', problem: 'The add button is gone.', restored: true });
    expect(editor.reverts).toHaveLength(1);
  });

  it('a revert that changes nothing, or throws, is not called restored', async () => {
    const halfWritten = (content: EditorContent): EditorContent => ({ mode: 'key-value', rows: [...(content.mode === 'key-value' ? content.rows : []), { key: 'template_key', value: 'half' }] });
    const doesNothing = fakePort({ mode: 'key-value', rows: rows(['template_key', 'old']) }, { write: halfWritten, revert: 'nothing' });
    expect(await apply(doesNothing.port)).toMatchObject({ kind: 'failed', restored: false });
    const throws = fakePort({ mode: 'key-value', rows: rows(['template_key', 'old']) }, { write: halfWritten, revert: 'throws' });
    expect(await apply(throws.port)).toMatchObject({ kind: 'failed', restored: false });
  });

  it('the editor cannot be read back after writing', async () => {
    // Reads: the one before writing, then the read-back.
    const editor = fakePort({ mode: 'key-value', rows: [] }, { readThrowsFrom: 2 });
    expect(await apply(editor.port)).toMatchObject({ kind: 'failed', problem: t('error_readBackFailed'), restored: false });
  });

  it('the editor switched body mode while writing, either way, or could not be read back in Custom Body mode', async () => {
    const toCustom = fakePort({ mode: 'key-value', rows: [] }, { write: () => ({ mode: 'custom-body', text: body }) });
    expect(await apply(toCustom.port)).toMatchObject({ kind: 'failed', problem: t('error_readBackFailed') });
    const toRows = fakePort({ mode: 'custom-body', text: '' }, { write: () => ({ mode: 'key-value', rows: wanted }) });
    expect(await apply(toRows.port)).toMatchObject({ kind: 'failed', problem: t('error_readBackFailed') });
    const unreadable = fakePort({ mode: 'custom-body', text: '' }, { readThrowsFrom: 2 });
    expect(await apply(unreadable.port)).toMatchObject({ kind: 'failed', problem: t('error_readBackFailed'), restored: false });
  });

  it('the Custom Body did not keep the payload', async () => {
    const editor = fakePort({ mode: 'custom-body', text: '' }, { write: () => ({ mode: 'custom-body', text: `  ${body.slice(0, 20)}` }) });
    expect(await apply(editor.port)).toMatchObject({ kind: 'failed', problem: t('error_customBodyNotKept'), restored: true });
    expect(editor.content()).toEqual({ mode: 'custom-body', text: '' });
  });

  it('a pair holds another value, or is there twice', async () => {
    const wrongValue = fakePort({ mode: 'key-value', rows: [] }, { write: () => ({ mode: 'key-value', rows: wanted.map((row) => (row.key === 'event_name' ? { ...row, value: 'Other' } : row)) }) });
    expect(await apply(wrongValue.port)).toMatchObject({ kind: 'failed', problem: t('error_pairNotKept', 'event_name') });
    const twice = fakePort({ mode: 'key-value', rows: [] }, { write: () => ({ mode: 'key-value', rows: [...wanted, { key: 'receiver', value: wanted.find((row) => row.key === 'receiver')!.value }] }) });
    expect(await apply(twice.port)).toMatchObject({ kind: 'failed', problem: t('error_pairNotKept', 'receiver') });
  });

  it('an old contract row stayed, named without its spaces; a contract key with spaces that holds the wanted value is kept', async () => {
    const stale = fakePort({ mode: 'key-value', rows: rows([' variables.gone ', 'x']) }, { write: (content) => ({ mode: 'key-value', rows: [...(content.mode === 'key-value' ? content.rows : []), ...wanted] }) });
    expect(await apply(stale.port)).toMatchObject({ kind: 'failed', problem: t('error_stalePair', 'variables.gone') });
    const spaced = fakePort({ mode: 'key-value', rows: [] }, { write: () => ({ mode: 'key-value', rows: wanted.map((row) => ({ ...row, key: ` ${row.key} ` })) }) });
    expect(await apply(spaced.port)).toMatchObject({ kind: 'applied' });
  });

  it('the marketer’s own rows changed while writing: one with only a key, one with only a value, one value, the last one', async () => {
    const keep = rows(['utm_source', 'crm'], ['note', ''], ['', 'a value']);
    const changes: Array<(own: KeyValueRow[]) => KeyValueRow[]> = [
      (own) => own.filter((row) => row.key !== 'note'),
      (own) => own.filter((row) => row.value !== 'a value'),
      (own) => own.map((row) => (row.key === 'utm_source' ? { ...row, value: 'changed' } : row)),
      (own) => own.slice(0, -1),
    ];
    for (const change of changes) {
      const editor = fakePort({ mode: 'key-value', rows: keep }, { write: () => ({ mode: 'key-value', rows: [...change(keep), ...wanted] }) });
      expect(await apply(editor.port)).toMatchObject({ kind: 'failed', problem: t('error_otherPairsChanged') });
    }
  });

  it('a blank row the editor opens with may be used by Apply', async () => {
    const editor = fakePort({ mode: 'key-value', rows: rows(['', '']) }, { write: () => ({ mode: 'key-value', rows: wanted }) });
    expect(await apply(editor.port)).toMatchObject({ kind: 'applied' });
  });
});

describe('every failure has words', () => {
  it('uses the message, else says what was thrown', () => {
    expect(errorText(new Error('Row 3 is read-only.'))).toBe('Row 3 is read-only.');
    expect(errorText('a plain string')).toBe('a plain string');
    expect(errorText(new TypeError('   '))).toBe(t('error_unexpected', 'TypeError'));
    expect(errorText(42)).toBe(t('error_unexpected', 'number'));
    expect(errorText('')).toBe(t('error_unexpected', 'string'));
    expect(t('error_unexpected', 'TypeError')).toContain('TypeError');
  });
});

describe('Undo', () => {
  async function applied(initial: EditorContent, faults: Faults = {}) {
    const editor = fakePort(initial, faults);
    const outcome = await apply(editor.port);
    if (outcome.kind !== 'applied') throw new Error(`not applied: ${JSON.stringify(outcome)}`);
    return { ...editor, record: outcome.record };
  }

  it('refuses when the body mode was switched since Apply, naming the mode to switch back to', async () => {
    const keyValue = await applied({ mode: 'key-value', rows: [] }, {});
    const switched = fakePort({ mode: 'custom-body', text: '' });
    await expect(undoApply(switched.port, keyValue.record, { force: false })).rejects.toThrow(t('error_switchBodyBack', LABELS.bodyModeKeyValue));
    const custom = await applied({ mode: 'custom-body', text: '' });
    await expect(undoApply(fakePort({ mode: 'key-value', rows: [] }).port, custom.record, { force: true })).rejects.toThrow(t('error_switchBodyBack', LABELS.bodyModeCustom));
    await expect(undoApply(fakePort({ mode: 'key-value', rows: [] }).port, custom.record, { force: true })).rejects.toBeInstanceOf(EditorLayoutError);
  });

  it('puts the rows back, and says which pair did not come back', async () => {
    const editor = await applied({ mode: 'key-value', rows: rows(['template_key', 'old'], ['utm_source', 'crm']) });
    expect(await undoApply(editor.port, editor.record, { force: false })).toEqual({ kind: 'undone' });
    expect(editor.content()).toEqual({ mode: 'key-value', rows: rows(['utm_source', 'crm'], ['template_key', 'old']) });

    const stuck = await applied({ mode: 'key-value', rows: rows(['template_key', 'old']) }, { revert: 'nothing' });
    expect(await undoApply(stuck.port, stuck.record, { force: false })).toEqual({ kind: 'failed', problem: t('error_pairNotRestored', 'payload_version') });
  });

  it('says the Custom Body did not come back, or could not be read', async () => {
    const stuck = await applied({ mode: 'custom-body', text: '' }, { revert: 'nothing' });
    expect(await undoApply(stuck.port, stuck.record, { force: false })).toEqual({ kind: 'failed', problem: t('error_customBodyNotRestored') });
    // Reads: before Apply, its read-back, Undo's check for edits, then Undo's read-back.
    const unreadable = await applied({ mode: 'custom-body', text: '' }, { readThrowsFrom: 4 });
    expect(await undoApply(unreadable.port, unreadable.record, { force: true })).toEqual({ kind: 'failed', problem: t('error_readBackFailed') });
    const unreadableRows = await applied({ mode: 'key-value', rows: [] }, { readThrowsFrom: 4 });
    expect(await undoApply(unreadableRows.port, unreadableRows.record, { force: true })).toEqual({ kind: 'failed', problem: t('error_readBackFailed') });
  });

  it('says it could not read the rows back when the editor shows the other body mode after reverting', async () => {
    const switched = await applied({ mode: 'key-value', rows: [] }, { revert: 'to-custom-body' });
    expect(await undoApply(switched.port, switched.record, { force: false })).toEqual({ kind: 'failed', problem: t('error_readBackFailed') });
  });
});

describe('what the marketer changed since Apply', () => {
  const record = (written: TouchedSnapshot, keys: string[] = []): AppliedRecord => ({ mode: written.mode, before: written, written, keys });
  const theCustomBody = t('picker_theCustomBody', LABELS.bodyModeCustom);

  it('the Custom Body, compared as the editor spaces it', () => {
    const written = record({ mode: 'custom-body', text: body, jsonFormat: true });
    expect(changedSince(written, { mode: 'custom-body', text: `${body}\n` })).toEqual([]);
    expect(changedSince(written, { mode: 'custom-body', text: `${body} ` })).toEqual([]);
    expect(changedSince(written, { mode: 'custom-body', text: body.replace('welcome_offer', 'spring_sale') })).toEqual([theCustomBody]);
    expect(changedSince(written, { mode: 'key-value', rows: [] })).toEqual([theCustomBody]);
    expect(changedSince(record({ mode: 'key-value', rows: wanted, jsonFormat: true }, wantedKeys), { mode: 'custom-body', text: body })).toEqual([theCustomBody]);
    expect(theCustomBody).toBe('the Custom Body');
  });

  it('the contract rows it wrote, by key, whatever spaces the editor puts around a key', () => {
    const written = record({ mode: 'key-value', rows: wanted, jsonFormat: true }, wantedKeys);
    const spaced = wanted.map((row) => ({ ...row, key: ` ${row.key}` }));
    expect(changedSince(written, { mode: 'key-value', rows: spaced })).toEqual([]);
    const edited = wanted.map((row) => (row.key === 'event_name' ? { ...row, value: 'Edited' } : row));
    expect(changedSince(written, { mode: 'key-value', rows: [...edited, { key: 'utm_source', value: 'crm' }] })).toEqual(['event_name']);
  });
});
