import { act, render, screen } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import type { EditorPort, PageContext } from '../../../../src/content/clevertap/editor-port';
import { PickerView } from '../../../../src/content/picker/Picker';
import { createPickerStore, type CatalogueState } from '../../../../src/content/picker/picker-store';
import { sendMessage } from '../../../../src/shared/messaging';
import { followFocusFixup } from '../../support/focus-fixup';
import { explainSendbirdError } from '../../../../src/shared/sendbird-error';
import { t } from '../../../../src/shared/i18n';
import { bigCatalogue, deferred, fail, listOf, NOW, ok, seedTemplates, summaries, TEST_APP, type ListAnswer } from '../../popup/backend';

vi.mock('../../../../src/shared/messaging', () => ({ sendMessage: vi.fn(), parseReply: vi.fn() }));
const send = vi.mocked(sendMessage) as unknown as ReturnType<typeof vi.fn>;

/** Nothing here renders an Apply: an editor call is a mistake of the test. */
const noEditor = new Proxy({} as EditorPort, {
  get: () => () => {
    throw new Error('no editor in this test');
  },
});
const page: PageContext = { webhook: null, editorLiquid: false, eventsAvailable: false, defaultEvent: '' };

function renderPicker(catalogue: CatalogueState) {
  const store = createPickerStore(noEditor);
  store.setState({ catalogue });
  render(<PickerView store={store} page={page} pageKind="campaign" />);
  return store;
}

/**
 * A press the browser made, as the marketer's own Enter or click is: the picker asks for a forced
 * sync only on a trusted click, which happy-dom's events never are.
 */
function pressTrusted(button: HTMLElement) {
  const click = new MouseEvent('click', { bubbles: true, cancelable: true });
  Object.defineProperty(click, 'isTrusted', { value: true });
  act(() => void button.dispatchEvent(click));
}

const header = () => document.querySelector('.picker-header .catalogue-state') as HTMLElement;

