import { describe, expect, it } from 'vitest';
import type { PayloadState } from '../../../src/shared/payload-contract';
import { WebhookEditorDom } from '../../../src/content/clevertap/webhook-editor-dom';
import { applyPayload, undoApply, type AppliedRecord } from '../../../src/content/picker/apply';
import { createFakeEditor } from './fake-editor';

const welcome: PayloadState = {
  templateKey: 'welcome_offer',
  receiverProperty: 'SendbirdID',
  eventName: 'Welcome flow',
  variables: { first_name: { kind: 'text', text: 'Ada' }, coupon_code: { kind: 'text', text: 'SPRING24' } },
};
const appointment: PayloadState = {
  templateKey: 'appointment_reminder',
  receiverProperty: 'SendbirdID',
  eventName: 'Reminder',
  variables: { patient_name: { kind: 'text', text: 'P' }, doctor_name: { kind: 'text', text: 'D' } },
};
const WELCOME_ROWS: [string, string][] = [
  ['payload_version', '1'],
  ['template_key', 'welcome_offer'],
  ['receiver', '@Profile - SendbirdID'],
  ['event_name', 'Welcome flow'],
  ['variables.first_name', 'Ada'],
  ['variables.coupon_code', 'SPRING24'],
];

async function applied(editor: WebhookEditorDom, state: PayloadState): Promise<AppliedRecord> {
  const outcome = await applyPayload(editor, state, { replaceForeign: false });
  if (outcome.kind !== 'applied') throw new Error(`not applied: ${JSON.stringify(outcome)}`);
  return outcome.record;
}

describe('Apply against an editor that re-creates its rows', () => {
  it.each(['input', 'structure', undefined] as const)('writes every contract value the page keeps (rebuild: %s)', async (rebuild) => {
    const fake = createFakeEditor({ rows: [{ k: 'utm_source', v: 'clevertap' }, { k: '', v: '' }], rebuild });
    const editor = new WebhookEditorDom(fake.dialog);
    await applied(editor, welcome);
    expect(fake.saved()).toEqual([['utm_source', 'clevertap'], ...WELCOME_ROWS]);
  });

  it.each(['input', 'structure'] as const)('a second template replaces the first one’s variable rows (rebuild: %s)', async (rebuild) => {
    const fake = createFakeEditor({ rows: [{ k: 'utm_source', v: 'clevertap' }], rebuild });
    const editor = new WebhookEditorDom(fake.dialog);
    await applied(editor, welcome);
    await applied(editor, appointment);
    const keys = fake.saved().map(([key]) => key);
    expect(keys).toEqual(['utm_source', 'payload_version', 'template_key', 'receiver', 'event_name', 'variables.patient_name', 'variables.doctor_name']);
    expect(fake.saved()).toContainEqual(['template_key', 'appointment_reminder']);
  });

  it('a row removed underneath the writer is looked up again, not written blind', async () => {
    let removed = false;
    const fake = createFakeEditor({
      rows: [{ k: 'note', v: 'keep me' }],
      rebuild: 'input',
      onChange: (page) => {
        // The page drops the marketer's "note" row while we write (another tab synced, a rule fired).
        if (!removed && page.state.rows.some((row) => row.k === 'template_key')) {
          removed = true;
          page.state.rows = page.state.rows.filter((row) => row.k !== 'note');
          page.render();
        }
      },
    });
    const editor = new WebhookEditorDom(fake.dialog);
    const outcome = await applyPayload(editor, welcome, { replaceForeign: false });
    // Our rows went in; but the marketer's rows changed while writing, so success is not claimed.
    expect(outcome.kind).toBe('failed');
    expect(fake.saved().some(([key]) => key === 'template_key')).toBe(false);
  });

  it('a write that fails halfway is put back as it was, and reported, never claimed', async () => {
    const fake = createFakeEditor({ rows: [{ k: 'utm_source', v: 'clevertap' }, { k: 'template_key', v: 'old_one' }, { k: 'variables.old', v: 'x' }], rebuild: 'input' });
    const before = fake.saved();
    // The page throws away one input in the middle of the write.
    fake.refuse = (inputNumber) => inputNumber === 6;
    const editor = new WebhookEditorDom(fake.dialog);
    const outcome = await applyPayload(editor, welcome, { replaceForeign: false });
    expect(outcome).toMatchObject({ kind: 'failed', restored: true });
    expect(fake.saved()).toEqual(before);
  });

  it('values the page refuses (its own validation) fail Apply and leave the editor as it was', async () => {
    const fake = createFakeEditor({ rows: [{ k: 'utm_source', v: 'clevertap' }, { k: '', v: '' }] });
    const before = fake.saved();
    fake.refuse = (_, target) => target.dataset.field === 'v' && target.value.length > 12;
    const editor = new WebhookEditorDom(fake.dialog);
    const outcome = await applyPayload(editor, welcome, { replaceForeign: false });
    expect(outcome).toMatchObject({ kind: 'failed', restored: true, problem: 'The "template_key" pair did not keep its value.' });
    expect(fake.saved()).toEqual(before.filter(([key, value]) => key || value));
  });
});

