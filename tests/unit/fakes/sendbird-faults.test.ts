// @vitest-environment node
import https from 'node:https';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { DEMO_API_TOKEN, DEMO_APP_ID, DEMO_INTEGRATION_TOKEN } from '../../fakes/demo-app';
import { requestStandIn, startSendbirdStandIn, type SendbirdStandIn, type StandInResponse } from '../../fakes/sendbird/index';

const HOST = `api-${DEMO_APP_ID.toLowerCase()}.sendbird.com`;
const NOTIFICATIONS_HOST = `api-${DEMO_APP_ID.toLowerCase()}.notifications.sendbird.com`;
const PATH = '/v3/notifications/templates';

let standIn: SendbirdStandIn;
beforeAll(async () => {
  standIn = await startSendbirdStandIn();
});
afterAll(() => standIn.close());
beforeEach(() => standIn.reset());

function get(path = PATH, timeoutMs?: number): Promise<StandInResponse> {
  return requestStandIn({ port: standIn.port, host: HOST, path, headers: { 'Api-Token': DEMO_API_TOKEN }, ...(timeoutMs ? { timeoutMs } : {}) });
}

describe('faults', () => {
  it('rate limits with 429 / 500910 and both retry headers', async () => {
    standIn.faults.set({ rateLimited: { count: 2, retryAfterMs: 1500 } });
    for (let i = 0; i < 2; i++) {
      const response = await get();
      expect(response.status).toBe(429);
      expect(response.json).toEqual({ error: true, code: 500910, message: 'Too many requests.' });
      expect(response.headers['x-ratelimit-retryafter']).toBe('1500');
      expect(response.headers['retry-after']).toBe('2');
      expect(response.headers['content-type']).toBe('application/json; charset=utf-8');
    }
    expect((await get()).status).toBe(200);
    expect(standIn.faults.current.rateLimited?.count).toBe(0);
  });

  it('answers 500 / 500901 for server errors', async () => {
    standIn.faults.set({ serverErrors: 1 });
    const response = await get();
    expect(response.status).toBe(500);
    expect(response.json).toEqual({ error: true, code: 500901, message: 'Internal server error.' });
    expect((await get()).status).toBe(200);
  });

  it('sends a 200 whose JSON is cut short', async () => {
    standIn.faults.set({ malformedJson: 1 });
    const response = await get();
    expect(response.status).toBe(200);
    expect(response.headers['content-type']).toBe('application/json; charset=utf-8');
    expect(response.text.length).toBeGreaterThan(0);
    expect(() => JSON.parse(response.text)).toThrow();
    expect((await get()).json).toHaveProperty('templates');
  });

  it('hangs without answering, and close() still finishes promptly', async () => {
    const local = await startSendbirdStandIn();
    local.faults.set({ hang: 2 });
    const request = () => requestStandIn({ port: local.port, host: HOST, path: PATH, headers: { 'Api-Token': DEMO_API_TOKEN }, timeoutMs: 300 });
    await expect(request()).rejects.toMatchObject({ code: 'ETIMEDOUT' });
    const pending = requestStandIn({ port: local.port, host: HOST, path: PATH, headers: { 'Api-Token': DEMO_API_TOKEN } });
    const settled = pending.then(
      () => 'answered',
      () => 'failed',
    );
    await new Promise((resolve) => setTimeout(resolve, 100));
    const started = Date.now();
    await local.close();
    expect(Date.now() - started).toBeLessThan(1000);
    expect(await settled).toBe('failed');
    expect(local.requests.map((entry) => entry.status)).toEqual([0, 0]);
  });

  it('serves keep-alive connections and closes promptly with idle ones open', async () => {
    const local = await startSendbirdStandIn();
    const agent = new https.Agent({ keepAlive: true, maxSockets: 1 });
    try {
      for (let i = 0; i < 3; i++) {
        const response = await requestStandIn({ port: local.port, host: HOST, path: PATH, headers: { 'Api-Token': DEMO_API_TOKEN }, agent });
        expect(response.status).toBe(200);
      }
      const started = Date.now();
      await local.close();
      expect(Date.now() - started).toBeLessThan(1000);
    } finally {
      agent.destroy();
    }
  });

  it('resets the connection without a response', async () => {
    standIn.faults.set({ resetConnection: 1 });
    await expect(get()).rejects.toMatchObject({ code: expect.stringMatching(/ECONNRESET|EPIPE/) });
    expect((await get()).status).toBe(200);
    expect(standIn.requests.map((entry) => entry.status)).toEqual([0, 200]);
  });

  it('adds latency to every request, notifications included', async () => {
    standIn.faults.set({ latencyMs: 250 });
    let started = Date.now();
    expect((await get()).status).toBe(200);
    expect(Date.now() - started).toBeGreaterThanOrEqual(240);
    started = Date.now();
    const test = await requestStandIn({ port: standIn.port, host: NOTIFICATIONS_HOST, path: '/clevertap/notifications/single', headers: { 'Api-token': DEMO_INTEGRATION_TOKEN }, body: { is_test: true } });
    expect(test.status).toBe(200);
    expect(Date.now() - started).toBeGreaterThanOrEqual(240);
  });

  it('starts count faults only after afterRequests successful template requests (a storm mid-pagination)', async () => {
    standIn.faults.set({ afterRequests: 2, serverErrors: 2, rateLimited: { count: 1, retryAfterMs: 10 } });
    const statuses: number[] = [];
    const keys: string[] = [];
    let next = '';
    for (let attempt = 0; attempt < 20; attempt++) {
      const response = await get(`${PATH}?limit=10${next ? `&token=${next}` : ''}`);
      statuses.push(response.status);
      if (response.status !== 200) continue;
      const page = response.json as { templates: { key: string }[]; next: string };
      keys.push(...page.templates.map((t) => t.key));
      next = page.next;
      if (!next) break;
    }
    expect(statuses).toEqual([200, 200, 429, 500, 500, 200]);
    expect(new Set(keys).size).toBe(keys.length);
    expect(keys).toHaveLength(30);
  });

  it('applies count faults only to template endpoints, and only where match says', async () => {
    standIn.faults.set({ serverErrors: 5, match: (path) => path.endsWith('/welcome_offer') });
    expect((await get()).status).toBe(200);
    const notification = await requestStandIn({ port: standIn.port, host: NOTIFICATIONS_HOST, path: '/clevertap/notifications/single', headers: { 'Api-token': DEMO_INTEGRATION_TOKEN }, body: { is_test: true } });
    expect(notification.status).toBe(200);
    expect((await get(`${PATH}/welcome_offer`)).status).toBe(500);
    expect(standIn.faults.current.serverErrors).toBe(4);
  });

  it('clear() and reset() remove every fault', async () => {
    standIn.faults.set({ serverErrors: 3 });
    standIn.faults.clear();
    expect((await get()).status).toBe(200);
    standIn.faults.set({ serverErrors: 3, latencyMs: 500 });
    standIn.reset();
    const started = Date.now();
    expect((await get()).status).toBe(200);
    expect(Date.now() - started).toBeLessThan(400);
  });

  it('refuses nonsense fault settings', () => {
    expect(() => standIn.faults.set({ serverErrors: -1 })).toThrow(RangeError);
    expect(() => standIn.faults.set({ hang: 1.5 })).toThrow(RangeError);
    expect(() => standIn.faults.set({ latencyMs: Number.NaN })).toThrow(RangeError);
  });

  it('logs faulted requests without the token', async () => {
    standIn.faults.set({ rateLimited: { count: 1, retryAfterMs: 0 }, serverErrors: 1 });
    await get();
    await get();
    expect(standIn.requests.map((entry) => entry.status)).toEqual([429, 500]);
    expect(JSON.stringify(standIn.requests)).not.toContain(DEMO_API_TOKEN);
  });
});

