import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { sendMessage } from '../../../src/shared/messaging';
import { usePopupStore } from '../../../src/popup/store';
import { relativeTime } from '../../../src/shared/i18n';
import { bigCatalogue, createBackend, deferred, fail, install, listOf, ok, seedTemplates, summaries, type ListAnswer } from './backend';
import { progressText, type ListProgress } from '../../../src/shared/template-list';

vi.mock('../../../src/shared/messaging', () => ({ sendMessage: vi.fn() }));
const send = vi.mocked(sendMessage) as unknown as ReturnType<typeof vi.fn>;

beforeEach(() => usePopupStore.setState(usePopupStore.getInitialState(), true));
afterEach(() => send.mockReset());

describe('popup store', () => {
  it('asks setup.status once, before anything renders, and keeps its answer', async () => {
    const backend = install(send, createBackend());
    const { startSetup } = usePopupStore.getState();
    startSetup();
    startSetup();
    expect(usePopupStore.getState().setup).toEqual({ phase: 'loading' });
    await vi.waitFor(() => expect(usePopupStore.getState().setup.phase).toBe('ready'));
    expect(usePopupStore.getState().setup).toEqual({ phase: 'ready', configured: true, appId: '9DA1B1F4-0BE6-4DA8-82C5-2E81DAB56F23' });
    expect(backend.calls.filter((call) => call.type === 'setup.status')).toHaveLength(1);
  });

  it('ignores a background refresh that answers after a manual one', async () => {
    const waiting = deferred<ListAnswer>();
    const all = summaries(seedTemplates);
    install(
      send,
      createBackend({
        list: ({ freshness }) => {
          if (freshness === 'cached') return ok(listOf(all, { refreshing: true }));
          if (freshness === 'wait') return waiting.promise;
          return ok(listOf(all.slice(0, 2)));
        },
      }),
    );
    const { loadTemplates } = usePopupStore.getState();
    const automatic = loadTemplates('cached');
    await vi.waitFor(() => expect(usePopupStore.getState().list.status).toBe('ready'));
    await loadTemplates('force');
    waiting.resolve(ok(listOf(all.slice(0, 5))));
    await automatic;
    const list = usePopupStore.getState().list;
    expect(list.status === 'ready' && list.templates.map((template) => template.key)).toEqual(all.slice(0, 2).map((template) => template.key));
  });

  it('shows the template opened last, whatever order the answers come in', async () => {
    const slow = deferred<Awaited<ReturnType<ReturnType<typeof createBackend>['get']>>>();
    const backend = createBackend();
    const fast = backend.get;
    install(send, { ...backend, get: (payload) => (payload.key === 'welcome_offer' ? slow.promise : fast(payload)) });
    const { openTemplate } = usePopupStore.getState();
    const first = openTemplate('welcome_offer');
    await openTemplate('payment_failed');
    slow.resolve(fast({ key: 'welcome_offer' }) as Awaited<typeof slow.promise>);
    await first;
    expect(usePopupStore.getState().detail).toMatchObject({ key: 'payment_failed', status: 'ready' });
  });

  it('shows the first screen of a large list at once, said as loading, then each part as it crosses', async () => {
    const all = bigCatalogue(300);
    const second = deferred<ListAnswer>();
    const third = deferred<ListAnswer>();
    const version = 'big#1';
    install(
      send,
      createBackend({
        // As the background: the head first, then the part after the rows the asker holds.
        list: ({ from }) =>
          from === undefined ? ok(listOf(all.slice(0, 100), { version, total: all.length, from: 0 })) : from === 100 ? second.promise : third.promise,
      }),
    );
    const loading = usePopupStore.getState().loadTemplates('cached');
    await vi.waitFor(() => expect(usePopupStore.getState().list.status).toBe('ready'));
    const first = usePopupStore.getState().list;
    expect(first.status === 'ready' && first.templates).toHaveLength(100);
    expect(first.status === 'ready' && first.progress).toMatchObject({ expected: 300, crossing: true });
    expect(first.status === 'ready' && progressText(first.progress!, { listed: 100, archivedToo: true })).toBe('Loading templates… 100 of 300.');
    second.resolve(ok(listOf(all.slice(100, 250), { version, total: all.length, from: 100 })));
    await vi.waitFor(() => expect((usePopupStore.getState().list as { templates: unknown[] }).templates).toHaveLength(250));
    expect(progressText((usePopupStore.getState().list as { progress: ListProgress }).progress, { listed: 250, archivedToo: true })).toBe('Loading templates… 250 of 300.');
    third.resolve(ok(listOf(all.slice(250), { version, total: all.length, from: 250 })));
    await loading;
    const whole = usePopupStore.getState().list;
    expect(whole.status === 'ready' && whole.templates.map((template) => template.key)).toEqual(all.map((template) => template.key));
    expect(whole.status === 'ready' && whole.progress).toBeUndefined();
    expect(send.mock.calls.filter(([type]) => type === 'templates.list').map(([, payload]) => (payload as { from?: number }).from)).toEqual([undefined, 100, 250]);
  });

  it('a first sync that fails before any template arrived is a failed load, not an empty app nor "only the first 0 arrived"', async () => {
    let asked = 0;
    install(
      send,
      createBackend({
        list: () =>
          ++asked === 1
            ? ok(listOf([], { progress: { pages: 0, from: 0 }, refreshing: true }))
            : fail({ kind: 'sendbird', message: 'Sendbird had a server error.' }),
      }),
    );
    await usePopupStore.getState().loadTemplates('cached');
    expect(asked).toBeGreaterThan(1);
    expect(usePopupStore.getState().list).toEqual({ status: 'failed', failure: { kind: 'sendbird', message: 'Sendbird had a server error.' } });
  });

  it('prefills sample values once per template and keeps edits', async () => {
    install(send, createBackend());
    const store = usePopupStore.getState();
    await store.openTemplate('welcome_offer');
    expect(usePopupStore.getState().values.welcome_offer).toEqual({ first_name: 'Ada', coupon_code: 'SPRING24' });
    store.setValue('welcome_offer', 'first_name', 'Grace');
    await store.openTemplate('welcome_offer');
    expect(usePopupStore.getState().values.welcome_offer?.first_name).toBe('Grace');
    store.resetValues('welcome_offer');
    expect(usePopupStore.getState().values.welcome_offer?.first_name).toBe('Ada');
  });
});

describe('relativeTime', () => {
  const now = Date.UTC(2026, 10, 20, 9, 0, 0);
  it.each([
    [now - 10_000, 'just now'],
    [now - 5 * 60_000, '5 min ago'],
    [now - 3 * 3_600_000, '3 h ago'],
    [now - 2 * 86_400_000, '2 d ago'],
    [0, 'unknown'],
  ])('%i -> %s', (then, expected) => {
    expect(relativeTime(then, now)).toBe(expected);
  });
});
