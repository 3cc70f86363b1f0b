// @vitest-environment node
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { DEMO_API_TOKEN, DEMO_APP_ID } from '../../fakes/demo-app';
import {
  demoApp,
  generateCatalogue,
  requestStandIn,
  seedCatalogue,
  startSendbirdStandIn,
  type SendbirdStandIn,
  type StandInResponse,
} from '../../fakes/sendbird/index';

const HOST = `api-${DEMO_APP_ID.toLowerCase()}.sendbird.com`;
const PATH = '/v3/notifications/templates';

interface Page {
  templates: { key: string; updated_at: number }[];
  has_more: boolean;
  next: string;
}

let standIn: SendbirdStandIn;
beforeAll(async () => {
  standIn = await startSendbirdStandIn();
});
afterAll(() => standIn.close());
beforeEach(() => standIn.reset());

function get(path: string, headers: Record<string, string> = { 'Api-Token': DEMO_API_TOKEN }, host = HOST): Promise<StandInResponse> {
  return requestStandIn({ port: standIn.port, host, path, headers });
}

/** Walks every page the way the extension does, returning the keys in the order served. */
async function walk(query: string, limit: number, appHost = HOST, token = DEMO_API_TOKEN): Promise<{ keys: string[]; pages: number }> {
  const keys: string[] = [];
  let next = '';
  let pages = 0;
  do {
    const response = await get(`${PATH}?limit=${limit}${query}${next ? `&token=${encodeURIComponent(next)}` : ''}`, { 'Api-Token': token }, appHost);
    expect(response.status).toBe(200);
    const page = response.json as Page;
    expect(page.templates.length).toBeLessThanOrEqual(limit);
    expect(page.next === '').toBe(!page.has_more);
    keys.push(...page.templates.map((t) => t.key));
    next = page.next;
    pages += 1;
  } while (next !== '');
  return { keys, pages };
}

function expectedOrder(templates: unknown[], reverse: boolean): string[] {
  const sorted = (templates as { key: string; updated_at: number }[])
    .map((t) => ({ key: t.key, at: Number(t.updated_at) }))
    .sort((a, b) => a.at - b.at || (a.key < b.key ? -1 : a.key > b.key ? 1 : 0))
    .map((t) => t.key);
  return reverse ? sorted.reverse() : sorted;
}

