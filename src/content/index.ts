/**
 * The content script on CleverTap dashboards: a small loader. It recognises the
 * pages and dialogs we join and loads the template picker only when a Create
 * Webhook Content dialog appears. It runs in the top document and in every
 * same-origin frame, each copy looking only at its own document.
 */
import { createContentContext } from './context';
import { afterPageLoad } from './dom/first-idle';
import { watchPage, watchUrl } from './dom/watch-page';
import { channelEntry } from './features/channel-entry';
import { webhookEditor } from './features/webhook-editor';
import { webhookPreselect } from './features/webhook-preselect';
import { webhookSetup } from './features/webhook-setup';
import { listenForTokenFill } from './features/webhook-token-fill';
import type { Feature } from './features/feature';

/**
 * A page whose load takes longer than this after DOMContentLoaded gets us anyway: the
 * marketer may already be opening dialogs, and a few ms on a load this slow is no longer
 * what anyone waits for.
 */
const LOAD_WAIT_MS = 3_000;
/** From the script's injection, whatever the page's events do (afterPageLoad says why). */
const START_AT_THE_LATEST_MS = 15_000;

// Nothing but this runs when the script is evaluated (at document start): the extension's
// bindings, listeners, the observer and the first scan cost the campaign page's load 3-5 ms
// when they ran at document_idle, just before the load event (traced loads of the sandbox).
afterPageLoad(start, LOAD_WAIT_MS, START_AT_THE_LATEST_MS);

function start(): void {
  const context = createContentContext();
  // In every frame of a dashboard: each frame's copy serves the controls of its own document.
  if (!context.isAlive()) return;
  // The frame that shows CleverTap's webhook form answers the popup's fill request.
  listenForTokenFill(context);
  const features: Feature[] = [channelEntry(context), webhookPreselect(context), webhookEditor(context), webhookSetup(context)];
  const checkUrl = watchUrl((url) => {
    for (const feature of features) feature.onRoute?.(url);
  }, context.signal);
  watchPage(
    features.map((feature) => feature.scanner),
    context.signal,
    () => {
      checkUrl();
      for (const feature of features) feature.onBatch?.();
    },
  );
}
