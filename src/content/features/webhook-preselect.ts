import { t } from '../../shared/i18n';
import { SENDBIRD_WEBHOOKS } from '../clevertap/labels';
import { findWebhookControl } from '../clevertap/webhook-select';
import { OWN_UI_ATTRIBUTE, sameLabel } from '../dom/text';
import { onFirstIdle } from '../dom/first-idle';
import { waitFor } from '../dom/wait';
import { pageLocation } from '../dom/page-location';
import { setControlValue } from '../dom/set-value';
import type { ContentContext } from '../context';
import { paletteColor } from '../../shared/ui/palette';
import type { Feature } from './feature';

const PRESELECT_WINDOW_MS = 30_000;

// Kept in the tab's session storage, which every same-origin frame of the tab shares:
// the channel list and the campaign page that opens next may be in different frames
// (and the latter may load as a new document). Only the deadline is stored, never
// what to select, so a page writing this key can do no more than its own script can.
const PENDING_KEY = 'sendbird-webhook-preselect-until';

export function requestWebhookPreselect(): void {
  try {
    sessionStorage.setItem(PENDING_KEY, String(Date.now() + PRESELECT_WINDOW_MS));
  } catch {
    // Storage refused (privacy settings): the marketer selects the webhook.
  }
}

function takePending(): boolean {
  try {
    const until = Number(sessionStorage.getItem(PENDING_KEY));
    if (!until) return false;
    if (Date.now() > until) sessionStorage.removeItem(PENDING_KEY);
    return Date.now() <= until;
  } catch {
    return false;
  }
}

/**
 * After "Sendbird" was chosen among the channels: selects the Sendbird webhook
 * under Start here, or says that none is configured and where to add it.
 */
export function webhookPreselect(context: ContentContext): Feature {
  // The first session storage read in a document waits on the browser (2.6 ms of main thread
  // on a quiet machine, 25 ms on a busy one, CPU profile of the campaign page's load), so it
  // waits for the page's first idle moment rather than slowing its load.
  let pageIdle = false;
  onFirstIdle(
    context.signal,
    () => {
      pageIdle = true;
      scan();
    },
    2_000,
  );
  const scan = () => {
    if (!pageIdle || !takePending()) return;
    const control = findWebhookControl();
    if (!control) return;
    sessionStorage.removeItem(PENDING_KEY);
    const wanted = SENDBIRD_WEBHOOKS.multi;
    if (control.kind === 'combobox') {
      void chooseFromCombobox(control.element, wanted).then((chosen) => chosen || showMissingWebhookNote(control.element, wanted, context.signal));
      return;
    }
    const select = control.element;
    const option = [...select.options].find((candidate) => sameLabel(candidate.textContent, wanted));
    if (option) {
      setControlValue(select, option.value);
      return;
    }
    showMissingWebhookNote(select, wanted, context.signal);
  };
  return { scanner: { triggers: ['webhook'], scan }, onBatch: scan };
}

/** A custom dropdown (ARIA combobox): open it and click the option, as a person would. */
async function chooseFromCombobox(combobox: HTMLElement, wanted: string): Promise<boolean> {
  combobox.click();
  const option = await waitFor(() => [...document.querySelectorAll<HTMLElement>('[role="option"]')].find((o) => sameLabel(o.textContent, wanted)), 1_500);
  if (!option) {
    combobox.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true }));
    return false;
  }
  option.click();
  return true;
}

function showMissingWebhookNote(select: HTMLElement, webhook: string, signal: AbortSignal): void {
  const note = document.createElement('p');
  note.setAttribute(OWN_UI_ATTRIBUTE, '');
  note.setAttribute('role', 'status');
  note.style.cssText = `margin:6px 0 0;font-size:13px;color:${paletteColor('primary')}`;
  const account = pageLocation().pathname.split('/').filter(Boolean)[0] ?? '';
  note.append(t('tile_missingWebhook', webhook));
  const link = document.createElement('a');
  link.href = `/${account}/settings/engage/channels/webhooks`;
  link.textContent = t('tile_setUpLink');
  note.append(link, t('tile_setUpWhere'));
  select.insertAdjacentElement('afterend', note);
  signal.addEventListener('abort', () => note.remove());
}
