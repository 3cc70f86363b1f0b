import { act, render } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { EditorPort, PageContext } from '../../../src/content/clevertap/editor-port';
import { PickerView } from '../../../src/content/picker/Picker';
import { createPickerStore, type CatalogueState } from '../../../src/content/picker/picker-store';
import { CALM_MS, useCalmText } from '../../../src/shared/ui/calm-text';
import { bigCatalogue, NOW, TEST_APP } from '../popup/backend';
import { TemplateBrowser } from '../../../src/popup/TemplateBrowser';
import { usePopupStore, type ListState } from '../../../src/popup/store';

vi.mock('../../../src/shared/messaging', () => ({ sendMessage: vi.fn(), parseReply: vi.fn() }));

const noEditor = new Proxy({} as EditorPort, {
  get: () => () => {
    throw new Error('no editor in this test');
  },
});
const page: PageContext = { webhook: null, editorLiquid: false, eventsAvailable: false, defaultEvent: '' };

/** Every text a live region took, in order: what a screen reader queues. */
function recordSaid(region: () => Element | null) {
  const said: string[] = [];
  let last = '';
  const note = () => {
    const text = region()?.textContent ?? '';
    if (text && text !== last) said.push(text);
    last = text;
  };
  const observer = new MutationObserver(note);
  observer.observe(document.body, { subtree: true, childList: true, characterData: true });
  return { said, note, stop: () => observer.disconnect() };
}

beforeEach(() => {
  vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'setInterval', 'clearInterval', 'Date'] });
  vi.setSystemTime(NOW);
});
afterEach(() => vi.useRealTimers());

describe('a first sync heard calmly', () => {
  it('the picker header says the start, then at most once every few seconds (the newest count), then the end at once; what is seen follows every page', async () => {
    // No archived ones: every page adds 100 offered templates.
    const all = bigCatalogue(1_000).map((template) => ({ ...template, archived: false }));
    const loading = (pages: number): CatalogueState => ({ phase: 'ready', app: TEST_APP, templates: all.slice(0, pages * 100), stale: false, refreshing: true, fetchedAt: NOW, progress: { pages, from: 0 } });
    const store = createPickerStore(noEditor);
    store.setState({ catalogue: loading(1) });
    const heard = recordSaid(() => document.querySelector('.picker-header [role="status"]'));
    render(<PickerView store={store} page={page} pageKind="campaign" />);
    heard.note();
    const seen = () => document.querySelector('.catalogue-state')?.textContent;
    try {
      expect(heard.said).toEqual(['Loading templates… 100 so far (1 page).']);
      // Nine more pages, one every 500 ms: each is seen at once.
      for (let pages = 2; pages <= 9; pages++) {
        await act(async () => vi.advanceTimersByTime(500));
        await act(async () => store.setState({ catalogue: loading(pages) }));
        expect(seen()).toContain(`Loading templates… ${pages * 100} so far (${pages} pages).`);
      }
      // 4 s in: nothing said since the start.
      expect(heard.said).toEqual(['Loading templates… 100 so far (1 page).']);
      await act(async () => vi.advanceTimersByTime(CALM_MS - 4000));
      expect(heard.said).toEqual(['Loading templates… 100 so far (1 page).', 'Loading templates… 900 so far (9 pages).']);
      // Done: said at once.
      await act(async () => store.setState({ catalogue: { phase: 'ready', app: TEST_APP, templates: all, stale: false, refreshing: false, fetchedAt: NOW } }));
      expect(heard.said.at(-1)).toBe('1,000 templates');
      expect(heard.said).toHaveLength(3);
    } finally {
      heard.stop();
    }
  });

  it("the popup's count line says the first count, then at most once every few seconds, then the end at once; what is seen follows every page", async () => {
    const all = bigCatalogue(1_000).map((template) => ({ ...template, archived: false }));
    const list = (pages: number | undefined): ListState => ({
      status: 'ready', app: TEST_APP, version: 'sync#1', total: pages ? pages * 100 : all.length, fetchedAt: NOW, stale: false, refreshing: pages !== undefined, skipped: 0, duplicates: 0,
      templates: pages ? all.slice(0, pages * 100) : all,
      ...(pages ? { progress: { pages, from: 0 } } : {}),
    });
    usePopupStore.setState({ ...usePopupStore.getInitialState(), listAsked: true, list: list(1) }, true);
    const heard = recordSaid(() => document.querySelector('.count[role="status"], [data-testid="count-said"]'));
    render(<TemplateBrowser onOpenSettings={() => {}} renderSetup={() => null} />);
    heard.note();
    try {
      expect(heard.said).toEqual(['100 templates']);
      for (let pages = 2; pages <= 9; pages++) {
        await act(async () => vi.advanceTimersByTime(500));
        await act(async () => usePopupStore.setState({ list: list(pages) }));
        expect(document.querySelector('.count')?.textContent).toBe(`${pages * 100} templates`);
      }
      expect(heard.said).toEqual(['100 templates']);
      await act(async () => vi.advanceTimersByTime(CALM_MS - 4000));
      expect(heard.said).toEqual(['100 templates', '900 templates']);
      await act(async () => usePopupStore.setState({ list: list(undefined) }));
      expect(heard.said).toEqual(['100 templates', '900 templates', '1,000 templates']);
    } finally {
      heard.stop();
    }
  });
});

describe('useCalmText when nothing is loading', () => {
  it('says each new text in the render that shows it, with no second render (the popup count changes on every keystroke)', () => {
    let renders = 0;
    function Count({ text }: { text: string }) {
      renders += 1;
      return <p role="status">{useCalmText(text, false)}</p>;
    }
    const view = render(<Count text="3 matches" />);
    renders = 0;
    for (const text of ['2 matches', '1 match', 'No match']) {
      view.rerender(<Count text={text} />);
      expect(view.getByRole('status').textContent).toBe(text);
    }
    expect(renders).toBe(3);
  });
});
