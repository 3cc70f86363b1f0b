// @vitest-environment node
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { sendOutbound } from '../../fakes/clevertap/outbound';
import { assertBuilt, BUILD_COMMAND } from '../../fakes/clevertap/static-files';
import { SandboxStore } from '../../fakes/clevertap/store';
import { defaultWebhooks, sendbirdIntegrationUrl } from '../../fakes/clevertap/webhooks';
import { DEMO_APP_ID, DEMO_INTEGRATION_TOKEN } from '../../fakes/demo-app';

describe('defaultWebhooks', () => {
  it("holds Sendbird's two endpoints with the integration token, and an unrelated webhook", () => {
    const webhooks = defaultWebhooks();
    expect(webhooks.map((webhook) => webhook.name)).toEqual(['Sendbird single', 'Sendbird multi', 'Slack alerts']);
    expect(webhooks[1]).toMatchObject({
      method: 'POST',
      url: `https://api-${DEMO_APP_ID.toLowerCase()}.notifications.sendbird.com/clevertap/notifications/multi`,
      headers: [{ key: 'Api-token', value: DEMO_INTEGRATION_TOKEN }],
    });
    expect(sendbirdIntegrationUrl('single', 'ABC')).toBe('https://api-abc.notifications.sendbird.com/clevertap/notifications/single');
  });
});

describe('SandboxStore', () => {
  it('resets to the webhooks it started with and keeps its own copies', () => {
    const initial = defaultWebhooks();
    const store = new SandboxStore(initial);
    initial[0]!.name = 'changed by the caller';
    store.webhooks.push({ ...defaultWebhooks()[0]!, id: '9', name: 'Extra' });
    store.campaigns.push({} as never);
    store.outbound.push({} as never);
    store.reset();
    expect(store.webhooks.map((webhook) => webhook.name)).toEqual(['Sendbird single', 'Sendbird multi', 'Slack alerts']);
    expect(store.campaigns).toEqual([]);
    expect(store.outbound).toEqual([]);
  });

  it('hands out distinct numeric ids', () => {
    const store = new SandboxStore(defaultWebhooks());
    const ids = [store.nextId('campaign'), store.nextId('campaign'), store.nextId('journey'), store.nextId('webhook')];
    expect(new Set(ids).size).toBe(4);
    expect(ids.every((id) => /^\d+$/.test(id))).toBe(true);
  });
});

describe('sendOutbound', () => {
  it('never leaves the machine: hosts outside sendbird.com fail like unknown hosts', async () => {
    const result = await sendOutbound(
      { method: 'POST', url: 'https://hooks.example.com/x', headers: {}, body: '{}' },
      { sendbirdPort: 1 },
    );
    expect(result).toEqual({ status: null, responseBody: '', error: 'getaddrinfo ENOTFOUND hooks.example.com' });
  });
});

describe('assertBuilt', () => {
  it('names the build command when the SPA is missing', () => {
    const empty = mkdtempSync(path.join(tmpdir(), 'ct-dist-'));
    expect(() => assertBuilt(empty)).toThrow(BUILD_COMMAND);
  });
});
