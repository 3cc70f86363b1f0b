import { SENDBIRD_WEBHOOKS } from '../../shared/clevertap-routes';
import { sendMessage } from '../../shared/messaging';
import type { FillOutcome } from '../../shared/tab-messages';
import { sameLabel } from '../dom/text';
import { fillWebhookForm, openWebhookFormName } from '../clevertap/webhook-form-dom';

type Kind = keyof typeof SENDBIRD_WEBHOOKS;

/**
 * The toolbar popup's "Fill the Sendbird webhook form in this tab" reaches this
 * frame: fill the open Create webhook form, integration token included, for the
 * Sendbird webhook its Name says. The background hands out the token only for the
 * one-time request id the popup's request carries.
 */
export async function fillFromPopup(requestId: string): Promise<FillOutcome> {
  const name = openWebhookFormName();
  if (name === null) return { outcome: 'no-form' };
  const kind = (Object.keys(SENDBIRD_WEBHOOKS) as Kind[]).find((candidate) => sameLabel(name, SENDBIRD_WEBHOOKS[candidate]));
  if (!kind) return { outcome: 'unknown-webhook' };
  const reply = await sendMessage('webhookSetup.release', { requestId, kind });
  if (!reply.ok) return { outcome: reply.failure.kind === 'rejected' ? 'refused' : 'failed' };
  try {
    const headerValue = await fillWebhookForm(reply.data);
    headerValue.focus();
    return { outcome: 'filled', name: reply.data.name };
  } catch {
    return { outcome: 'failed' };
  }
}
