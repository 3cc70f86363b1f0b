/**
 * The embedded default the demo and the tests run on: one Sendbird app served by
 * the stand-in and one CleverTap account served by the sandbox. Not secrets:
 * they only exist on this machine's loopback.
 */
export const DEMO_APP_ID = '9DA1B1F4-0BE6-4DA8-82C5-2E81DAB56F23';
export const DEMO_API_TOKEN = 'd3m0-api-token-0f8c9e2a7b6d4c1e9a8f7b6c5d4e3f2a1b0c9d8e';
/** The CleverTap integration token (Business Messaging > Integrations > CleverTap). */
export const DEMO_INTEGRATION_TOKEN = 'd3m0-integration-token-7e6d5c4b3a29180f';

export const CLEVERTAP_REGION = 'eu1';
/** The URL-path account id (CleverTap drops the TEST- prefix its API ids carry). */
export const CLEVERTAP_ACCOUNT_ID = 'R8Z-4W5-8K7Z';
export const clevertapOrigin = (region: string = CLEVERTAP_REGION) => `https://${region}.dashboard.clevertap.com`;
export const campaignsUrl = (region: string = CLEVERTAP_REGION) =>
  `${clevertapOrigin(region)}/${CLEVERTAP_ACCOUNT_ID}/campaigns`;
