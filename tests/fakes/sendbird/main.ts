/**
 * Runs the stand-in on its own with the demo app:
 *   npx tsx tests/fakes/sendbird/main.ts [--port 8443] [--templates 5000]
 * `--templates N` serves a generated catalogue of N templates instead of the seed.
 */
import { parseArgs } from 'node:util';
import { DEMO_APP_ID } from '../demo-app.ts';
import { demoApp } from './demo-app.ts';
import { generateCatalogue } from './generate-catalogue.ts';
import { startSendbirdStandIn } from './server.ts';

const { values } = parseArgs({
  options: {
    port: { type: 'string', default: '0' },
    templates: { type: 'string' },
  },
});

const port = Number(values.port);
if (!Number.isInteger(port) || port < 0 || port > 65_535) {
  console.error(`--port must be an integer between 0 and 65535, got "${values.port}".`);
  process.exit(2);
}
const app = demoApp();
if (values.templates !== undefined) {
  const count = Number(values.templates);
  if (!Number.isInteger(count) || count < 0) {
    console.error(`--templates must be a non-negative integer, got "${values.templates}".`);
    process.exit(2);
  }
  app.templates = generateCatalogue(count);
}

const standIn = await startSendbirdStandIn({ apps: [app] });
const id = DEMO_APP_ID.toLowerCase();
console.log(`Sendbird stand-in listening on https://127.0.0.1:${standIn.port}`);
console.log(`  templates:     https://api-${id}.sendbird.com/v3/notifications/templates (${app.templates.length} templates)`);
console.log(`  notifications: https://api-${id}.notifications.sendbird.com/clevertap/notifications/{single,multi}`);
console.log(`  Chromium:      --host-resolver-rules="MAP *.sendbird.com 127.0.0.1:${standIn.port}" --ignore-certificate-errors`);
console.log(`PORT=${standIn.port}`);

const stop = () => {
  void standIn.close().then(() => process.exit(0));
};
process.once('SIGINT', stop);
process.once('SIGTERM', stop);
