import type { OutboundRequest, SavedCampaign, SavedJourney, WebhookDefinition } from './types';

/** Secrets a webhook's authentication needs; kept apart because WebhookDefinition is public. */
export type WebhookCredentials =
  | { auth: 'basic'; username: string; password: string }
  | { auth: 'oauth2'; clientId: string; clientSecret: string; tokenUrl: string };

/** Everything the sandbox remembers, in memory, so a page reload keeps what was saved. */
export class SandboxStore {
  webhooks: WebhookDefinition[] = [];
  credentials = new Map<string, WebhookCredentials>();
  campaigns: SavedCampaign[] = [];
  journeys: SavedJourney[] = [];
  outbound: OutboundRequest[] = [];
  private counter = 0;

  private readonly initialWebhooks: WebhookDefinition[];

  constructor(initialWebhooks: WebhookDefinition[]) {
    // Copied now, so reset() restores what was given at start even if the caller edits its array later.
    this.initialWebhooks = structuredClone(initialWebhooks);
    this.reset();
  }

  reset(): void {
    this.setWebhooks(this.initialWebhooks);
    this.campaigns = [];
    this.journeys = [];
    this.outbound = [];
    this.counter = 0;
  }

  setWebhooks(webhooks: WebhookDefinition[]): void {
    // Copies, so a test that mutates its array cannot change the server behind its back.
    this.webhooks = structuredClone(webhooks);
    this.credentials.clear();
  }

  /** Ids look like CleverTap's numeric ones; each kind gets its own range. */
  nextId(kind: 'campaign' | 'journey' | 'webhook'): string {
    this.counter += 1;
    const base = { campaign: 1_712_000_000, journey: 1_713_500_000, webhook: 1_000 }[kind];
    const taken = new Set([...this.campaigns, ...this.journeys, ...this.webhooks].map((item) => item.id));
    let id = String(base + this.counter);
    while (taken.has(id)) id = String(base + ++this.counter);
    return id;
  }

  findWebhook(id: string): WebhookDefinition | undefined {
    return this.webhooks.find((webhook) => webhook.id === id);
  }
}
