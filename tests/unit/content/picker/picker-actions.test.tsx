import { act, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { EditorPort, PageContext } from '../../../../src/content/clevertap/editor-port';
import { applyPayload, undoApply, type AppliedRecord, type ApplyOutcome, type UndoOutcome } from '../../../../src/content/picker/apply';
import { PickerView } from '../../../../src/content/picker/Picker';
import { createPickerStore } from '../../../../src/content/picker/picker-store';
import { sendMessage } from '../../../../src/shared/messaging';
import { explainSendbirdError } from '../../../../src/shared/sendbird-error';
import { t } from '../../../../src/shared/i18n';
import { useLocale } from '../../support/fake-i18n';
import { followFocusFixup } from '../../support/focus-fixup';
import { createBackend, deferred, install, listOf, NOW, ok, seedTemplates, summaries, TEST_APP, type FakeBackend } from '../../popup/backend';

vi.mock('../../../../src/shared/messaging', () => ({ sendMessage: vi.fn(), parseReply: vi.fn() }));
// Apply and Undo take as long as the test says: the editor's own work is apply.test's and apply-undo.test's.
vi.mock('../../../../src/content/picker/apply', async (importOriginal) => ({ ...(await importOriginal()), applyPayload: vi.fn(), undoApply: vi.fn() }));
const send = vi.mocked(sendMessage) as unknown as ReturnType<typeof vi.fn>;
const applied = vi.mocked(applyPayload);
const undone = vi.mocked(undoApply);

/** A key-value editor that holds nothing: Apply and Undo themselves are mocked. */
const editor = new Proxy({} as EditorPort, {
  get: (_, name) => (name === 'bodyMode' ? () => 'key-value' : name === 'read' ? () => ({ mode: 'key-value', rows: [] }) : () => undefined),
});
const page: PageContext = { webhook: null, editorLiquid: false, eventsAvailable: false, defaultEvent: '' };
const template = seedTemplates.find((candidate) => !candidate.archived)!;
const record: AppliedRecord = { mode: 'key-value', before: { mode: 'key-value', rows: [] }, written: { mode: 'key-value', rows: [] }, keys: [] } as unknown as AppliedRecord;

/** The picker with a complete form: Apply has nothing to complain about. */
function renderFilledPicker() {
  const store = createPickerStore(editor);
  store.setState({
    catalogue: { phase: 'ready', app: TEST_APP, templates: summaries(seedTemplates), stale: false, refreshing: false, fetchedAt: NOW },
    templateKey: template.key,
    template,
    eventName: 'Welcome',
    variables: Object.fromEntries(template.variables.map((variable) => [variable.name, { kind: 'text', text: 'x' }])),
  });
  render(<PickerView store={store} page={page} pageKind="campaign" />);
  return store;
}

let backend: FakeBackend;
beforeEach(() => {
  backend = install(send, createBackend());
});

afterEach(() => {
  send.mockReset();
  applied.mockReset();
  undone.mockReset();
});

describe('Apply and Undo', () => {
  it('keep the focus while their work runs (a disabled button drops it to <body>), ignore presses meanwhile, and Undo once done hands it to Apply', async () => {
    const stopFixup = followFocusFixup();
    try {
      const user = userEvent.setup();
      renderFilledPicker();
      const apply = screen.getByRole('button', { name: 'Apply to editor' });
      const applying = deferred<ApplyOutcome>();
      applied.mockReturnValue(applying.promise);
      act(() => apply.focus());
      await user.keyboard('{Enter}');
      expect(applied).toHaveBeenCalledTimes(1);
      expect(document.activeElement).toBe(apply);
      expect(apply.getAttribute('aria-disabled')).toBe('true');
      await user.keyboard('{Enter}');
      expect(applied).toHaveBeenCalledTimes(1);
      await act(async () => applying.resolve({ kind: 'applied', record, switchedToJson: false }));
      expect(apply.getAttribute('aria-disabled')).toBe('false');
      expect(document.activeElement).toBe(apply);

      const undo = screen.getByRole('button', { name: 'Undo' });
      const undoing = deferred<UndoOutcome>();
      undone.mockReturnValue(undoing.promise);
      act(() => undo.focus());
      await user.keyboard('{Enter}');
      expect(undone).toHaveBeenCalledTimes(1);
      expect(document.activeElement).toBe(undo);
      expect(undo.getAttribute('aria-disabled')).toBe('true');
      expect(apply.getAttribute('aria-disabled')).toBe('true');
      await user.keyboard('{Enter}');
      expect(undone).toHaveBeenCalledTimes(1);
      await act(async () => undoing.resolve({ kind: 'undone' }));
      // Nothing left to undo: Undo is disabled, and the focus is on Apply, not on <body>.
      expect(undo).toHaveProperty('disabled', true);
      expect(document.activeElement).toBe(apply);
    } finally {
      stopFixup();
    }
  });
});

describe('two sentences shown together, spaced as the UI language writes them', () => {
  const cases = [
    ['en', 'en-US'],
    ['ko', 'ko'],
    ['ja', 'ja'],
  ] as const;
  for (const [locale, language] of cases) {
    const gap = locale === 'ja' ? '' : ' ';
    it(`${locale}: what Apply did, and the catalogue's warnings`, async () => {
      const stop = useLocale(locale, language);
      try {
        const store = renderFilledPicker();
        applied.mockResolvedValue({ kind: 'applied', record, switchedToJson: true });
        await act(() => store.getState().apply());
        expect(store.getState().status?.text).toBe(
          [t('picker_appliedKeyValue', template.name), t('picker_formatSetToJson'), t('picker_saveToKeep')].join(gap),
        );

        const error = { kind: 'server-error' as const, status: 503, detail: '' };
        backend.list = () => ok(listOf(summaries(seedTemplates), { stale: true, error, skipped: 2, duplicates: 1 }));
        await act(() => store.getState().loadCatalogue('force'));
        const catalogue = store.getState().catalogue;
        expect(catalogue.phase === 'ready' && catalogue.warning).toBe(
          [t('picker_showingLastLoaded', explainSendbirdError(error)), t('picker_skipped_other', '2'), t('common_listedTwice_one', '1')].join(gap),
        );
      } finally {
        stop();
      }
    });
  }
});

it('ja: the Undo question lists the changed rows with 、', async () => {
  const stop = useLocale('ja', 'ja');
  try {
    const store = renderFilledPicker();
    store.setState({ undo: record });
    undone.mockResolvedValue({ kind: 'needs-confirmation', changed: ['receiver', 'event_name'] });
    await act(() => store.getState().undoApply());
    expect(document.querySelector('.confirmation')?.textContent).toContain('適用後に receiver、event_name を変更しました。');
  } finally {
    stop();
  }
});