describe('picker header', () => {
  it('counts the templates it offers (archived ones are never offered) when a first sync stopped after its first pages', () => {
    const arrived = summaries(seedTemplates);
    const offered = arrived.filter((template) => !template.archived).length;
    expect(offered).toBeLessThan(arrived.length);
    renderPicker({ phase: 'ready', app: TEST_APP, templates: arrived, stale: false, refreshing: false, fetchedAt: NOW, incomplete: 'Sendbird had a server error.' });
    expect(header().textContent).toContain(`Incomplete only the first ${offered} arrived`);
    // What is seen too, not only what is heard: the badge and its sentence apart.
    expect(header().querySelector('.catalogue-state-text')?.textContent).toBe(`Incomplete only the first ${offered} arrived`);
    expect(screen.getByRole('alert').textContent).toContain('Sendbird had a server error.');
  });

  it('counts the templates it offers while a first sync loads, and "of ~N" without the archived ones of the last catalogue', () => {
    const arrived = summaries(seedTemplates);
    const offered = arrived.filter((template) => !template.archived).length;
    expect(offered).toBeLessThan(arrived.length);
    const progress = { pages: 1, from: 0 };
    const store = renderPicker({ phase: 'ready', app: TEST_APP, templates: arrived, stale: false, refreshing: true, fetchedAt: NOW, progress });
    expect(header().textContent).toContain(`Loading templates… ${offered} so far (1 page).`);
    // The last complete catalogue had 100 templates, 8 of them archived: the picker would list about 92.
    act(() => store.setState({ catalogue: { ...(store.getState().catalogue as object), progress: { ...progress, expected: 100, expectedArchived: 8 } } as never }));
    expect(header().textContent).toContain(`Loading templates… ${offered} of ~92.`);
  });

  it('counts the templates it offers while a complete list crosses in parts, of the ones it will offer', () => {
    const all = bigCatalogue(300);
    const archived = all.filter((template) => template.archived).length;
    expect(archived).toBeGreaterThan(0);
    const head = all.slice(0, 100);
    const offered = head.filter((template) => !template.archived).length;
    const progress = { pages: 0, from: 0, expected: all.length, expectedArchived: archived, crossing: true as const };
    renderPicker({ phase: 'ready', app: TEST_APP, templates: head, stale: false, refreshing: false, fetchedAt: NOW, progress });
    expect(header().textContent).toContain(`Loading templates… ${offered} of ${all.length - archived}.`);
  });

  for (const [where, templates, name] of [
    ['header', summaries(seedTemplates), 'Refresh'],
    ['empty state', [], 'Refresh'],
  ] as const) {
    it(`keeps the focus on the ${where}'s Refresh while the refresh runs (a disabled button drops it to <body>), and ignores presses meanwhile`, async () => {
      const stopFixup = followFocusFixup();
      try {
        const answer = deferred<ListAnswer>();
        send.mockImplementation(() => answer.promise);
        const store = renderPicker({ phase: 'ready', app: TEST_APP, templates: [...templates], stale: false, refreshing: false, fetchedAt: NOW - 60_000 });
        const refresh = screen.getAllByRole('button', { name }).at(where === 'header' ? 0 : -1)!;
        act(() => refresh.focus());
        pressTrusted(refresh);
        await act(async () => {});
        expect(store.getState().catalogue).toMatchObject({ refreshing: true });
        expect(document.activeElement).toBe(refresh);
        expect(refresh.getAttribute('aria-disabled')).toBe('true');
        pressTrusted(refresh);
        expect(send.mock.calls.filter(([type]) => type === 'templates.list')).toHaveLength(1);
        await act(async () => answer.resolve(ok(listOf([...templates], { fetchedAt: NOW }))));
        expect(store.getState().catalogue).toMatchObject({ refreshing: false });
        expect(document.activeElement).toBe(refresh);
      } finally {
        stopFixup();
        send.mockReset();
      }
    });
  }

  it('keeps what stays true of the list shown (not saved here, skipped, listed twice) when a refresh fails without an answer', async () => {
    const warning = () => document.querySelector('.note.warning')?.textContent ?? '';
    try {
      const store = renderPicker({ phase: 'loading' });
      send.mockImplementation(async () => ok(listOf(summaries(seedTemplates), { fetchedAt: NOW, unsaved: true, skipped: 2, duplicates: 1 })));
      await act(() => store.getState().loadCatalogue('cached'));
      const notes = [t('common_notSavedHere'), t('picker_skipped_other', '2'), t('common_listedTwice_one', '1')];
      for (const note of notes) expect(warning()).toContain(note);
      send.mockImplementation(async () => fail({ kind: 'sendbird', message: 'Sendbird rejected the API token (Sendbird code 400401).' }));
      await act(() => store.getState().loadCatalogue('force'));
      expect(warning()).toContain('Sendbird rejected the API token (Sendbird code 400401).');
      for (const note of notes) expect(warning()).toContain(note);
    } finally {
      send.mockReset();
    }
  });

  it("says the newest failure's reason when refreshes fail one after another for different reasons", async () => {
    const rateLimited = { kind: 'rate-limited' as const, code: 500910, status: 429, detail: 'Too many requests.', retryAfterMs: 3000 };
    const serverError = { kind: 'server-error' as const, status: 503, detail: 'Service unavailable.' };
    const saved = (error: typeof rateLimited | typeof serverError) => ok(listOf(summaries(seedTemplates), { stale: true, fetchedAt: NOW - 3 * 3_600_000, error }));
    const warning = () => document.querySelector('.note.warning')?.textContent ?? '';
    try {
      const store = renderPicker({ phase: 'loading' });
      send.mockImplementation(async () => saved(rateLimited));
      await act(() => store.getState().loadCatalogue('cached'));
      expect(warning()).toContain(explainSendbirdError(rateLimited));
      // Without an answer from the worker (its list stays):
      send.mockImplementation(async () => fail({ kind: 'sendbird', message: 'Sendbird rejected the API token (Sendbird code 400401).' }));
      await act(() => store.getState().loadCatalogue('force'));
      expect(warning()).toContain('Sendbird rejected the API token (Sendbird code 400401).');
      expect(warning()).not.toContain(explainSendbirdError(rateLimited));
      send.mockImplementation(async () => saved(serverError));
      await act(() => store.getState().loadCatalogue('force'));
      expect(warning()).toContain(explainSendbirdError(serverError));
      expect(warning()).not.toContain('400401');
    } finally {
      send.mockReset();
    }
  });
});
