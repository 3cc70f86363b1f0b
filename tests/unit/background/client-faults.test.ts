import { afterEach, describe, expect, it, vi } from 'vitest';
import { fetchCatalogue, MAX_EMPTY_PAGES_IN_A_ROW } from '../../../src/background/sendbird/list-walk';

const CREDENTIALS = { appId: '9DA1B1F4-0BE6-4DA8-82C5-2E81DAB56F23', apiToken: 'tok-123', apiHost: '' };
const template = (i: number) => ({ key: `t_${i}`, name: `Template ${i}`, created_at: 1_000 + i, updated_at: 2_000 + i, ui_template: { version: 1, body: { items: [] } } });

afterEach(() => vi.unstubAllGlobals());

describe('pagination faults', () => {
  it.each([['missing', {}], ['null', { next: null }], ['empty', { next: '' }]])('treats has_more with next %s as a bad response, not the last page', async (_, extra) => {
    vi.stubGlobal('fetch', async () => Response.json({ templates: [template(1)], has_more: true, ...extra }));
    await expect(fetchCatalogue(CREDENTIALS)).rejects.toMatchObject({ info: { kind: 'bad-response', detail: expect.stringContaining('no link to the next page') } });
  });

  it('stops an endless chain of empty pages with fresh tokens', async () => {
    let n = 0;
    const fetchMock = vi.fn(async () => Response.json({ templates: [], has_more: true, next: `t${++n}` }));
    vi.stubGlobal('fetch', fetchMock);
    await expect(fetchCatalogue(CREDENTIALS)).rejects.toMatchObject({ info: { kind: 'bad-response', detail: expect.stringContaining('empty pages in a row') } });
    // Each end of the list is walked on its own.
    expect(fetchMock.mock.calls.length).toBeLessThanOrEqual(2 * (MAX_EMPTY_PAGES_IN_A_ROW + 1));
  });

  it('cuts a hung request by its timeout once, without retrying it', async () => {
    const fetchMock = vi.fn((_: unknown, init?: RequestInit) => new Promise<Response>((_resolve, reject) => init?.signal?.addEventListener('abort', () => reject(new DOMException('aborted', 'AbortError')))));
    vi.stubGlobal('fetch', fetchMock);
    await expect(fetchCatalogue(CREDENTIALS, { timeoutMs: 20 })).rejects.toMatchObject({ info: { kind: 'timeout' } });
    expect(fetchMock).toHaveBeenCalledTimes(1);
  });
});
