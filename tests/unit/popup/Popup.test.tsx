import { act, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { sendMessage } from '../../../src/shared/messaging';
import { explainSendbirdError } from '../../../src/shared/sendbird-error';
import { Popup } from '../../../src/popup/Popup';
import { usePopupStore } from '../../../src/popup/store';
import { followFocusFixup } from '../support/focus-fixup';
import { useLocale } from '../support/fake-i18n';
import { t } from '../../../src/shared/i18n';
import { bigCatalogue, createBackend, deferred, fail, install, listOf, NOW, ok, seedTemplates, summaries, type FakeBackend, type ListAnswer } from './backend';

vi.mock('../../../src/shared/messaging', () => ({ sendMessage: vi.fn() }));
const send = vi.mocked(sendMessage) as unknown as ReturnType<typeof vi.fn>;

let backend: FakeBackend;

beforeEach(() => {
  usePopupStore.setState(usePopupStore.getInitialState(), true);
  vi.spyOn(Date, 'now').mockReturnValue(NOW);
  backend = install(send, createBackend());
});

afterEach(() => {
  send.mockReset();
});

const listbox = () => screen.getByRole('listbox', { name: 'Templates' });
const options = () => within(listbox()).queryAllByRole('option');
const optionNames = () => options().map((option) => option.querySelector('.tpl-row-name')?.textContent);
const status = () => document.querySelector('.count') as HTMLElement;
const listCalls = () => backend.calls.filter((call) => call.type === 'templates.list').map((call) => (call.payload as { freshness: string }).freshness);

async function openPopup() {
  const user = userEvent.setup();
  // As main.tsx does, before the first render.
  usePopupStore.getState().startSetup();
  render(<Popup />);
  return user;
}

describe('setup', () => {
  it('asks to connect an app when nothing is set up, and opens the settings', async () => {
    backend.configured = false;
    const user = await openPopup();
    const button = await screen.findByRole('button', { name: 'Go to Settings' });
    await user.click(button);
    expect(backend.calls.map((call) => call.type)).toContain('settings.open');
    expect(backend.calls.map((call) => call.type)).not.toContain('templates.list');
  });

  it('shows Go to Settings when the background says the credentials are gone', async () => {
    backend.list = () => fail({ kind: 'not-configured', message: 'Connect a Sendbird app first.' });
    await openPopup();
    expect(await screen.findByRole('button', { name: 'Go to Settings' })).toBeTruthy();
  });
});

describe('the list', () => {
  it('is asked for with the page, beside setup.status, and once (main.tsx starts it before the first render)', async () => {
    usePopupStore.getState().startTemplates();
    await openPopup();
    expect(await screen.findByRole('listbox', { name: 'Templates' })).toBeTruthy();
    expect(backend.calls.map((call) => call.type).slice(0, 2)).toEqual(['templates.list', 'setup.status']);
    expect(listCalls()).toEqual(['cached']);
  });

  it('shows a loading state until the background answers', async () => {
    const answer = deferred<ListAnswer>();
    backend.list = () => answer.promise;
    await openPopup();
    expect(await screen.findByText('Loading templates…')).toBeTruthy();
    await act(async () => answer.resolve(ok(listOf(summaries(seedTemplates)))));
    expect(await screen.findByRole('listbox', { name: 'Templates' })).toBeTruthy();
    expect(screen.queryByText('Loading templates…')).toBeNull();
  });

  it('lists templates newest first, without archived ones, with a count', async () => {
    await openPopup();
    await screen.findByRole('listbox');
    const expected = summaries(seedTemplates).filter((template) => !template.archived);
    expect(optionNames().slice(0, 3)).toEqual(expected.slice(0, 3).map((template) => template.name));
    expect(status().textContent).toBe(`${expected.length} templates`);
    // Heard from its live twin (role=status), which says the same when no list is arriving.
    expect(screen.getByTestId('count-said').textContent).toBe(`${expected.length} templates`);
    expect(screen.getByTestId('count-said').getAttribute('role')).toBe('status');
    expect(screen.queryByText('Holiday sale 2025 (ended)')).toBeNull();
    expect(listCalls()).toEqual(['cached']);
  });

  it('shows archived templates when asked', async () => {
    const user = await openPopup();
    await screen.findByRole('listbox');
    await user.click(screen.getByRole('checkbox', { name: 'Show archived (2)' }));
    expect(status().textContent).toBe(`${seedTemplates.length} templates`);
    await user.type(screen.getByRole('searchbox', { name: 'Search templates' }), 'holiday');
    const [option] = options();
    expect(option?.textContent).toContain('Holiday sale 2025 (ended)');
    expect(option?.textContent).toContain('Archived');
  });

  it('searches names and keys with typos, highlighting what matched', async () => {
    const user = await openPopup();
    await screen.findByRole('listbox');
    await user.type(screen.getByRole('searchbox', { name: 'Search templates' }), 'carousle');
    expect(optionNames()).toEqual(['New arrivals carousel (3 products)']);
    const marks = [...(options()[0]?.querySelectorAll('mark') ?? [])].map((mark) => mark.textContent);
    expect(marks).toEqual(['carousel', 'carousel']);
    expect(status().textContent).toBe('1 of 28 templates matches “carousle”');
  });

  it('finds keys, accents-insensitively, and Korean names', async () => {
    const user = await openPopup();
    await screen.findByRole('listbox');
    const search = screen.getByRole('searchbox', { name: 'Search templates' });
    await user.type(search, 'ORDER_SHIPPED');
    expect(optionNames()).toEqual(['Order shipped']);
    await user.clear(search);
    await user.type(search, '주문');
    expect(optionNames()).toEqual(['주문 배송 시작 안내', '주문 완료 알림톡']);
  });

  it('has an empty search state that can clear the search or reveal archived matches', async () => {
    const user = await openPopup();
    await screen.findByRole('listbox');
    const search = screen.getByRole('searchbox', { name: 'Search templates' });
    await user.type(search, 'holiday');
    expect(screen.getByRole('heading', { name: 'No matching templates' })).toBeTruthy();
    expect(status().textContent).toBe('No templates match “holiday”');
    expect(screen.getByText(/1 archived template matches/)).toBeTruthy();
    await user.click(screen.getByRole('button', { name: 'Show archived' }));
    expect(optionNames()).toEqual(['Holiday sale 2025 (ended)']);

    await user.type(search, 'zzzz');
    await user.click(screen.getByRole('button', { name: 'Clear search' }));
    expect(search).toHaveProperty('value', '');
    expect(document.activeElement).toBe(search);
  });

  it('gives a name cut short by the row its full text on hover and to screen readers', async () => {
    const name = 'Spring campaign – personalised welcome offer for returning customers in every region we ship to';
    backend.list = () => ok(listOf([{ key: 'long_name', name, updatedAt: NOW - 1000, archived: false, variables: [] }]));
    await openPopup();
    const [option] = await within(await screen.findByRole('listbox', { name: 'Templates' })).findAllByRole('option');
    expect(option?.querySelector('.tpl-row-name')?.getAttribute('title')).toBe(name);
    expect(option?.textContent).toContain(name);
  });

  it('has an empty state for an app without templates, with a refresh', async () => {
    backend.list = () => ok(listOf([]));
    const user = await openPopup();
    expect(await screen.findByRole('heading', { name: 'No templates yet' })).toBeTruthy();
    expect(status().textContent).toBe('No templates');
    await user.click(screen.getByRole('button', { name: 'Refresh' }));
    expect(listCalls()).toEqual(['cached', 'force']);
  });

  it('shows why loading failed, with a way forward', async () => {
    backend.list = () => fail({ kind: 'sendbird', message: 'Sendbird rejected the API token (Sendbird code 400401).' });
    const user = await openPopup();
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toContain('Couldn’t load your templates');
    expect(alert.textContent).toContain('Sendbird rejected the API token (Sendbird code 400401).');

    await user.click(within(alert).getByRole('button', { name: 'Check settings' }));
    expect(backend.calls.map((call) => call.type)).toContain('settings.open');

    backend.list = () => ok(listOf(summaries(seedTemplates)));
    await user.click(within(alert).getByRole('button', { name: 'Try again' }));
    expect(await screen.findByRole('listbox')).toBeTruthy();
    expect(listCalls()).toEqual(['cached', 'force']);
  });

  it('says when the list is cached, and when its refresh failed with the reason from the background', async () => {
    const error = { kind: 'rate-limited' as const, code: 500910, status: 429, detail: 'Too many requests.', retryAfterMs: 3000 };
    backend.list = () => ok(listOf(summaries(seedTemplates), { stale: true, fetchedAt: NOW - 3 * 3_600_000, error }));
    const user = await openPopup();
    await screen.findByRole('listbox');
    expect(screen.getByTestId('freshness').textContent).toBe('Not refreshed saved 3 h ago');
    const banner = screen.getByRole('alert');
    expect(banner.textContent).toContain('Showing the list saved 3 h ago.');
    expect(banner.textContent).toContain(explainSendbirdError(error));

    backend.list = () => ok(listOf(summaries(seedTemplates)));
    await user.click(within(banner).getByRole('button', { name: 'Retry' }));
    await waitFor(() => expect(screen.queryByRole('alert')).toBeNull());
    expect(screen.getByTestId('freshness').textContent).toBe('Cached updated 1 min ago');
  });

  it('asks again with "wait" while the background refreshes, then shows the fresh list', async () => {
    const fresh = summaries(seedTemplates).slice(0, 3);
    const refreshed = deferred<ListAnswer>();
    backend.list = ({ freshness }) => (freshness === 'wait' ? refreshed.promise : ok(listOf(summaries(seedTemplates), { stale: true, refreshing: true, fetchedAt: NOW - 600_000 })));
    await openPopup();
    await screen.findByRole('listbox');
    expect(screen.getByTestId('freshness').textContent).toBe('Refreshing…');
    expect(listCalls()).toEqual(['cached', 'wait']);
    await act(async () => refreshed.resolve(ok(listOf(fresh, { fetchedAt: NOW }))));
    await waitFor(() => expect(optionNames()).toEqual(fresh.map((template) => template.name)));
    expect(screen.getByTestId('freshness').textContent).toBe('Cached updated just now');
  });

  it('refreshes on demand, keeping the list when the refresh fails', async () => {
    const user = await openPopup();
    await screen.findByRole('listbox');
    const answer = deferred<ListAnswer>();
    backend.list = () => answer.promise;
    const refresh = screen.getByRole('button', { name: 'Refresh templates' });
    await user.click(refresh);
    expect(refresh.getAttribute('aria-disabled')).toBe('true');
    expect(screen.getByTestId('freshness').textContent).toBe('Refreshing…');
    await act(async () => answer.resolve(fail({ kind: 'sendbird', message: 'Sendbird did not answer in time.' })));
    expect((await screen.findByRole('alert')).textContent).toContain('Refresh failed. Sendbird did not answer in time.');
    expect(options().length).toBeGreaterThan(0);
    expect(listCalls()).toEqual(['cached', 'force']);

    // Retry: the banner goes while the list refreshes; the focus goes to the search box, not to <body>.
    const retried = deferred<ListAnswer>();
    backend.list = () => retried.promise;
    await user.click(within(screen.getByRole('alert')).getByRole('button', { name: 'Retry' }));
    expect(document.activeElement).toBe(screen.getByRole('searchbox'));
    await act(async () => retried.resolve(ok(listOf(summaries(seedTemplates), { fetchedAt: NOW }))));
    await waitFor(() => expect(screen.queryByRole('alert')).toBeNull());
    expect(document.activeElement).toBe(screen.getByRole('searchbox'));
  });

  it('keeps the focus on Refresh while its refresh runs (a disabled button drops it to <body>), and ignores presses meanwhile', async () => {
    const stopFixup = followFocusFixup();
    try {
      const user = await openPopup();
      await screen.findByRole('listbox');
      const answer = deferred<ListAnswer>();
      backend.list = () => answer.promise;
      const refresh = screen.getByRole('button', { name: 'Refresh templates' });
      act(() => refresh.focus());
      await user.keyboard('{Enter}');
      expect(screen.getByTestId('freshness').textContent).toBe('Refreshing…');
      expect(document.activeElement).toBe(refresh);
      // Still said to be unavailable, and it is: a second press asks for nothing more.
      expect(refresh.getAttribute('aria-disabled')).toBe('true');
      await user.keyboard('{Enter}');
      expect(listCalls()).toEqual(['cached', 'force']);
      await act(async () => answer.resolve(ok(listOf(summaries(seedTemplates), { fetchedAt: NOW }))));
      await waitFor(() => expect(screen.getByTestId('freshness').textContent).toBe('Cached updated just now'));
      expect(document.activeElement).toBe(refresh);
      expect(refresh.getAttribute('aria-disabled')).not.toBe('true');
    } finally {
      stopFixup();
    }
  });

  it('keeps the focus on the empty state\'s Refresh while it runs', async () => {
    const stopFixup = followFocusFixup();
    try {
      backend.list = () => ok(listOf([]));
      const user = await openPopup();
      await screen.findByRole('heading', { name: 'No templates yet' });
      const answer = deferred<ListAnswer>();
      backend.list = () => answer.promise;
      const refresh = screen.getByRole('button', { name: 'Refresh' });
      act(() => refresh.focus());
      await user.keyboard('{Enter}');
      expect(document.activeElement).toBe(refresh);
      expect(refresh.getAttribute('aria-disabled')).toBe('true');
      await user.keyboard('{Enter}');
      expect(listCalls()).toEqual(['cached', 'force']);
      await act(async () => answer.resolve(ok(listOf([], { fetchedAt: NOW }))));
      expect(document.activeElement).toBe(refresh);
    } finally {
      stopFixup();
    }
  });

  it('keeps the rows of a long list when a later part does not arrive, says so, and loads the rest without a sync', async () => {
    const all = bigCatalogue(300);
    const version = 'slow-part#1';
    const partFailure = 'The rest of the saved template list could not be read from this browser’s storage in time (it may be busy).';
    let partAsked = 0;
    backend.list = ({ from }) => {
      if (from === undefined) return ok(listOf(all.slice(0, 100), { version, total: all.length, from: 0 }));
      if (++partAsked === 1) return fail({ kind: 'internal', message: partFailure });
      return ok(listOf(all.slice(from), { version, total: all.length, from }));
    };
    const user = await openPopup();
    const banner = await screen.findByRole('alert');
    expect(banner.textContent).toContain(`The rest of the list did not load. ${partFailure}`);
    expect(options().length).toBeGreaterThan(0);
    await user.click(within(banner).getByRole('button', { name: 'Load the rest' }));
    await waitFor(() => expect((usePopupStore.getState().list as { templates: unknown[] }).templates).toHaveLength(300));
    expect(screen.queryByRole('alert')).toBeNull();
    expect(listCalls()).not.toContain('force');
    // The button went with its banner: the focus is on the search box, not lost to <body>.
    expect(document.activeElement).toBe(screen.getByRole('searchbox'));
  });

  it('says how many of the listed templates arrived when a first sync fails after its first pages, archived ones not counted', async () => {
    const arrived = summaries(seedTemplates);
    const archived = arrived.filter((template) => template.archived).length;
    expect(archived).toBeGreaterThan(0);
    backend.list = ({ freshness }) =>
      freshness === 'cached'
        ? ok(listOf(arrived, { progress: { pages: 1, from: 0 }, refreshing: true }))
        : fail({ kind: 'sendbird', message: 'Sendbird had a server error.' });
    const user = await openPopup();
    await waitFor(() => expect(screen.getByTestId('freshness').textContent).toContain('Incomplete'));
    const listed = arrived.length - archived;
    // The count and the toolbar speak of the same rows: the ones listed.
    expect(status().textContent).toBe(`${listed} templates`);
    expect(screen.getByTestId('freshness').textContent).toBe(`Incomplete only the first ${listed} arrived`);
    // Archived ones shown: both counts include them.
    await user.click(screen.getByRole('checkbox', { name: `Show archived (${archived})` }));
    expect(status().textContent).toBe(`${arrived.length} templates`);
    expect(screen.getByTestId('freshness').textContent).toBe(`Incomplete only the first ${arrived.length} arrived`);
  });

  it('counts the rows it lists while a first sync loads, as the count line does (archived ones only when shown)', async () => {
    const arrived = summaries(seedTemplates);
    const archived = arrived.filter((template) => template.archived).length;
    expect(archived).toBeGreaterThan(0);
    const more = deferred<ListAnswer>();
    backend.list = ({ freshness }) => (freshness === 'cached' ? ok(listOf(arrived, { progress: { pages: 1, from: 0 }, refreshing: true })) : more.promise);
    const user = await openPopup();
    const listed = arrived.length - archived;
    await waitFor(() => expect(screen.getByTestId('freshness').textContent).toBe(`Loading templates… ${listed} so far (1 page).`));
    expect(status().textContent).toBe(`${listed} templates`);
    await user.click(screen.getByRole('checkbox', { name: `Show archived (${archived})` }));
    expect(screen.getByTestId('freshness').textContent).toBe(`Loading templates… ${arrived.length} so far (1 page).`);
    expect(status().textContent).toBe(`${arrived.length} templates`);
  });

  it('says "of N" while a long list crosses in the terms of its count line: N without the archived ones unless they are shown', async () => {
    const all = bigCatalogue(300);
    const archived = all.filter((template) => template.archived).length;
    const head = all.slice(0, 100);
    const headListed = head.filter((template) => !template.archived).length;
    expect(headListed).toBeLessThan(head.length);
    const rest = deferred<ListAnswer>();
    backend.list = ({ from }) => (from === undefined ? ok(listOf(head, { version: 'big#1', total: all.length, archived, from: 0 })) : rest.promise);
    const user = await openPopup();
    await waitFor(() => expect(screen.getByTestId('freshness').textContent).toBe(`Loading templates… ${headListed} of ${all.length - archived}.`));
    expect(status().textContent).toBe(`${headListed} templates`);
    await user.click(screen.getByRole('checkbox', { name: /^Show archived/ }));
    expect(screen.getByTestId('freshness').textContent).toBe(`Loading templates… 100 of ${all.length}.`);
    expect(status().textContent).toBe('100 templates');
  });

  it('mentions templates Sendbird sent that could not be read', async () => {
    backend.list = () => ok(listOf(summaries(seedTemplates), { skipped: 2 }));
    await openPopup();
    expect(await screen.findByText('2 templates from Sendbird could not be read and are not listed.')).toBeTruthy();
  });
});

describe('what a screen reader hears about a refresh', () => {
  /**
   * Every text a polite live region (role=status, aria-live=polite) took while recording, in order: what a
   * screen reader queues. A region whose text did not change says nothing again.
   */
  function recordPolite() {
    const said: string[] = [];
    const last = new Map<Element, string>();
    const polite = () => [...document.querySelectorAll('[role="status"], [aria-live="polite"]')];
    for (const region of polite()) last.set(region, region.textContent ?? '');
    const observer = new MutationObserver(() => {
      for (const region of polite()) {
        const text = region.textContent ?? '';
        if (last.get(region) !== text && text) said.push(text);
        last.set(region, text);
      }
    });
    observer.observe(document.body, { subtree: true, childList: true, characterData: true });
    return { said, stop: () => observer.disconnect() };
  }

  it('says a refresh started, then that it ended well, once each, however often the popup draws meanwhile', async () => {
    const user = await openPopup();
    await screen.findByRole('listbox');
    const polite = recordPolite();
    try {
      const answer = deferred<ListAnswer>();
      backend.list = () => answer.promise;
      await user.click(screen.getByRole('button', { name: 'Refresh templates' }));
      await waitFor(() => expect(polite.said).toEqual(['Refreshing…']));
      // Drawn again (the 30 s clock, a new answer object): nothing is said again.
      for (let i = 0; i < 3; i++) act(() => usePopupStore.setState({ list: { ...(usePopupStore.getState().list as object) } as never }));
      await act(async () => answer.resolve(ok(listOf(summaries(seedTemplates), { fetchedAt: NOW }))));
      await waitFor(() => expect(polite.said).toEqual(['Refreshing…', 'Templates up to date.']));
      act(() => usePopupStore.setState({ list: { ...(usePopupStore.getState().list as object) } as never }));
      expect(polite.said).toEqual(['Refreshing…', 'Templates up to date.']);
    } finally {
      polite.stop();
    }
  });

  it('says a background refresh running when the popup opens, and its end', async () => {
    const refreshed = deferred<ListAnswer>();
    backend.list = ({ freshness }) => (freshness === 'wait' ? refreshed.promise : ok(listOf(summaries(seedTemplates), { stale: true, refreshing: true, fetchedAt: NOW - 600_000 })));
    await openPopup();
    await screen.findByRole('listbox');
    await waitFor(() => expect(screen.getByTestId('refresh-announcement').textContent).toBe('Refreshing…'));
    const polite = recordPolite();
    try {
      await act(async () => refreshed.resolve(ok(listOf(summaries(seedTemplates), { fetchedAt: NOW }))));
      await waitFor(() => expect(polite.said).toEqual(['Templates up to date.']));
    } finally {
      polite.stop();
    }
  });

  it('says a failed refresh once, by its alert with the reason, also when a Retry fails the same way as before', async () => {
    const error = { kind: 'rate-limited' as const, code: 500910, status: 429, detail: 'Too many requests.', retryAfterMs: 3000 };
    const saved = () => ok(listOf(summaries(seedTemplates), { stale: true, fetchedAt: NOW - 3 * 3_600_000, error }));
    backend.list = saved;
    const user = await openPopup();
    await screen.findByRole('listbox');
    const banner = screen.getByRole('alert');
    const polite = recordPolite();
    try {
      const answer = deferred<ListAnswer>();
      backend.list = () => answer.promise;
      await user.click(within(banner).getByRole('button', { name: 'Retry' }));
      await waitFor(() => expect(polite.said).toEqual(['Refreshing…']));
      await act(async () => answer.resolve(saved()));
      await waitFor(() => expect(usePopupStore.getState().forcing).toBe(false));
      // The same words as the banner that was there: a new alert, so it is said; the polite region does not say it too.
      const again = screen.getByRole('alert');
      expect(again.textContent).toContain(explainSendbirdError(error));
      expect(again).not.toBe(banner);
      expect(polite.said).toEqual(['Refreshing…']);
    } finally {
      polite.stop();
    }
  });

  it('says a refresh that failed without an answer once, by its alert with the reason, not in the polite region too', async () => {
    const user = await openPopup();
    await screen.findByRole('listbox');
    const polite = recordPolite();
    try {
      const failed = deferred<ListAnswer>();
      backend.list = () => failed.promise;
      await user.click(screen.getByRole('button', { name: 'Refresh templates' }));
      await act(async () => failed.resolve(fail({ kind: 'sendbird', message: 'Sendbird did not answer in time.' })));
      await waitFor(() => expect(usePopupStore.getState().forcing).toBe(false));
      expect(screen.getByRole('alert').textContent).toContain('Refresh failed. Sendbird did not answer in time.');
      expect(polite.said).toEqual(['Refreshing…']);
    } finally {
      polite.stop();
    }
  });
});

describe('the reason a failure banner gives', () => {
  const rateLimited = { kind: 'rate-limited' as const, code: 500910, status: 429, detail: 'Too many requests.', retryAfterMs: 3000 };
  const serverError = { kind: 'server-error' as const, status: 503, detail: 'Service unavailable.' };
  const saved = (error?: typeof rateLimited | typeof serverError) => ok(listOf(summaries(seedTemplates), { stale: true, fetchedAt: NOW - 3 * 3_600_000, ...(error ? { error } : {}) }));

  async function retryInto(answer: ListAnswer) {
    const user = userEvent.setup();
    backend.list = () => answer;
    await user.click(within(screen.getByRole('alert')).getByRole('button', { name: 'Retry' }));
    await waitFor(() => expect(usePopupStore.getState().forcing).toBe(false));
  }

  it("is the newest failure's: a refresh that fails without an answer after the worker's own failure says its reason, not the old one", async () => {
    backend.list = () => saved(rateLimited);
    await openPopup();
    await screen.findByRole('listbox');
    expect(screen.getByRole('alert').textContent).toContain(explainSendbirdError(rateLimited));
    await retryInto(fail({ kind: 'sendbird', message: 'Sendbird rejected the API token (Sendbird code 400401).' }));
    const alerts = screen.getAllByRole('alert');
    expect(alerts).toHaveLength(1);
    expect(alerts[0]!.textContent).toContain('Sendbird rejected the API token (Sendbird code 400401).');
    expect(alerts[0]!.textContent).not.toContain(explainSendbirdError(rateLimited));
  });

  it("is the newest failure's the other way round too: the worker's reason after a refresh that failed without an answer", async () => {
    const user = await openPopup();
    await screen.findByRole('listbox');
    backend.list = () => fail({ kind: 'sendbird', message: 'Sendbird did not answer in time.' });
    await user.click(screen.getByRole('button', { name: 'Refresh templates' }));
    await waitFor(() => expect(screen.getByRole('alert').textContent).toContain('Sendbird did not answer in time.'));
    await retryInto(saved(serverError));
    const alerts = screen.getAllByRole('alert');
    expect(alerts).toHaveLength(1);
    expect(alerts[0]!.textContent).toContain(explainSendbirdError(serverError));
    expect(alerts[0]!.textContent).not.toContain('Sendbird did not answer in time.');
  });

  it("is the worker's newest reason when two of its refreshes fail differently", async () => {
    backend.list = () => saved(rateLimited);
    await openPopup();
    await screen.findByRole('listbox');
    await retryInto(saved(serverError));
    expect(screen.getAllByRole('alert').map((alert) => alert.textContent)).toEqual([expect.stringContaining(explainSendbirdError(serverError))]);
  });
});

describe('keyboard', () => {
  it('moves through the list with the arrow keys and opens with Enter', async () => {
    const user = await openPopup();
    await screen.findByRole('listbox');
    const search = screen.getByRole('searchbox', { name: 'Search templates' });
    expect(document.activeElement).toBe(search);
    await user.keyboard('{ArrowDown}');
    expect(document.activeElement).toBe(listbox());
    const first = options()[0]!;
    expect(listbox().getAttribute('aria-activedescendant')).toBe(first.id);
    expect(first.getAttribute('aria-selected')).toBe('true');
    await user.keyboard('{ArrowDown}{ArrowDown}{ArrowUp}');
    const second = options()[1]!;
    expect(listbox().getAttribute('aria-activedescendant')).toBe(second.id);
    expect(second.getAttribute('aria-posinset')).toBe('2');
    expect(second.getAttribute('aria-setsize')).toBe('28');
    await user.keyboard('{Enter}');
    expect(await screen.findByRole('heading', { level: 2, name: second.querySelector('.tpl-row-name')?.textContent ?? '' })).toBeTruthy();
  });

  it('sends typed characters from the list back to the search box', async () => {
    const user = await openPopup();
    await screen.findByRole('listbox');
    await user.keyboard('{ArrowDown}');
    await user.keyboard('q');
    const search = screen.getByRole('searchbox', { name: 'Search templates' });
    expect(search).toHaveProperty('value', 'q');
    expect(document.activeElement).toBe(search);
  });
});

describe('a large catalogue', () => {
  it('renders only the rows in view, and reaches the last of 5,000 with End', async () => {
    const catalogue = bigCatalogue(5000);
    backend.list = () => ok(listOf(catalogue));
    const user = await openPopup();
    await screen.findByRole('listbox');
    const visible = catalogue.filter((template) => !template.archived);
    expect(options().length).toBeLessThan(30);
    expect(options()[0]?.getAttribute('aria-setsize')).toBe(String(visible.length));
    await user.click(listbox());
    await user.keyboard('{End}');
    const last = options().find((option) => option.getAttribute('aria-posinset') === String(visible.length));
    expect(last?.textContent).toContain(visible.at(-1)?.key);
    expect(listbox().getAttribute('aria-activedescendant')).toBe(last?.id);
    expect(options().length).toBeLessThan(30);
  }, 30_000);
});

describe('the preview', () => {
  async function openTemplate(user: ReturnType<typeof userEvent.setup>, query: string, name: string) {
    await screen.findByRole('listbox');
    await user.type(screen.getByRole('searchbox', { name: 'Search templates' }), query);
    await user.click(within(listbox()).getByRole('option', { name: new RegExp(name) }));
    return screen.findByRole('region', { name: /Preview/ });
  }

  it('opens a template with its key, preview and prefilled variables; edits show at once', async () => {
    const user = await openPopup();
    const preview = await openTemplate(user, 'carousel', 'New arrivals carousel');
    expect(screen.getByRole('heading', { level: 2, name: 'New arrivals carousel (3 products)' })).toBeTruthy();
    expect(document.activeElement).toBe(screen.getByRole('heading', { level: 2 }));
    expect(screen.getByText('new_arrivals_carousel', { selector: 'code' })).toBeTruthy();
    expect(within(preview).getByRole('group', { name: 'Carousel with 3 cards' })).toBeTruthy();
    expect(preview.textContent).toContain('Product 1 name');

    const field = screen.getByLabelText('product_1_name');
    await user.clear(field);
    await user.type(field, 'Linen shirt');
    expect(preview.textContent).toContain('Linen shirt');
    await user.clear(field);
    expect(preview.querySelector('mark.sbp-unfilled')?.textContent).toBe('{product_1_name}');
  });

  it('switches the preview between light and dark appearance', async () => {
    const user = await openPopup();
    await openTemplate(user, 'payment', 'Payment failed');
    // It starts in the system's appearance (light here).
    expect(screen.getByRole('radio', { name: 'Light' })).toHaveProperty('checked', true);
    expect(screen.getByRole('region', { name: 'Preview, light appearance' })).toBeTruthy();
    await user.click(screen.getByRole('radio', { name: 'Dark' }));
    expect(screen.getByRole('region', { name: 'Preview, dark appearance' })).toBeTruthy();
    expect(screen.getByRole('group', { name: 'Preview appearance' })).toBeTruthy();
    await user.keyboard('{ArrowLeft}');
    expect(screen.getByRole('region', { name: 'Preview, light appearance' })).toBeTruthy();
  });

  it('copies the template key', async () => {
    const user = await openPopup();
    const writeText = vi.spyOn(navigator.clipboard, 'writeText').mockResolvedValue();
    await openTemplate(user, 'welcome', 'Welcome offer');
    await user.click(screen.getByRole('button', { name: 'Copy key' }));
    expect(writeText).toHaveBeenCalledWith('welcome_offer');
    expect(await screen.findByRole('button', { name: 'Copied' })).toBeTruthy();
    expect(screen.getByText('Template key copied')).toBeTruthy();
  });

  it('says when copying is not allowed', async () => {
    const user = await openPopup();
    vi.spyOn(navigator.clipboard, 'writeText').mockRejectedValue(new Error('denied'));
    await openTemplate(user, 'welcome', 'Welcome offer');
    await user.click(screen.getByRole('button', { name: 'Copy key' }));
    expect(await screen.findByText('Copy failed: select the key and copy it.')).toBeTruthy();
  });

  it('goes back to the same place in the list, and keeps edited values', async () => {
    const user = await openPopup();
    await openTemplate(user, 'welcome', 'Welcome offer');
    const field = screen.getByLabelText('first_name');
    await user.clear(field);
    await user.type(field, 'Grace');
    await user.click(screen.getByRole('button', { name: 'Back to templates' }));
    expect(screen.queryByRole('region', { name: /Preview/ })).toBeNull();
    expect(screen.getByRole('searchbox', { name: 'Search templates' })).toHaveProperty('value', 'welcome');
    expect(document.activeElement).toBe(listbox());
    await user.keyboard('{Enter}');
    expect((await screen.findByRole('region', { name: /Preview/ })).textContent).toContain('Welcome, Grace!');
  });

  it('shows when a template cannot be loaded, with a retry', async () => {
    backend.get = () => fail({ kind: 'sendbird', message: 'Sendbird could not find that template (Sendbird code 400201).' });
    const user = await openPopup();
    await screen.findByRole('listbox');
    await user.click(options()[0]!);
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toContain('Sendbird could not find that template (Sendbird code 400201).');
    backend.get = createBackend().get;
    await user.click(within(alert).getByRole('button', { name: 'Try again' }));
    expect(await screen.findByRole('region', { name: /Preview/ })).toBeTruthy();
  });
});

describe('two sentences shown together, spaced as the UI language writes them', () => {
  // Japanese puts no space after 。; Korean and English one space after the full stop.
  const cases = [
    ['en', 'en-US', 'Refresh failed.', 'Nothing matches “holiday” in template names or keys. 1 archived template matches.'],
    ['ko', 'ko', '새로 고침에 실패했습니다.', '템플릿 이름이나 키 중 “holiday”와(과) 일치하는 항목이 없습니다. 보관된 템플릿 1개가 일치합니다.'],
    ['ja', 'ja', '更新に失敗しました。', 'テンプレート名やキーに「holiday」と一致するものはありません。アーカイブ済みのテンプレート 1 件が一致します。'],
  ] as const;
  for (const [locale, language, refreshFailed, noMatch] of cases) {
    it(`${locale}: a failed refresh's title and reason, and the no-match text with its archived matches`, async () => {
      const stop = useLocale(locale, language);
      try {
        const user = await openPopup();
        await screen.findByRole('listbox');
        const answer = deferred<ListAnswer>();
        backend.list = () => answer.promise;
        await user.click(screen.getByRole('button', { name: t('popup_refreshTemplates') }));
        const reason = explainSendbirdError({ kind: 'server-error', status: 503, detail: '' });
        await act(async () => answer.resolve(fail({ kind: 'sendbird', message: reason })));
        const banner = (await screen.findByRole('alert')).querySelector('p')!;
        expect(banner.textContent).toBe(`${refreshFailed}${locale === 'ja' ? '' : ' '}${reason}`);

        await user.type(screen.getByRole('searchbox'), 'holiday');
        expect(document.querySelector('.state-empty p')?.textContent).toBe(noMatch);
      } finally {
        stop();
      }
    });
  }
});
