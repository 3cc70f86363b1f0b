/**
 * Runs the sandbox on its own:
 *   npx tsx tests/fakes/clevertap/main.ts --port 9443 --sendbird-port 8443
 * then open Chromium with
 *   --host-resolver-rules="MAP *.dashboard.clevertap.com 127.0.0.1:9443" --ignore-certificate-errors
 */
import { parseArgs } from 'node:util';
import { campaignsUrl } from '../demo-app';
import { startClevertapSandbox } from './index';

const { values } = parseArgs({
  options: { port: { type: 'string', default: '9443' }, 'sendbird-port': { type: 'string', default: '8443' } },
});

const sandbox = await startClevertapSandbox({ port: Number(values.port), sendbirdPort: Number(values['sendbird-port']) });
console.log(`CleverTap sandbox on https://127.0.0.1:${sandbox.port} (Sendbird stand-in expected on port ${values['sendbird-port']})`);
console.log(`Open ${campaignsUrl()} in Chromium started with:`);
console.log(`  --host-resolver-rules="MAP *.dashboard.clevertap.com 127.0.0.1:${sandbox.port}" --ignore-certificate-errors`);

const stop = () => void sandbox.close().then(() => process.exit(0));
process.on('SIGINT', stop);
process.on('SIGTERM', stop);