describe('template list', () => {
  it('answers JSON with the Sendbird list shape and a default page of 10', async () => {
    const response = await get(PATH);
    expect(response.status).toBe(200);
    expect(response.headers['content-type']).toBe('application/json; charset=utf-8');
    const page = response.json as Page;
    expect(page.templates).toHaveLength(10);
    expect(page.has_more).toBe(true);
    expect(page.next).toMatch(/^[A-Za-z0-9_-]+$/);
  });

  it.each([
    [1, false],
    [7, true],
    [100, true],
  ])('pages over the seed catalogue with limit %i (reverse=%s): every template once, in order', async (limit, reverse) => {
    const { keys, pages } = await walk(`&reverse=${reverse}&order=updated_at&show_ui_template=true&show_color_variables=true`, limit);
    const expected = expectedOrder(seedCatalogue(), reverse);
    expect(keys).toEqual(expected);
    expect(pages).toBe(Math.ceil(expected.length / limit));
  });

  it('breaks updated_at ties by key', async () => {
    const { keys } = await walk('', 100);
    expect(keys.indexOf('cart_reminder')).toBe(keys.indexOf('order_shipped') - 1);
    const { keys: reversed } = await walk('&reverse=true', 100);
    expect(reversed.indexOf('order_shipped')).toBe(reversed.indexOf('cart_reminder') - 1);
  });

  it('pages over a generated 1,000-template catalogue: every template exactly once, in order', async () => {
    const templates = generateCatalogue(1000, { seed: 7 });
    standIn.setApp({ ...demoApp(), templates });
    for (const reverse of [true, false]) {
      const { keys, pages } = await walk(`&reverse=${reverse}`, 100);
      expect(pages).toBe(10);
      expect(new Set(keys).size).toBe(1000);
      expect(keys).toEqual(expectedOrder(templates, reverse));
    }
  });

  it('keeps paging stable when templates are added mid-walk', async () => {
    const first = (await get(`${PATH}?limit=10`)).json as Page;
    const app = demoApp();
    app.templates.push({ key: 'aaa_brand_new', name: 'Brand new', created_at: 0, updated_at: 1 });
    standIn.setApp(app);
    const rest: string[] = [];
    let next = first.next;
    while (next) {
      const page = (await get(`${PATH}?limit=10&token=${next}`)).json as Page;
      rest.push(...page.templates.map((t) => t.key));
      next = page.next;
    }
    const all = [...first.templates.map((t) => t.key), ...rest];
    expect(all).toEqual(expectedOrder(seedCatalogue(), false));
  });

  it('includes archived templates (the client filters them)', async () => {
    const { keys } = await walk('', 100);
    expect(keys).toContain('holiday_sale_2025');
    expect(keys).toContain('whatsapp_promo_legacy');
  });

  it('filters by keys', async () => {
    const response = await get(`${PATH}?keys=${encodeURIComponent('payment_failed, welcome_offer,no_such_key')}`);
    const page = response.json as Page;
    expect(page.templates.map((t) => t.key).sort()).toEqual(['payment_failed', 'welcome_offer']);
    expect(page.has_more).toBe(false);
  });

  it('drops ui_template and color_variables only when asked to', async () => {
    const shown = (await get(`${PATH}?keys=payment_failed`)).json as { templates: Record<string, unknown>[] };
    expect(shown.templates[0]).toHaveProperty('ui_template');
    expect(shown.templates[0]).toHaveProperty('color_variables');
    const hidden = (await get(`${PATH}?keys=payment_failed&show_ui_template=false&show_color_variables=false`)).json as { templates: Record<string, unknown>[] };
    expect(hidden.templates[0]).not.toHaveProperty('ui_template');
    expect(hidden.templates[0]).not.toHaveProperty('color_variables');
  });

  it.each(['0', '101', 'abc', '-1', '1.5', ''])('refuses limit=%j with 400111', async (limit) => {
    const response = await get(`${PATH}?limit=${limit}`);
    expect(response.status).toBe(400);
    expect(response.json).toEqual({ error: true, code: 400111, message: 'Invalid value: "limit".' });
  });

  it('refuses a bad reverse or order value', async () => {
    expect((await get(`${PATH}?reverse=maybe`)).json).toMatchObject({ code: 400111 });
    expect((await get(`${PATH}?order=created_at`)).json).toMatchObject({ code: 400111 });
  });

  it.each(['garbage', 'eyJ2IjoyfQ', '%%%', Buffer.from('{"v":1}').toString('base64url')])('refuses page token %j with 400109', async (token) => {
    const response = await get(`${PATH}?token=${encodeURIComponent(token)}`);
    expect(response.status).toBe(400);
    expect(response.json).toMatchObject({ error: true, code: 400109 });
  });

  it('refuses a token replayed against a different query', async () => {
    const first = (await get(`${PATH}?limit=5&reverse=true`)).json as Page;
    const replay = await get(`${PATH}?limit=5&reverse=false&token=${first.next}`);
    expect(replay.status).toBe(400);
    expect(replay.json).toMatchObject({ code: 400109 });
  });
});

describe('single template', () => {
  it('returns the template by key', async () => {
    const response = await get(`${PATH}/welcome_offer`);
    expect(response.status).toBe(200);
    expect(response.json).toMatchObject({ key: 'welcome_offer', name: 'Welcome offer – 15% off first order' });
  });

  it('URL-decodes the key', async () => {
    standIn.setApp({ ...demoApp(), templates: [{ key: 'promo/10% off', name: 'Odd key', created_at: 1, updated_at: 1, data_template: {} }] });
    const response = await get(`${PATH}/${encodeURIComponent('promo/10% off')}`);
    expect(response.status).toBe(200);
    expect(response.json).toMatchObject({ name: 'Odd key' });
  });

  it('answers 404 with 400201 for an unknown key', async () => {
    const response = await get(`${PATH}/no_such_template`);
    expect(response.status).toBe(404);
    expect(response.json).toMatchObject({ error: true, code: 400201 });
    expect((response.json as { message: string }).message).toContain('no_such_template');
  });
});

