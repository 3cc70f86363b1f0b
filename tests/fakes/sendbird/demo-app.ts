import { DEMO_API_TOKEN, DEMO_APP_ID, DEMO_INTEGRATION_TOKEN } from '../demo-app.ts';
import { seedCatalogue } from './seed-catalogue.ts';
import type { SendbirdApp } from './types.ts';

/** The app the demo and most tests run on; a fresh copy each call so tests cannot leak edits. */
export function demoApp(): SendbirdApp {
  return {
    appId: DEMO_APP_ID,
    apiToken: DEMO_API_TOKEN,
    integrationToken: DEMO_INTEGRATION_TOKEN,
    templates: seedCatalogue(),
  };
}
