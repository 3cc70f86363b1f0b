import { afterEach, describe, expect, it, vi } from 'vitest';
import { getJson } from '../../../src/background/sendbird/http';
import { SendbirdRequestError } from '../../../src/background/sendbird/errors';
import { routeMessage } from '../../../src/background/router';
import { handlers } from '../../../src/background/handlers';

const TOKEN = 'f3a9c1e07b5d42a8b6e19c0d7a3f5e2b81c4d6a9';
const EXTENSION_ID = 'abcdefghijklmnopabcdefghijklmnop';

function answerWith(status: number, body: unknown) {
  vi.stubGlobal('fetch', vi.fn(async () => new Response(JSON.stringify(body), { status })));
}

async function failureOf(promise: Promise<unknown>): Promise<SendbirdRequestError> {
  const error = await promise.then(() => undefined, (caught: unknown) => caught);
  expect(error).toBeInstanceOf(SendbirdRequestError);
  return error as SendbirdRequestError;
}

afterEach(() => vi.unstubAllGlobals());

describe('an error body that echoes the token', () => {
  it('is redacted before it is cut, so no prefix of the token survives', async () => {
    // The token starts at character 290: a cut at 300 before redaction would leave its first 10 characters.
    answerWith(400, { error: true, code: 400111, message: `${'x'.repeat(290)}${TOKEN} was not accepted` });
    const error = await failureOf(getJson(new URL('https://api-app.sendbird.com/v3/notifications'), TOKEN));
    expect(error.info.detail).not.toContain(TOKEN.slice(0, 6));
    expect(error.info.detail).toContain('[redacted]');
    expect(error.info.detail.length).toBeLessThanOrEqual(300);
    expect(error.message).not.toContain(TOKEN.slice(0, 6));
  });

  it('is redacted wherever the token appears, however often', async () => {
    answerWith(400, { code: 400111, message: `${TOKEN}/${TOKEN}` });
    const error = await failureOf(getJson(new URL('https://api-app.sendbird.com/v3/notifications'), TOKEN));
    expect(error.info.detail).toBe('[redacted]/[redacted]');
  });
});

describe("Sendbird's own words", () => {
  const failWith = (detail: string) =>
    vi.spyOn(handlers['templates.get'], 'handle').mockRejectedValue(
      new SendbirdRequestError({ kind: 'bad-request', code: 400111, status: 400, detail, host: 'api-app.sendbird.com' }),
    );
  const contentScript = {
    id: EXTENSION_ID,
    origin: 'https://eu1.dashboard.clevertap.com',
    url: 'https://eu1.dashboard.clevertap.com/1/campaigns',
    tab: { id: 2 },
    frameId: 0,
  } as unknown as chrome.runtime.MessageSender;
  const popup = { id: EXTENSION_ID, origin: `chrome-extension://${EXTENSION_ID}`, url: `chrome-extension://${EXTENSION_ID}/src/popup/index.html` } as unknown as chrome.runtime.MessageSender;
  const request = { type: 'templates.get', payload: { key: 'welcome_offer' } };

  it('never reach a content script: it gets our own message only', async () => {
    failWith('Invalid value: "template_key" echo <img src=x>');
    const reply = await routeMessage(request, contentScript, EXTENSION_ID);
    expect(reply.ok).toBe(false);
    const text = JSON.stringify(reply);
    expect(text).not.toContain('Invalid value');
    expect(text).not.toContain('<img');
    if (!reply.ok) expect(reply.failure.message).toMatch(/Sendbird refused the request.*400111/);
  });

  it('still reach the extension pages, where they help the marketer fix the request', async () => {
    failWith('Invalid value: "template_key".');
    const reply = await routeMessage(request, popup, EXTENSION_ID);
    expect(JSON.stringify(reply)).toContain('Invalid value');
  });
});
