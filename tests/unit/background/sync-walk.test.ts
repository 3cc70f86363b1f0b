import { afterEach, describe, expect, it, vi } from 'vitest';
import { fetchCatalogue } from '../../../src/background/sendbird/list-walk';
import { indexCatalogue } from '../../fakes/sendbird/catalogue-index';
import { handleTemplatesApi } from '../../fakes/sendbird/templates-api';

/**
 * A full sync reads the template list from both ends at once (oldest first and
 * newest first by updated_at) and reads the newest end again once they meet.
 * These are the integrity rules that scheme must keep while templates are
 * edited, added and deleted during the sync, against the stand-in's own list
 * endpoint (keyset page tokens, `reverse`, as Sendbird documents them).
 */

const CREDENTIALS = { appId: '9DA1B1F4-0BE6-4DA8-82C5-2E81DAB56F23', apiToken: 'tok-123', apiHost: '' };

const template = (i: number, updatedAt = 2_000 + i, name = `Template ${i}`) => ({
  key: `t_${String(i).padStart(5, '0')}`,
  name,
  created_at: 1_000,
  updated_at: updatedAt,
  ui_template: { version: 1, body: { items: [] } },
});

/** The stand-in's list over `all`; `before(n)` runs before the n-th request is answered, so the list can change mid-sync. */
function sendbird(all: Record<string, unknown>[], before: (request: number, url: URL) => void = () => {}) {
  const calls: URL[] = [];
  vi.stubGlobal('fetch', async (input: RequestInfo | URL) => {
    const url = new URL(String(input));
    calls.push(url);
    before(calls.length, url);
    const reply = handleTemplatesApi('GET', url.pathname, url.searchParams, indexCatalogue(all));
    return Response.json(reply.body, { status: reply.status });
  });
  return calls;
}

/** A Sendbird-like clock for edits: every edit is later than anything listed so far. */
let clock = 1_000_000;
const edit = (all: Record<string, unknown>[], i: number, name: string) => {
  const at = all.findIndex((t) => t.key === template(i).key);
  all[at] = template(i, ++clock, name);
};

const keysOf = (templates: { key: string }[]) => templates.map((t) => t.key).sort();
const range = (count: number) => Array.from({ length: count }, (_, i) => i);

afterEach(() => vi.unstubAllGlobals());

