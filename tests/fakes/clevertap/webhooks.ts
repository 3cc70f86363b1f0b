import { DEMO_APP_ID, DEMO_INTEGRATION_TOKEN } from '../demo-app';
import type { WebhookDefinition } from './types';

/** Sendbird's CleverTap endpoints for the demo app; host names are lowercase, as browsers send them. */
export const sendbirdIntegrationUrl = (kind: 'single' | 'multi', appId: string = DEMO_APP_ID) =>
  `https://api-${appId.toLowerCase()}.notifications.sendbird.com/clevertap/notifications/${kind}`;

/** The account as a marketer who followed Sendbird's setup guide would have it, plus one unrelated webhook. */
export function defaultWebhooks(): WebhookDefinition[] {
  const apiToken = [{ key: 'Api-token', value: DEMO_INTEGRATION_TOKEN }];
  return [
    { id: '101', name: 'Sendbird single', method: 'POST', url: sendbirdIntegrationUrl('single'), auth: 'none', headers: [...apiToken] },
    { id: '102', name: 'Sendbird multi', method: 'POST', url: sendbirdIntegrationUrl('multi'), auth: 'none', headers: [...apiToken] },
    {
      id: '103',
      name: 'Slack alerts',
      method: 'POST',
      url: 'https://hooks.example.com/services/T024BE7LD/B01ABCDEF/slack-alerts',
      auth: 'none',
      headers: [],
    },
  ];
}
