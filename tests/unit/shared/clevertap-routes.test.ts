import { describe, expect, it } from 'vitest';
import { CLEVERTAP_DASHBOARD_ORIGIN, pageKindOf, SENDBIRD_WEBHOOKS } from '../../../src/shared/clevertap-routes';

describe('CleverTap dashboard origin', () => {
  it.each(['https://eu1.dashboard.clevertap.com', 'https://in1.dashboard.clevertap.com', 'https://us-east-1.dashboard.clevertap.com', 'https://sg1.dashboard.clevertap.com'])(
    'accepts %s',
    (origin) => expect(CLEVERTAP_DASHBOARD_ORIGIN.test(origin)).toBe(true),
  );

  it.each([
    // a look-alike host that only starts with a dashboard name (the `$` anchor)
    'https://eu1.dashboard.clevertap.com.evil.example',
    'https://eu1.dashboard.clevertap.com:8443',
    'https://eu1.dashboard.clevertap.com/',
    // a look-alike that only ends with one (the `^` anchor)
    'https://evil.example/https://eu1.dashboard.clevertap.com',
    'http://eu1.dashboard.clevertap.com',
    'https://dashboard.clevertap.com',
    'https://.dashboard.clevertap.com',
    'https://a.b.dashboard.clevertap.com',
    'https://eu1_x.dashboard.clevertap.com',
    'https://EU1.dashboard.clevertap.com',
    // every dot is a dot
    'https://eu1-dashboard.clevertap.com',
    'https://eu1.dashboard-clevertap.com',
    'https://eu1.dashboard.clevertap-com',
    'https:/xeu1.dashboard.clevertap.com',
    'https://eu1.dashboard.clevertap.co',
    '',
  ])('refuses %j', (origin) => expect(CLEVERTAP_DASHBOARD_ORIGIN.test(origin)).toBe(false));
});

describe('page kinds', () => {
  it.each([
    ['/X/journeys', 'journey'],
    ['/X/journey', 'journey'],
    ['/X/Journeys/123/edit', 'journey'],
    ['/X/journey/', 'journey'],
    ['/X/campaigns', 'campaign'],
    ['/X/campaign', 'campaign'],
    ['/X/CAMPAIGNS/new', 'campaign'],
    ['/X/settings/webhooks', 'webhook-settings'],
    ['/X/settings/webhook', 'webhook-settings'],
    ['/X/settings/engage/channels/webhooks', 'webhook-settings'],
    ['/X/Settings/Engage/Channels/Webhooks/', 'webhook-settings'],
    // the settings page wins over the words around it
    ['/X/journeys/settings/webhooks', 'webhook-settings'],
    ['/X/campaigns/1/journey', 'journey'],
    ['/X/journeysx', 'other'],
    ['/X/myjourneys', 'other'],
    ['/X/campaignsx', 'other'],
    ['/X/journeys-archive', 'other'],
    ['/X/settingsx/webhooks', 'other'],
    ['/X/settings/webhooksx', 'other'],
    ['/X/settings', 'other'],
    ['/X/webhooks', 'other'],
    ['/X/settings/webhooks.json', 'other'],
    ['/', 'other'],
  ] as const)('%s is %s', (pathname, kind) => expect(pageKindOf(pathname)).toBe(kind));
});

it('names the webhooks Sendbird tells marketers to create', () => {
  expect(SENDBIRD_WEBHOOKS).toEqual({ single: 'Sendbird single', multi: 'Sendbird multi' });
});
