import { useId, useState } from 'react';
import { t } from '../shared/i18n';
import { sendMessage } from '../shared/messaging';
import type { FillOutcome } from '../shared/protocol';
import { BusyButton } from '../shared/ui/BusyButton';

type Status = { tone: 'info' | 'success' | 'error'; text: string } | null;

/**
 * "Fill the Sendbird webhook form in this tab": the one way the CleverTap
 * integration token reaches a CleverTap page, on a click inside the popup (which no
 * page can script or overlay). The tab is the window's active tab at the click.
 */
export function WebhookFill() {
  const titleId = useId();
  const [busy, setBusy] = useState(false);
  const [status, setStatus] = useState<Status>(null);

  const fill = async () => {
    setBusy(true);
    setStatus(null);
    // chrome.*, not webextension-polyfill: importing the polyfill made the popup set up every extension API as it loaded (as it did the worker, src/background/index.ts).
    const [tab] = await chrome.tabs.query({ active: true, currentWindow: true });
    const reply = tab?.id === undefined ? null : await sendMessage('webhookSetup.fillTab', { tabId: tab.id });
    setBusy(false);
    if (!reply) return setStatus({ tone: 'error', text: t('popup_fillWebhookNoForm') });
    if (!reply.ok) return setStatus({ tone: 'error', text: reply.failure.message });
    setStatus(outcomeStatus(reply.data));
  };

  return (
    <section className="webhook-fill" aria-labelledby={titleId}>
      <h2 id={titleId}>{t('popup_fillWebhookTitle')}</h2>
      <p className="muted">{t('popup_fillWebhookHint')}</p>
      <BusyButton onClick={() => void fill()} busy={busy}>
        {t('popup_fillWebhookButton')}
      </BusyButton>
      <p role="status" className={status ? `fill-status ${status.tone}` : 'fill-status'}>
        {status?.text ?? ''}
      </p>
    </section>
  );
}

function outcomeStatus(result: FillOutcome): NonNullable<Status> {
  switch (result.outcome) {
    case 'filled':
      return { tone: 'success', text: t('popup_fillWebhookFilled', result.name) };
    case 'no-form':
      return { tone: 'error', text: t('popup_fillWebhookNoForm') };
    case 'unknown-webhook':
      return { tone: 'error', text: t('popup_fillWebhookUnknown') };
    case 'refused':
      return { tone: 'error', text: t('popup_fillWebhookRefused') };
    case 'failed':
      return { tone: 'error', text: t('popup_fillWebhookFailed') };
  }
}
