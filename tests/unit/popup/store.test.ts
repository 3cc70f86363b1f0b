import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { sendMessage } from '../../../src/shared/messaging';
import { usePopupStore } from '../../../src/popup/store';
import { relativeTime } from '../../../src/shared/i18n';
import { createBackend, deferred, install, listOf, ok, seedTemplates, summaries, type ListAnswer } from './backend';

vi.mock('../../../src/shared/messaging', () => ({ sendMessage: vi.fn() }));
const send = vi.mocked(sendMessage) as unknown as ReturnType<typeof vi.fn>;

beforeEach(() => usePopupStore.setState(usePopupStore.getInitialState(), true));
afterEach(() => send.mockReset());

describe('popup store', () => {
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