describe('Undo reverts only what Apply wrote', () => {
  it('keeps the marketer’s own edits and rows made after Apply', async () => {
    const fake = createFakeEditor({ rows: [{ k: 'utm_source', v: 'clevertap' }], rebuild: 'input' });
    const editor = new WebhookEditorDom(fake.dialog);
    const record = await applied(editor, welcome);
    // The marketer changes their row and adds another.
    fake.state.rows[0]!.v = 'email';
    fake.state.rows.push({ k: 'note', v: 'hello' });
    fake.render();
    expect(await undoApply(editor, record, { force: false })).toEqual({ kind: 'undone' });
    expect(fake.saved()).toEqual([['utm_source', 'email'], ['note', 'hello']]);
  });

  it('puts back the contract rows Apply replaced and the ones it removed', async () => {
    const fake = createFakeEditor({ rows: [{ k: 'template_key', v: 'old' }, { k: 'variables.gone', v: 'g' }, { k: 'keep', v: 'k' }], rebuild: 'structure' });
    const editor = new WebhookEditorDom(fake.dialog);
    const record = await applied(editor, welcome);
    expect(fake.saved().map(([key]) => key)).not.toContain('variables.gone');
    await undoApply(editor, record, { force: false });
    expect(fake.saved()).toEqual(expect.arrayContaining([['template_key', 'old'], ['variables.gone', 'g'], ['keep', 'k']]));
    expect(fake.saved()).toHaveLength(3);
  });

  it('asks before touching a contract row the marketer changed since, and changes nothing until told', async () => {
    const fake = createFakeEditor({ rows: [{ k: 'utm_source', v: 'clevertap' }] });
    const editor = new WebhookEditorDom(fake.dialog);
    const record = await applied(editor, welcome);
    fake.state.rows.find((row) => row.k === 'event_name')!.v = 'Changed by hand';
    fake.render();
    const snapshot = fake.saved();
    expect(await undoApply(editor, record, { force: false })).toEqual({ kind: 'needs-confirmation', changed: ['event_name'] });
    expect(fake.saved()).toEqual(snapshot);
    expect(await undoApply(editor, record, { force: true })).toEqual({ kind: 'undone' });
    expect(fake.saved()).toEqual([['utm_source', 'clevertap']]);
  });

  it('Custom Body: reverts the body Apply wrote, asks when it was edited since', async () => {
    const fake = createFakeEditor({ mode: 'body', body: '', format: 'plain' });
    const editor = new WebhookEditorDom(fake.dialog);
    const outcome = await applyPayload(editor, welcome, { replaceForeign: false });
    expect(outcome).toMatchObject({ kind: 'applied', switchedToJson: true });
    if (outcome.kind !== 'applied') return;
    expect(JSON.parse(fake.state.body)).toMatchObject({ template_key: 'welcome_offer' });
    fake.state.body += ' ';
    fake.state.body = fake.state.body.replace('Welcome flow', 'Edited');
    fake.render();
    expect(await undoApply(editor, outcome.record, { force: false })).toEqual({ kind: 'needs-confirmation', changed: ['the Custom Body'] });
    expect(await undoApply(editor, outcome.record, { force: true })).toEqual({ kind: 'undone' });
    expect(fake.state.body).toBe('');
    expect(fake.state.format).toBe('plain');
  });
});
