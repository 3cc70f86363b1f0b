import { describe, expect, it } from 'vitest';
import {
  defaultApiHost,
  effectiveApiHost,
  normalizeCredentials,
  validateApiHost,
  validateAppId,
  validateApiToken,
  validateCredentials,
} from '../../../src/shared/credentials';

const APP_ID = '9DA1B1F4-0BE6-4DA8-82C5-2E81DAB56F23';

describe('credential rules', () => {
  it('accepts a Sendbird App ID in any case, with stray spaces', () => {
    expect(validateAppId(APP_ID)).toBeUndefined();
    expect(validateAppId(`  ${APP_ID.toLowerCase()} `)).toBeUndefined();
  });

  it.each(['', '   ', 'my-app', '9DA1B1F4-0BE6-4DA8-82C5', `${APP_ID}0`, 'ZZA1B1F4-0BE6-4DA8-82C5-2E81DAB56F23'])(
    'rejects the App ID %j with a reason',
    (value) => {
      expect(validateAppId(value)).toMatch(/App ID/);
    },
  );

  it('requires a token without inner spaces', () => {
    expect(validateApiToken('')).toMatch(/API token/);
    expect(validateApiToken('abc def')).toMatch(/no spaces/);
    expect(validateApiToken(' abc123 ')).toBeUndefined();
  });

  it('accepts an empty API host (the default) or an https sendbird.com origin', () => {
    expect(validateApiHost('')).toBeUndefined();
    expect(validateApiHost('https://api-x.sendbird.com')).toBeUndefined();
    expect(validateApiHost('https://api-x.sendbird.com/')).toBeUndefined();
  });

  it.each([
    ['http://api-x.sendbird.com', /https/],
    ['api-x.sendbird.com', /full address/],
    ['https://api-x.sendbird.com/v3', /without a path/],
    ['https://evil.example.com', /sendbird\.com/],
    ['https://sendbird.com.evil.example', /sendbird\.com/],
    ['https://user:pw@api-x.sendbird.com', /without a path/],
  ])('rejects the API host %j', (value, reason) => {
    expect(validateApiHost(value)).toMatch(reason);
  });

  it('reports every invalid field at once', () => {
    expect(Object.keys(validateCredentials({ appId: 'x', apiToken: '', apiHost: 'ftp://a' })).sort()).toEqual([
      'apiHost',
      'apiToken',
      'appId',
    ]);
    expect(validateCredentials({ appId: APP_ID, apiToken: 't', apiHost: '' })).toEqual({});
  });

  it('normalizes input and derives the host', () => {
    const normalized = normalizeCredentials({ appId: ` ${APP_ID} `, apiToken: ' t ', apiHost: ' https://API-X.sendbird.com/ ' });
    expect(normalized).toEqual({ appId: APP_ID, apiToken: 't', apiHost: 'https://api-x.sendbird.com', integrationToken: '' });
    expect(defaultApiHost(APP_ID)).toBe(`https://api-${APP_ID.toLowerCase()}.sendbird.com`);
    expect(effectiveApiHost({ appId: APP_ID, apiHost: '' })).toBe(defaultApiHost(APP_ID));
    expect(effectiveApiHost({ appId: APP_ID, apiHost: 'https://eu.sendbird.com' })).toBe('https://eu.sendbird.com');
  });
});
