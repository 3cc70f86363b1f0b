import { describe, expect, it } from 'vitest';
import { applyPayload } from '../../../../src/content/picker/apply';
import { EditorLayoutError } from '../../../../src/content/clevertap/editor-port';
import { WebhookEditorDom } from '../../../../src/content/clevertap/webhook-editor-dom';
import { toCustomBody, toKeyValueRows, type PayloadState } from '../../../../src/shared/payload-contract';
import { editorFixture } from '../clevertap/editor-fixture';

const state: PayloadState = {
  templateKey: 'welcome_offer',
  receiverProperty: 'SendbirdID',
  eventName: 'Welcome',
  variables: { first_name: { kind: 'profile', property: 'first_name', fallback: 'there' }, coupon: { kind: 'text', text: 'SPRING24' } },
};
const ours = toKeyValueRows(state).map(({ key, value }) => [key, value] as [string, string]);
const apply = (fixture: { dialog: HTMLElement }, replaceForeign = false) => applyPayload(new WebhookEditorDom(fixture.dialog), state, { replaceForeign });

describe('Apply in key-value mode', () => {
  it('fills CleverTap’s blank opening row first, then adds rows', async () => {
    const page = editorFixture({ rows: [['', '']] });
    const outcome = await apply(page);
    expect(page.rows()).toEqual(ours);
    expect(outcome).toMatchObject({ kind: 'applied', record: { mode: 'key-value', before: { mode: 'key-value', rows: [] } }, switchedToJson: false });
  });

  it('never touches the marketer’s rows, including rows with an empty key that hold a value', async () => {
    const page = editorFixture({ rows: [['utm_source', 'crm'], ['', 'a note'], ['  ', 'spaces'], ['Variables.x', 'not ours: keys are case-sensitive']] });
    const outcome = await apply(page);
    expect(page.rows()).toEqual([['utm_source', 'crm'], ['', 'a note'], ['  ', 'spaces'], ['Variables.x', 'not ours: keys are case-sensitive'], ...ours]);
    expect(outcome).toMatchObject({ kind: 'applied' });
  });

  it('updates our rows in place, removes the ones the template no longer has, keeps the order of the rest', async () => {
    const page = editorFixture({
      rows: [
        ['payload_version', '1'],
        ['template_key', 'old_template'],
        ['utm_source', 'crm'],
        ['variables.first_name', '@Profile - first_name | default:"there"'],
        ['variables.gone', 'x'],
        [' receiver ', '@Profile - SendbirdID'],
        ['variables.first_name', 'a duplicate'],
      ],
    });
    const outcome = await apply(page);
    expect(page.rows()).toEqual([
      ['payload_version', '1'],
      ['template_key', 'welcome_offer'],
      ['utm_source', 'crm'],
      ['variables.first_name', '@Profile - first_name | default:"there"'],
      ['receiver', '@Profile - SendbirdID'],
      ['event_name', 'Welcome'],
      ['variables.coupon', 'SPRING24'],
    ]);
    // template_key changed its value, receiver lost its spaces; the duplicate and variables.gone went.
    expect(outcome).toMatchObject({ kind: 'applied' });
  });

  it('applying twice changes nothing the second time', async () => {
    const page = editorFixture({ rows: [['utm_source', 'crm']] });
    await apply(page);
    const before = page.rows();
    expect(await apply(page)).toMatchObject({ kind: 'applied' });
    expect(page.rows()).toEqual(before);
  });

  it('switches the content format to JSON and says so', async () => {
    const page = editorFixture({ rows: [['', '']], format: 'Plain text' });
    expect(await apply(page)).toMatchObject({ switchedToJson: true });
    expect(page.format()).toBe('JSON');
  });
});

describe('Apply in Custom Body mode', () => {
  it('writes into an empty body, or over our own earlier payload, without asking', async () => {
    for (const customBody of ['', '  \n', toCustomBody({ ...state, templateKey: 'older' })]) {
      const page = editorFixture({ mode: 'custom-body', customBody, format: 'Plain text' });
      const outcome = await apply(page);
      expect(outcome).toMatchObject({ kind: 'applied', record: { mode: 'custom-body', before: { mode: 'custom-body', text: customBody, jsonFormat: false } }, switchedToJson: true });
      expect(page.customBody().value).toBe(toCustomBody(state));
      expect(page.format()).toBe('JSON');
    }
  });

  it('asks before replacing the marketer’s own body, and replaces it only when told to', async () => {
    const page = editorFixture({ mode: 'custom-body', customBody: '{"hello": "{{ Profile.name }}"}', format: 'Plain text' });
    expect(await apply(page)).toEqual({ kind: 'needs-confirmation' });
    expect(page.customBody().value).toBe('{"hello": "{{ Profile.name }}"}');
    expect(page.format()).toBe('Plain text');
    expect(await apply(page, true)).toMatchObject({ kind: 'applied', record: { before: { mode: 'custom-body', text: '{"hello": "{{ Profile.name }}"}' } } });
    expect(page.customBody().value).toBe(toCustomBody(state));
  });
});

it('Apply refuses an editor it cannot recognise, and changes nothing', async () => {
  document.body.innerHTML = '<div role="dialog"><p>Something else</p></div>';
  await expect(applyPayload(new WebhookEditorDom(document.querySelector<HTMLElement>('[role="dialog"]')!), state, { replaceForeign: true })).rejects.toThrow(
    new EditorLayoutError('Neither the key-value pairs nor a Custom Body editor was found.'),
  );
  expect(document.body.innerHTML).toBe('<div role="dialog"><p>Something else</p></div>');
});
