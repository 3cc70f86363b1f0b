import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { sendMessage } from '../../../src/shared/messaging';
import { forgetHeldList } from '../../../src/shared/catalogue-list';
import { followTemplateList, progressText, type TemplateList } from '../../../src/shared/template-list';
import type { RequestOf, TemplateSummary } from '../../../src/shared/protocol';
import { bigCatalogue, createBackend, deferred, fail, install, listOf, ok, type ListAnswer } from '../popup/backend';

vi.mock('../../../src/shared/messaging', async (original) => ({ ...(await original<typeof import('../../../src/shared/messaging')>()), sendMessage: vi.fn() }));
const send = vi.mocked(sendMessage) as unknown as ReturnType<typeof vi.fn>;

beforeEach(() => forgetHeldList());
afterEach(() => send.mockReset());

/** What the page asked for: the row each templates.list request starts from (undefined: from the start or none). */
const askedFrom = () => send.mock.calls.filter(([type]) => type === 'templates.list').map(([, payload]) => (payload as RequestOf<'templates.list'>).from);
const keys = (templates: readonly TemplateSummary[]) => templates.map((template) => template.key);

/** A background holding one 300-row version that crosses as a 100-row head and two parts, each part answered when the test says. */
function partedBackground(all: TemplateSummary[], version: string) {
  const parts = new Map([100, 200].map((from) => [from, deferred<ListAnswer>()]));
  const part = (from: number) => ok(listOf(all.slice(from, from + 100), { version, total: all.length, from }));
  let heads = 0;
  install(
    send,
    createBackend({
      list: ({ have, from }) => {
        if (have === version && from === undefined) return ok({ ...listOf([], { version, total: all.length }), list: undefined });
        if (have !== version || from === undefined) {
          heads++;
          return part(0);
        }
        return parts.get(from)!.promise;
      },
    }),
  );
  return { release: (from: number) => parts.get(from)!.resolve(part(from)), heads: () => heads };
}