describe('hosts and authentication', () => {
  it('refuses a missing or wrong Api-Token with 401 / 400401', async () => {
    for (const headers of [{}, { 'Api-Token': 'wrong' }, { 'Api-Token': `${DEMO_API_TOKEN}x` }] as Record<string, string>[]) {
      const response = await get(PATH, headers);
      expect(response.status).toBe(401);
      expect(response.json).toEqual({ error: true, code: 400401, message: 'Invalid value: "Api-Token".' });
    }
  });

  it('accepts the header name in any case', async () => {
    expect((await get(PATH, { 'API-TOKEN': DEMO_API_TOKEN })).status).toBe(200);
    expect((await get(PATH, { 'api-token': DEMO_API_TOKEN })).status).toBe(200);
  });

  it('reports an unknown app (400 / 400304) before looking at the token', async () => {
    const response = await get(PATH, {}, 'api-00000000-0000-0000-0000-000000000000.sendbird.com');
    expect(response.status).toBe(400);
    expect(response.json).toEqual({ error: true, code: 400304, message: 'Application not found: 00000000-0000-0000-0000-000000000000.' });
  });

  it('routes host names case-insensitively and ignores the port', async () => {
    const upper = `API-${DEMO_APP_ID.toUpperCase()}.SENDBIRD.COM:443`;
    expect((await get(PATH, undefined, upper)).status).toBe(200);
  });

  it('serves several apps, each with its own token and catalogue', async () => {
    standIn.setApp({ appId: 'ABCDEF01-2345-6789-ABCD-EF0123456789', apiToken: 'other-token', integrationToken: 'other-int', templates: generateCatalogue(3) });
    const host = 'api-abcdef01-2345-6789-abcd-ef0123456789.sendbird.com';
    expect((await get(PATH, { 'Api-Token': DEMO_API_TOKEN }, host)).status).toBe(401);
    const page = (await get(PATH, { 'Api-Token': 'other-token' }, host)).json as Page;
    expect(page.templates).toHaveLength(3);
    standIn.reset();
    expect((await get(PATH, { 'Api-Token': 'other-token' }, host)).status).toBe(400);
  });

  it('answers 404 for other paths and unknown hosts', async () => {
    expect((await get('/v3/users')).status).toBe(404);
    expect((await get(PATH, undefined, 'example.com')).status).toBe(404);
    const post = await requestStandIn({ port: standIn.port, host: HOST, path: PATH, method: 'POST', headers: { 'Api-Token': DEMO_API_TOKEN }, body: {} });
    expect(post.status).toBe(404);
    expect(post.json).toMatchObject({ error: true, code: 400201 });
  });

  it('answers CORS preflights', async () => {
    const response = await requestStandIn({ port: standIn.port, host: HOST, path: PATH, method: 'OPTIONS', headers: { Origin: 'https://eu1.dashboard.clevertap.com', 'Access-Control-Request-Headers': 'api-token' } });
    expect(response.status).toBe(204);
    expect(response.headers['access-control-allow-origin']).toBe('*');
    expect(response.headers['access-control-allow-headers']).toBe('api-token');
  });
});

describe('request log', () => {
  it('records every request with secrets removed', async () => {
    await get(`${PATH}?limit=3`, { 'Api-Token': DEMO_API_TOKEN, Authorization: 'Bearer secret', Cookie: 'session=secret', 'X-Trace': 'abc' });
    await get(`${PATH}/welcome_offer`, { 'Api-Token': 'wrong-token' });
    expect(standIn.requests).toHaveLength(2);
    const [first, second] = standIn.requests;
    expect(first).toMatchObject({ method: 'GET', host: HOST, path: PATH, query: { limit: '3' }, status: 200 });
    expect(first?.headers['x-trace']).toBe('abc');
    expect(first?.headers).not.toHaveProperty('api-token');
    expect(first?.headers).not.toHaveProperty('authorization');
    expect(first?.headers).not.toHaveProperty('cookie');
    expect(first?.time).toBeGreaterThan(Date.now() - 60_000);
    expect(second).toMatchObject({ path: `${PATH}/welcome_offer`, status: 401 });
    const logged = JSON.stringify(standIn.requests);
    expect(logged).not.toContain(DEMO_API_TOKEN);
    expect(logged).not.toContain('secret');
  });

  it('is emptied by reset()', async () => {
    await get(PATH);
    standIn.reset();
    expect(standIn.requests).toHaveLength(0);
  });
});