describe('full sync from both ends of the list', () => {
  it('takes about half the round trips of one walk: 20 pages in about 10 each way, plus the newest page again', async () => {
    const all = range(2_000).map((i) => template(i));
    const calls = sendbird(all);
    const catalogue = await fetchCatalogue(CREDENTIALS);
    expect(keysOf(catalogue.templates)).toEqual(keysOf(all as { key: string }[]));
    expect(catalogue.duplicates).toBe(0);
    // Answered pages: ~10 newest first + ~10 oldest first + 1; at most one more request each way was in flight when they met.
    expect(catalogue.pages).toBeLessThanOrEqual(23);
    expect(calls.length).toBeLessThanOrEqual(25);
    // Sequential round trips: the longest run of one direction's requests.
    expect(calls.filter((url) => url.searchParams.get('reverse') === 'true').length).toBeLessThanOrEqual(13);
    expect(calls.filter((url) => url.searchParams.get('reverse') === 'false').length).toBeLessThanOrEqual(12);
  });

  it('keeps a template edited mid-sync in a part neither walk had read: it moved to the newest end, and is listed once, as edited', async () => {
    const all = range(2_000).map((i) => template(i));
    sendbird(all, (request) => {
      if (request === 4) edit(all, 1_000, 'Edited in the middle');
    });
    const catalogue = await fetchCatalogue(CREDENTIALS);
    expect(keysOf(catalogue.templates)).toEqual(keysOf(all as { key: string }[]));
    expect(catalogue.templates.find((t) => t.key === template(1_000).key)?.name).toBe('Edited in the middle');
  });

  it('keeps the newer version of a template one walk had read before it was edited', async () => {
    const all = range(2_000).map((i) => template(i));
    sendbird(all, (request) => {
      // By the 8th request the oldest-first walk has read the first pages, the newest-first the top ones.
      if (request === 8) {
        edit(all, 5, 'Edited after the oldest walk read it');
        edit(all, 1_995, 'Edited after the newest walk read it');
      }
    });
    const catalogue = await fetchCatalogue(CREDENTIALS);
    expect(keysOf(catalogue.templates)).toEqual(keysOf(all as { key: string }[]));
    const byKey = new Map(catalogue.templates.map((t) => [t.key, t.name]));
    expect(byKey.get(template(5).key)).toBe('Edited after the oldest walk read it');
    expect(byKey.get(template(1_995).key)).toBe('Edited after the newest walk read it');
  });

  it('lists a template added mid-sync, and none deleted mid-sync before a walk reached it', async () => {
    const all = range(2_000).map((i) => template(i));
    sendbird(all, (request) => {
      if (request === 4) {
        all.push(template(5_000, ++clock, 'Added mid-sync'));
        all.splice(all.findIndex((t) => t.key === template(990).key), 1);
      }
    });
    const catalogue = await fetchCatalogue(CREDENTIALS);
    expect(keysOf(catalogue.templates)).toEqual(keysOf(all as { key: string }[]));
    expect(catalogue.templates.map((t) => t.key)).toContain(template(5_000).key);
    expect(catalogue.templates.map((t) => t.key)).not.toContain(template(990).key);
  });

  it('reads the newest end again while it keeps changing: more edits than a page lands are all kept', async () => {
    const all = range(2_000).map((i) => template(i));
    let rereads = 0;
    sendbird(all, (request, url) => {
      // 150 templates of the unread middle edited at once: the newest end now spans two pages.
      if (request === 4) for (const i of range(150)) edit(all, 900 + i, `Bulk edit ${i}`);
      // And one more while the newest end is read again.
      if (url.searchParams.get('reverse') === 'true' && !url.searchParams.get('token') && request > 1 && ++rereads === 1) {
        edit(all, 1_200, 'Edited during the re-read');
      }
    });
    const catalogue = await fetchCatalogue(CREDENTIALS);
    expect(keysOf(catalogue.templates)).toEqual(keysOf(all as { key: string }[]));
    const byKey = new Map(catalogue.templates.map((t) => [t.key, t.name]));
    for (const i of range(150)) expect(byKey.get(template(900 + i).key)).toBe(`Bulk edit ${i}`);
    // The re-read that spanned two pages is followed by another from the top, which sees the last edit.
    expect(rereads).toBe(2);
    expect(byKey.get(template(1_200).key)).toBe('Edited during the re-read');
  });

  it('does not take walks that share an updated_at for a meeting: every template of a bulk import is listed', async () => {
    // Sendbird does not document how it orders equal updated_at values: the walks read past each other to the end.
    const all = range(1_000).map((i) => template(i, 5_000));
    sendbird(all);
    const catalogue = await fetchCatalogue(CREDENTIALS);
    expect(keysOf(catalogue.templates)).toEqual(keysOf(all as { key: string }[]));
  });

  it('does not trust a meeting when the list is not in updated_at order: every template is listed', async () => {
    // A server that pages in some other order (here: by key, with updated_at shuffled).
    const all = range(1_000).map((i) => template(i, 2_000 + ((i * 7_919) % 1_000)));
    vi.stubGlobal('fetch', async (input: RequestInfo | URL) => {
      const url = new URL(String(input));
      const list = url.searchParams.get('reverse') === 'true' ? [...all].reverse() : all;
      const from = Number(url.searchParams.get('token') || 0);
      const next = from + 100 < list.length ? String(from + 100) : '';
      return Response.json({ templates: list.slice(from, from + 100), has_more: next !== '', next });
    });
    const catalogue = await fetchCatalogue(CREDENTIALS);
    expect(keysOf(catalogue.templates)).toEqual(keysOf(all as { key: string }[]));
  });

  it('fails the sync on an expired page token, as on any request Sendbird refuses, without retrying it', async () => {
    const all = range(1_000).map((i) => template(i));
    let refused = 0;
    vi.stubGlobal('fetch', async (input: RequestInfo | URL) => {
      const url = new URL(String(input));
      if (url.searchParams.get('token') && refused === 0) {
        refused++;
        return new Response(JSON.stringify({ error: true, code: 400109, message: 'The page token is invalid or has expired.' }), { status: 400 });
      }
      const reply = handleTemplatesApi('GET', url.pathname, url.searchParams, indexCatalogue(all));
      return Response.json(reply.body, { status: reply.status });
    });
    await expect(fetchCatalogue(CREDENTIALS)).rejects.toMatchObject({ info: { kind: 'bad-request', code: 400109 } });
    expect(refused).toBe(1);
  });

  it('reports an unreadable template once where the two walks overlap', async () => {
    const all: Record<string, unknown>[] = range(150).map((i) => template(i));
    // Unreadable (no name), in the part both walks read.
    all[75] = { key: 'broken_one', created_at: 1_000, updated_at: 2_075 };
    sendbird(all);
    const catalogue = await fetchCatalogue(CREDENTIALS);
    expect(catalogue.templates).toHaveLength(149);
    expect(catalogue.skipped.map((s) => s.key)).toEqual(['broken_one']);
    expect(catalogue.duplicates).toBe(0);
  });
});
