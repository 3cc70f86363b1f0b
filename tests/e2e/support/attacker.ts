import https from 'node:https';
import type { BrowserContext, Page } from '@playwright/test';

/**
 * The attacker's tools for browser tests: CleverTap's dashboard served on a host
 * that is not an allowlisted region, and scripts run in the page's own (main)
 * world, where an XSS or a compromised third-party script runs.
 */

/** Serves the CleverTap sandbox on `https://<host>/…` (e.g. attacker.dashboard.clevertap.com). */
export async function serveSandboxAt(context: BrowserContext, clevertapPort: number, host: string): Promise<void> {
  await context.route(`https://${host}/**`, async (route) => {
    const request = route.request();
    const url = new URL(request.url());
    const body = request.postDataBuffer();
    const answer = await new Promise<{ status: number; headers: Record<string, string>; body: Buffer }>((resolve, reject) => {
      const outgoing = https.request(
        {
          host: '127.0.0.1',
          port: clevertapPort,
          method: request.method(),
          path: url.pathname + url.search,
          servername: 'eu1.dashboard.clevertap.com',
          headers: { ...request.headers(), host: 'eu1.dashboard.clevertap.com' },
          rejectUnauthorized: false,
        },
        (response) => {
          const chunks: Buffer[] = [];
          response.on('data', (chunk: Buffer) => chunks.push(chunk));
          response.on('end', () => {
            const headers: Record<string, string> = {};
            for (const [name, value] of Object.entries(response.headers)) if (typeof value === 'string') headers[name] = value;
            resolve({ status: response.statusCode ?? 500, headers, body: Buffer.concat(chunks) });
          });
        },
      );
      outgoing.on('error', reject);
      outgoing.end(body ?? undefined);
    });
    await route.fulfill(answer);
  });
}

/** Runs `script` in the page's main world before any of the page's own scripts, on every load. */
export async function plantPageScript(page: Page, script: () => void): Promise<void> {
  await page.addInitScript(script);
}

/** Every input, textarea and text in the page and in open shadow roots that holds `secret`, as a page script sees them. */
export async function whereIsSecret(page: Page, secret: string): Promise<string[]> {
  return page.evaluate((token) => {
    const found: string[] = [];
    const walk = (root: Document | ShadowRoot) => {
      for (const element of root.querySelectorAll('*')) {
        if ((element instanceof HTMLInputElement || element instanceof HTMLTextAreaElement) && element.value.includes(token)) {
          found.push(`${element.tagName.toLowerCase()} ${element.getAttribute('aria-label') ?? element.name ?? ''}`);
        }
        if (element.shadowRoot) {
          if (element.shadowRoot.textContent?.includes(token)) found.push('shadow root text');
          walk(element.shadowRoot);
        }
      }
    };
    walk(document);
    if (document.body.textContent?.includes(token)) found.push('page text');
    return found;
  }, secret);
}
