/**
 * `npm run fakes`: the Sendbird stand-in and the CleverTap sandbox on their own,
 * for loading dist/ into your own Chromium. Prints the flags that Chromium needs.
 */
import { execFileSync } from 'node:child_process';
import { startSendbirdStandIn } from '../fakes/sendbird';
import { startClevertapSandbox } from '../fakes/clevertap';
import { DEMO_API_TOKEN, DEMO_APP_ID, campaignsUrl } from '../fakes/demo-app';

execFileSync('npm', ['run', '--silent', 'build:sandbox', '--', '--logLevel', 'warn'], { stdio: 'inherit' });
const sendbird = await startSendbirdStandIn({ port: Number(process.env.SENDBIRD_PORT ?? 0) });
const clevertap = await startClevertapSandbox({ sendbirdPort: sendbird.port, port: Number(process.env.CLEVERTAP_PORT ?? 0) });
console.log(`Sendbird stand-in:  https://127.0.0.1:${sendbird.port}  (App ID ${DEMO_APP_ID}, API token ${DEMO_API_TOKEN})`);
console.log(`CleverTap sandbox:  https://127.0.0.1:${clevertap.port}  (${campaignsUrl()})`);
console.log('Start Chromium with:');
console.log(
  `  --host-resolver-rules="MAP *.dashboard.clevertap.com 127.0.0.1:${clevertap.port}, MAP *.sendbird.com 127.0.0.1:${sendbird.port}" --ignore-certificate-errors --load-extension=${process.cwd()}/dist`,
);
console.log('Press Ctrl+C to stop.');
process.once('SIGINT', () => void Promise.all([clevertap.close(), sendbird.close()]).then(() => process.exit(0)));
