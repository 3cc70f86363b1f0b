// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { pageKindOf, SENDBIRD_WEBHOOKS } from '../../../src/shared/clevertap-routes';

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
