/** The Webhook picker of campaigns and journey nodes: a native <select> of configured webhooks by name. */
import type { WebhookDefinition } from '../../types';

interface WebhookSelectProps {
  id: string;
  webhooks: WebhookDefinition[];
  value: string;
  onChange: (webhookId: string) => void;
  describedBy?: string;
}

export function WebhookSelect({ id, webhooks, value, onChange, describedBy }: WebhookSelectProps) {
  return (
    <div className="ct-field">
      <label htmlFor={id} className="ct-label">
        Webhook
      </label>
      <select
        id={id}
        className="ct-select"
        value={value}
        aria-describedby={describedBy}
        onChange={(event) => onChange(event.currentTarget.value)}
      >
        <option value="">Select a webhook</option>
        {webhooks.map((webhook) => (
          <option key={webhook.id} value={webhook.id}>
            {webhook.name}
          </option>
        ))}
      </select>
    </div>
  );
}

const slug = (text: string) => text.trim().toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '');

/** Resolves `?webhook=`/`?type=` or history state hints: an id, a name, or a slug of the name ("sendbird-multi"). */
export function findWebhookByHint(webhooks: WebhookDefinition[], hint: unknown): WebhookDefinition | undefined {
  if (typeof hint !== 'string' || !hint.trim()) return undefined;
  const wanted = hint.trim().toLowerCase();
  return (
    webhooks.find((webhook) => webhook.id === hint.trim()) ??
    webhooks.find((webhook) => webhook.name.toLowerCase() === wanted) ??
    webhooks.find((webhook) => slug(webhook.name) === slug(hint))
  );
}
