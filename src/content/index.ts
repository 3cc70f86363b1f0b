/**
 * The content script on CleverTap dashboards, as injected: only a loader. At the page's
 * load (or its caps) it imports the content script's body (./body.ts) by the session's
 * dynamic URL, the way ./lazy.ts loads the picker, and starts it (./load-body.ts). It runs in the top
 * document and in every frame, each copy looking only at its own document.
 */
import type { CONTENT_BODY } from '../../content-scripts.config';
import { afterPageLoad } from './dom/first-idle';
import { loadBody } from './load-body';

/**
 * A page whose load takes longer than this after DOMContentLoaded gets us anyway: the
 * marketer may already be opening dialogs, and a few ms on a load this slow is no longer
 * what anyone waits for.
 */
const LOAD_WAIT_MS = 3_000;
/** From the script's injection, whatever the page's events do (afterPageLoad says why). */
const START_AT_THE_LATEST_MS = 15_000;

// Nothing but this runs when the script is evaluated (at document start), and this file is
// kept tiny: its compile and evaluation are the only work of ours before the page's load
// event (the whole content script's, 16.8 KB, cost the campaign page's load ~1.5 ms, ×1.027
// of its load time in traced loads of the sandbox).
afterPageLoad(
  // The body's file name as content-scripts.config.ts builds it, written out: a literal in the
  // built loader is how tests/support/bundle-size.ts finds what every page loads.
  () => loadBody(() => import(/* @vite-ignore */ chrome.runtime.getURL('assets/content-body.js' satisfies (typeof CONTENT_BODY)['file']))),
  LOAD_WAIT_MS,
  START_AT_THE_LATEST_MS,
);
