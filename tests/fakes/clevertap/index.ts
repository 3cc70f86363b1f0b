/** The CleverTap dashboard sandbox: start it, drive it through Chromium, inspect what it saved and sent. */
export { startClevertapSandbox, REGIONS, type ClevertapSandbox, type StartSandboxOptions } from './server';
export { defaultWebhooks, sendbirdIntegrationUrl } from './webhooks';
export { BUILD_COMMAND } from './static-files';
export type {
  KeyValuePair,
  OutboundRequest,
  SavedCampaign,
  SavedJourney,
  WebhookContent,
  WebhookDefinition,
} from './types';
