import { LABELS, pageKindOf } from '../clevertap/labels';
import { buttonsNamed, OWN_UI_ATTRIBUTE } from '../dom/text';
import type { ContentContext } from '../context';
import { loadLazy } from '../lazy';
import type { Feature } from './feature';
import { pageLocation } from '../dom/page-location';

/**
 * On Settings > Engage > Channels > Webhooks: a Sendbird section above the
 * "+ Add Webhook" button. Its code loads only on that page.
 */
export function webhookSetup(context: ContentContext): Feature {
  let mounted: { host: HTMLElement; controller: AbortController; refresh?: () => void } | null = null;

  const unmount = () => {
    mounted?.controller.abort();
    mounted?.host.remove();
    mounted = null;
  };

  const scan = () => {
    if (pageKindOf(pageLocation().pathname) !== 'webhook-settings' || !context.isAlive()) return unmount();
    if (mounted?.host.isConnected) return mounted.refresh?.();
    unmount();
    const add = buttonsNamed(document.body, LABELS.addWebhook)[0];
    const anchor = add?.closest('header, section, div');
    if (!add || !anchor) return;
    const host = document.createElement('div');
    host.setAttribute(OWN_UI_ATTRIBUTE, '');
    host.setAttribute('data-sendbird-webhook-setup', '');
    anchor.after(host);
    const controller = new AbortController();
    context.signal.addEventListener('abort', unmount, { signal: controller.signal });
    const entry: NonNullable<typeof mounted> = { host, controller };
    mounted = entry;
    void loadLazy('setup').then(({ mountWebhookSetup }) => {
      if (!controller.signal.aborted) entry.refresh = mountWebhookSetup(host, controller.signal);
    });
  };

  return {
    scanner: { triggers: ['add webhook', 'sendbird'], scan },
    onBatch: () => mounted && scan(),
    onRoute: scan,
  };
}
