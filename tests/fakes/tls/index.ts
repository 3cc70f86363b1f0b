import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

/**
 * A self-signed certificate for *.sendbird.com, *.notifications.sendbird.com and
 * *.dashboard.clevertap.com, so the stand-ins serve real TLS on their real host
 * names. Browsers trust it only with --ignore-certificate-errors. Test use only.
 */
const here = (name: string) => fileURLToPath(new URL(name, import.meta.url));

export const standInTls = {
  key: readFileSync(here('./key.pem')),
  cert: readFileSync(here('./cert.pem')),
};