describe('a list crossing in parts', () => {
  it('a picker opened again in the same page goes on from the rows that arrived, and each part is asked for once', async () => {
    const all = bigCatalogue(300);
    const background = partedBackground(all, 'v1');
    const first: TemplateList[] = [];
    const second: TemplateList[] = [];
    const firstDone = followTemplateList('cached', (list) => first.push(list));
    await vi.waitFor(() => expect(askedFrom()).toEqual([undefined, 100]));
    // Reopened while the first part is on its way: the page says which version it holds part of, the head
    // does not cross again (the rows held are shown at once), and the part on its way is not asked twice.
    const secondDone = followTemplateList('cached', (list) => second.push(list));
    await vi.waitFor(() => expect(second).toHaveLength(1));
    expect(send.mock.calls[2]![1]).toMatchObject({ have: 'v1' });
    expect(background.heads()).toBe(1);
    expect(second[0]!.templates[0]).toBe(first[0]!.templates[0]);
    expect(second[0]!.progress).toMatchObject({ expected: 300, crossing: true });
    background.release(100);
    await vi.waitFor(() => expect(askedFrom()).toEqual([undefined, 100, undefined, 200]));
    expect(second.at(-1)!.templates).toHaveLength(200);
    background.release(200);
    await Promise.all([firstDone, secondDone]);
    for (const states of [first, second]) {
      expect(keys(states.at(-1)!.templates)).toEqual(keys(all));
      expect(states.at(-1)!.progress).toBeUndefined();
    }
    // Opened once more: the page holds the whole version, so nothing crosses again.
    const third: TemplateList[] = [];
    await followTemplateList('cached', (list) => third.push(list));
    expect(keys(third[0]!.templates)).toEqual(keys(all));
    expect(askedFrom()).toEqual([undefined, 100, undefined, 200, undefined]);
    expect(send.mock.calls.at(-1)![1]).toMatchObject({ have: 'v1' });
  });

  it('the rest of a long list is asked for only once restAfter settles (the picker: once its first screen is drawn)', async () => {
    const all = bigCatalogue(300);
    const background = partedBackground(all, 'v1');
    const drawn = deferred<void>();
    const states: TemplateList[] = [];
    const done = followTemplateList('cached', (list) => states.push(list), undefined, undefined, drawn.promise);
    await vi.waitFor(() => expect(states).toHaveLength(1));
    await new Promise((resolve) => setTimeout(resolve, 20));
    // The head is shown; its rest waits.
    expect(askedFrom()).toEqual([undefined]);
    drawn.resolve();
    await vi.waitFor(() => expect(askedFrom()).toEqual([undefined, 100]));
    background.release(100);
    // Only the first part waits: the next follows as soon as its predecessor arrived.
    await vi.waitFor(() => expect(askedFrom()).toEqual([undefined, 100, 200]));
    background.release(200);
    await done;
    expect(keys(states.at(-1)!.templates)).toEqual(keys(all));
  });

  it('a page holding part of a version that a sync has replaced is sent the new head on reopen: no row of the old version is shown', async () => {
    const old = bigCatalogue(300);
    const fresh = bigCatalogue(300).map((template) => ({ ...template, key: `new_${template.key}` }));
    const part = (all: TemplateSummary[], version: string, from: number) => ok(listOf(all.slice(from, from + 100), { version, total: all.length, from }));
    let current = { all: old, version: 'v1' };
    const never = deferred<ListAnswer>();
    install(
      send,
      createBackend({
        list: ({ have, from }) => {
          if (have === current.version && from === undefined) return ok({ ...listOf([], { version: current.version, total: 300 }), list: undefined });
          if (have !== current.version || from === undefined) return part(current.all, current.version, 0);
          // The first open's parts never arrive: the page holds v1's head only.
          return current.version === 'v1' ? never.promise : part(current.all, current.version, from);
        },
      }),
    );
    const firstDone = followTemplateList('cached', () => {});
    await vi.waitFor(() => expect(askedFrom()).toEqual([undefined, 100]));
    current = { all: fresh, version: 'v2' };
    const states: TemplateList[] = [];
    await followTemplateList('cached', (list) => states.push(list));
    expect(send.mock.calls[2]![1]).toMatchObject({ have: 'v1' });
    expect(states.map((state) => [state.version, state.templates.length])).toEqual([
      ['v2', 100],
      ['v2', 200],
      ['v2', 300],
    ]);
    for (const state of states) expect(state.templates.every((template) => template.key.startsWith('new_'))).toBe(true);
    // The first open's part settles (as a failure), so no part of v1 stays on its way into the next test.
    never.resolve(fail({ kind: 'internal', message: 'gone' }));
    await firstDone;
  });

  it('a version change mid-crossing starts the list again: rows of two versions are never shown together', async () => {
    const old = bigCatalogue(300);
    const fresh = bigCatalogue(300).map((template) => ({ ...template, key: `new_${template.key}` }));
    const part = (all: TemplateSummary[], version: string, from: number) => ok(listOf(all.slice(from, from + 100), { version, total: all.length, from }));
    const oldPart = deferred<ListAnswer>();
    install(
      send,
      createBackend({
        // The old version's head; meanwhile a sync replaces it, so the part asked of it comes back as the new version's head.
        list: ({ have, from }) => (have === undefined && from === undefined ? part(old, 'v1', 0) : have === 'v1' ? oldPart.promise : part(fresh, 'v2', from ?? 0)),
      }),
    );
    const states: TemplateList[] = [];
    const done = followTemplateList('cached', (list) => states.push(list));
    await vi.waitFor(() => expect(states).toHaveLength(1));
    oldPart.resolve(part(fresh, 'v2', 0));
    await done;
    expect(states.map((state) => [state.version, state.templates.length])).toEqual([
      ['v1', 100],
      ['v2', 100],
      ['v2', 200],
      ['v2', 300],
    ]);
    for (const state of states) expect(state.templates.every((template) => template.key.startsWith('new_'))).toBe(state.version === 'v2');
    expect(keys(states.at(-1)!.templates)).toEqual(keys(fresh));
  });
});

