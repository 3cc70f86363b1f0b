import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { sendMessage } from '../../../src/shared/messaging';
import { forgetHeldList } from '../../../src/shared/catalogue-list';
import { followTemplateList, type TemplateList } from '../../../src/shared/template-list';
import type { RequestOf, TemplateSummary } from '../../../src/shared/protocol';
import { bigCatalogue, createBackend, deferred, install, listOf, ok, type ListAnswer } from '../popup/backend';

vi.mock('../../../src/shared/messaging', () => ({ sendMessage: vi.fn() }));
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
  install(
    send,
    createBackend({
      list: ({ have, from }) => {
        if (have === version && from === undefined) return ok({ ...listOf([], { version, total: all.length }), list: undefined });
        if (have !== version || from === undefined) return part(0);
        return parts.get(from)!.promise;
      },
    }),
  );
  return { release: (from: number) => parts.get(from)!.resolve(part(from)) };
}

describe('a list crossing in parts', () => {
  it('a picker opened again in the same page goes on from the rows that arrived, and each part is asked for once', async () => {
    const all = bigCatalogue(300);
    const background = partedBackground(all, 'v1');
    const first: TemplateList[] = [];
    const second: TemplateList[] = [];
    const firstDone = followTemplateList('cached', (list) => first.push(list));
    await vi.waitFor(() => expect(askedFrom()).toEqual([undefined, 100]));
    // Reopened while the first part is on its way: the head again, then the same part, not asked twice.
    const secondDone = followTemplateList('cached', (list) => second.push(list));
    await vi.waitFor(() => expect(second).toHaveLength(1));
    expect(second[0]!.progress).toMatchObject({ loaded: 100, expected: 300, crossing: true });
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
