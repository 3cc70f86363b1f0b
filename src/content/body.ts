/**
 * The content script's body on CleverTap dashboards, loaded by the injected loader
 * (./index.ts) once the page has loaded. It recognises the pages and dialogs we join
 * and loads the template picker only when a Create Webhook Content dialog appears.
 * It runs in the top document and in every frame, each copy looking only at its own
 * document.
 */
import { createContentContext } from './context';
import { watchPage, watchUrl } from './dom/watch-page';
import { channelEntry } from './features/channel-entry';
import { webhookEditor } from './features/webhook-editor';
import { webhookPreselect } from './features/webhook-preselect';
import { webhookSetup } from './features/webhook-setup';
import { listenForTokenFill } from './features/webhook-token-fill';
import type { Feature } from './features/feature';

/** Starts the content script in this document: the loader (./index.ts) calls it after the page's load. */
export function start(): void {
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
