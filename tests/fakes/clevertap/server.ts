/**
 * The sandbox's HTTPS server: CleverTap's dashboard hosts only, the built SPA,
 * and its JSON API. One server per test worker; reset() between tests.
 */
import https from 'node:https';
import type { AddressInfo } from 'node:net';
import { standInTls } from '../tls';
import { handleApi } from './api-routes';
import { assertBuilt, serveStatic } from './static-files';
import { SandboxStore } from './store';
import type { OutboundRequest, SavedCampaign, SavedJourney, WebhookDefinition } from './types';
import { defaultWebhooks } from './webhooks';

export const REGIONS = ['eu1', 'in1', 'us1', 'sg1', 'aps3', 'mec1', 'sk1'] as const;
const DASHBOARD_HOST = new RegExp(`^(${REGIONS.join('|')})\\.dashboard\\.clevertap\\.com(?::\\d+)?$`, 'i');

export interface StartSandboxOptions {
  port?: number;
  sendbirdPort: number;
  /** Default: defaultWebhooks(). */
  webhooks?: WebhookDefinition[];
}

export interface ClevertapSandbox {
  port: number;
  close(): Promise<void>;
  /** Back to the webhooks given at start; no campaigns or journeys; empty outbound log. */
  reset(): void;
  setWebhooks(webhooks: WebhookDefinition[]): void;
  readonly webhooks: WebhookDefinition[];
  /** What was saved through the UI. */
  readonly campaigns: SavedCampaign[];
  readonly journeys: SavedJourney[];
  /** Every request the sandbox made to a webhook destination, reachable or not. */
  readonly outbound: OutboundRequest[];
}

export async function startClevertapSandbox(options: StartSandboxOptions): Promise<ClevertapSandbox> {
  assertBuilt();
  const store = new SandboxStore(options.webhooks ?? defaultWebhooks());
  const outbound = { sendbirdPort: options.sendbirdPort };

  const server = https.createServer(standInTls, (request, response) => {
    const host = DASHBOARD_HOST.exec(request.headers.host ?? '');
    if (!host) {
      response.writeHead(421, { 'Content-Type': 'text/plain; charset=utf-8' });
      response.end(`This server only answers for <region>.dashboard.clevertap.com (${REGIONS.join(', ')}).`);
      return;
    }
    const pathname = new URL(request.url ?? '/', 'https://sandbox.invalid').pathname;
    if (pathname.startsWith('/api/')) {
      const region = (host[1] ?? '').toLowerCase();
      handleApi(request, { store, outbound, region })
        .then(({ status, body }) => {
          response.writeHead(status, { 'Content-Type': 'application/json; charset=utf-8', 'Cache-Control': 'no-store' });
          response.end(JSON.stringify(body));
        })
        .catch((error: unknown) => {
          response.writeHead(500, { 'Content-Type': 'application/json; charset=utf-8' });
          response.end(JSON.stringify({ error: error instanceof Error ? error.message : String(error) }));
        });
      return;
    }
    if (request.method !== 'GET' && request.method !== 'HEAD') {
      response.writeHead(405, { Allow: 'GET, HEAD' }).end();
      return;
    }
    serveStatic(pathname, response, request.method === 'HEAD');
  });

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, '127.0.0.1', () => resolve());
  });

  return {
    port: (server.address() as AddressInfo).port,
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.close((error) => (error ? reject(error) : resolve()));
        server.closeAllConnections();
      }),
    reset: () => store.reset(),
    setWebhooks: (webhooks) => store.setWebhooks(webhooks),
    get webhooks() {
      return store.webhooks;
    },
    get campaigns() {
      return store.campaigns;
    },
    get journeys() {
      return store.journeys;
    },
    get outbound() {
      return store.outbound;
    },
  };
}