describe('list-page faults', () => {
  const page = (token?: string) => get(`${PATH}?limit=2&reverse=true${token ? `&token=${encodeURIComponent(token)}` : ''}`);

  it('says has_more without a next token, after the pages asked for', async () => {
    standIn.faults.set({ hasMoreWithoutNext: { afterPages: 1 } });
    const first = await page();
    expect(first.json).toMatchObject({ has_more: true });
    const second = await page((first.json as { next: string }).next);
    expect(second.json).toMatchObject({ has_more: true });
    expect(second.json).not.toHaveProperty('next');
    standIn.faults.set({ hasMoreWithoutNext: { afterPages: 0, next: null } });
    expect((await page()).json).toMatchObject({ has_more: true, next: null });
  });

  it('sends empty pages with fresh tokens forever', async () => {
    standIn.faults.set({ endlessEmptyPages: { afterPages: 0 } });
    const tokens = new Set<string>();
    let token: string | undefined;
    for (let i = 0; i < 5; i++) {
      const body = (await page(token)).json as { templates: unknown[]; has_more: boolean; next: string };
      expect(body).toMatchObject({ templates: [], has_more: true });
      tokens.add(body.next);
      token = body.next;
    }
    expect(tokens.size).toBe(5);
  });

  it('repeats the previous page’s last template when the catalogue changes between pages', async () => {
    standIn.faults.set({ changeBetweenPages: { afterPages: 1 } });
    const first = (await page()).json as { templates: { key: string }[]; next: string };
    const second = (await page(first.next)).json as { templates: { key: string }[] };
    expect(second.templates[0]!.key).toBe(first.templates.at(-1)!.key);
    expect(second.templates).toHaveLength(3);
  });
});