describe('a new version replacing the list shown', () => {
  /**
   * A background whose complete catalogue (300 rows, version `v2`) crosses as a 100-row head and two parts;
   * `before` answers the first request (a sync's pages, or the cached list whose refresh is running).
   */
  function replacedBackground(fresh: TemplateSummary[], before: (request: RequestOf<'templates.list'>) => ListAnswer | undefined) {
    const part = (from: number) => ok(listOf(fresh.slice(from, from + 100), { version: 'v2', total: fresh.length, from }));
    install(send, createBackend({ list: (request) => before(request) ?? part(request.have === 'v2' ? (request.from ?? 0) : 0) }));
  }
  const lengths = (states: TemplateList[]) => states.map((state) => state.templates.length);

  it("a sync's complete catalogue does not shrink the list to its head while it crosses: the pages stay until it has as many rows", async () => {
    const all = bigCatalogue(300);
    // The pages in the order they arrived (both ends of the list at once), then the catalogue newest first.
    const arrived = [...all.slice(0, 100), ...all.slice(200), ...all.slice(100, 200)];
    const sync = 'app#sync1';
    const progress = (from: number) => ({ pages: from / 50 + 3, from });
    replacedBackground(all, ({ have, after }) => {
      if (after === 0) return ok(listOf(arrived.slice(0, 150), { version: sync, total: 150, refreshing: true, progress: progress(0) }));
      if (have === sync && after === 150) return ok(listOf(arrived.slice(150), { version: sync, total: 300, refreshing: true, progress: progress(150) }));
      return undefined;
    });
    const states: TemplateList[] = [];
    await followTemplateList('cached', (list) => states.push(list));
    expect(lengths(states)).toEqual([150, 300, 300]);
    expect(keys(states[1]!.templates)).toEqual(keys(arrived));
    expect(keys(states[2]!.templates)).toEqual(keys(all));
    expect(states[2]!.progress).toBeUndefined();
  });

  it('a refresh does not shrink the list shown to the new version’s head; another app’s list replaces it at once', async () => {
    const cached = bigCatalogue(300);
    const fresh = cached.map((template) => ({ ...template, updatedAt: template.updatedAt + 1 }));
    replacedBackground(fresh, () => undefined);
    const states: TemplateList[] = [];
    const shown = { app: listOf([]).app, templates: cached };
    await followTemplateList('force', (list) => states.push(list), undefined, shown);
    expect(lengths(states)).toEqual([300]);
    expect(states[0]!.version).toBe('v2');
    expect(states[0]!.templates).toEqual(fresh);
    // The list of another app says nothing about this one: its head is shown as it comes.
    forgetHeldList();
    const other: TemplateList[] = [];
    await followTemplateList('force', (list) => other.push(list), undefined, { app: { appId: 'OTHER', host: 'api-other.sendbird.com' }, templates: cached });
    expect(lengths(other)).toEqual([100, 200, 300]);
  });
});

describe('an answer asked for early', () => {
  it('is used as the first answer; one that failed is asked again, following a first sync from its first page', async () => {
    const backend = install(send, createBackend());
    const states: TemplateList[] = [];
    await followTemplateList('cached', (list) => states.push(list), Promise.resolve(ok(listOf(bigCatalogue(3)))));
    expect(states.map((state) => state.templates.length)).toEqual([3]);
    expect(backend.calls).toEqual([]);
    // The content script's early request resolves undefined when it failed (the worker was not there, say).
    await followTemplateList('cached', (list) => states.push(list), Promise.resolve(undefined));
    expect(backend.calls.map((call) => call.payload)).toEqual([expect.objectContaining({ freshness: 'cached', after: 0 })]);
  });
});

describe('progressText', () => {
  const sync = { pages: 3, from: 0 };
  it('counts the rows the surface lists, not the rows the worker received (archived ones among them)', () => {
    expect(progressText(sync, { listed: 280, archivedToo: false })).toBe('Loading templates… 280 so far (3 pages).');
    expect(progressText(sync, { listed: 300, archivedToo: true })).toBe('Loading templates… 300 so far (3 pages).');
  });

  it('says the estimate from the last catalogue in the same terms: without its archived ones unless they are listed', () => {
    const estimated = { ...sync, expected: 5_000, expectedArchived: 200 };
    expect(progressText(estimated, { listed: 280, archivedToo: false })).toBe('Loading templates… 280 of ~4,800.');
    expect(progressText(estimated, { listed: 300, archivedToo: true })).toBe('Loading templates… 300 of ~5,000.');
  });

  it('says no "of N" it cannot know: archived ones not counted by an older cache, or an estimate already passed', () => {
    expect(progressText({ ...sync, expected: 5_000 }, { listed: 280, archivedToo: false })).toBe('Loading templates… 280 so far (3 pages).');
    expect(progressText({ ...sync, expected: 5_000 }, { listed: 300, archivedToo: true })).toBe('Loading templates… 300 of ~5,000.');
    expect(progressText({ ...sync, expected: 250, expectedArchived: 10 }, { listed: 280, archivedToo: false })).toBe('Loading templates… 280 so far (3 pages).');
    const crossing = { pages: 0, from: 0, expected: 300, crossing: true as const };
    expect(progressText(crossing, { listed: 96, archivedToo: false })).toBe('Loading templates… 96 so far.');
    expect(progressText({ ...crossing, expectedArchived: 12 }, { listed: 96, archivedToo: false })).toBe('Loading templates… 96 of 288.');
  });

  it('passes on the worker\'s count of archived ones with a complete list crossing in parts', async () => {
    const all = bigCatalogue(300);
    install(send, createBackend({ list: ({ from }) => ok(listOf(all.slice(from ?? 0, (from ?? 0) + 100), { version: 'v1', total: 300, archived: 12, from: from ?? 0 })) }));
    const states: TemplateList[] = [];
    await followTemplateList('cached', (list) => states.push(list));
    expect(states[0]!.progress).toMatchObject({ expected: 300, expectedArchived: 12, crossing: true });
  });
});
