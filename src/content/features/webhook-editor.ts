import { t } from '../../shared/i18n';
import { LABELS, pageKindOf } from '../clevertap/labels';
import { buttonsNamed, elementsWithText, OWN_UI_ATTRIBUTE, sameLabel } from '../dom/text';
import { findWebhookControl } from '../clevertap/webhook-select';
import type { ContentContext } from '../context';
import { dialogOf } from '../clevertap/dialog-of';
import type { Feature } from './feature';
import { postToBackground } from '../../shared/message-envelope';
import { pageLocation } from '../dom/page-location';
import { loadLazy } from '../lazy';

interface Mounted {
  host: HTMLElement;
  controller: AbortController;
}

export const PICKER_HOST_ATTRIBUTE = 'data-sendbird-picker';

/**
 * Puts the template picker into every Create Webhook Content dialog, once, and
 * takes it out when the dialog closes or the route changes. The picker's code
 * (React and all) is loaded only the first time a dialog appears.
 */
export function webhookEditor(context: ContentContext): Feature {
  const mounted = new Map<HTMLElement, Mounted>();
  let pickerCode: { heldListVersion(): string | undefined } | undefined;
  // The catalogue's first screen, asked for when the marketer pointed at Go To Editor (see preloadOnIntent).
  let prefetched: { at: number; reply: Promise<unknown> } | undefined;
  // A picker was opened (or warmed up) in this page: its code has run once.
  let opened = false;
  const askCatalogue = () => postToBackground('templates.list', { freshness: 'cached', have: pickerCode?.heldListVersion(), after: 0 }).catch(() => undefined);
  const loadPicker = () =>
    loadLazy('picker').then((code) => {
      pickerCode = { heldListVersion: code.heldListVersion };
      return code;
    });

  const unmount = (dialog: HTMLElement) => {
    const entry = mounted.get(dialog);
    if (!entry) return;
    mounted.delete(dialog);
    entry.controller.abort();
    entry.host.remove();
  };

  const mount = (dialog: HTMLElement, title: HTMLElement) => {
    const host = document.createElement('div');
    host.setAttribute(PICKER_HOST_ATTRIBUTE, '');
    host.setAttribute(OWN_UI_ATTRIBUTE, '');
    placeHost(dialog, title, host);
    const controller = new AbortController();
    context.signal.addEventListener('abort', () => unmount(dialog), { signal: controller.signal });
    mounted.set(dialog, { host, controller });
    opened = true;
    // The answer asked for on intent, if it is recent; else ask now, while the picker's code loads: the two overlap.
    // The picker's own file holds the list it last unpacked: once loaded, it says which version that is.
    const early = prefetched && performance.now() - prefetched.at <= PREFETCH_FOR_MS ? prefetched.reply : undefined;
    prefetched = undefined;
    const catalogue = early ?? askCatalogue();
    void loadPicker()
      .then(({ mountPicker }) => {
        if (controller.signal.aborted) return;
        mountPicker({ dialog, host, pageKind: pageKindOf(pageLocation().pathname), signal: controller.signal, catalogue });
      })
      .catch((error: unknown) => {
        console.warn('[sendbird] the template picker could not load', error instanceof Error ? error.message : '');
        host.textContent = t('picker_loadFailed');
      });
  };

  preloadOnIntent(context.signal, () => {
    // The catalogue's first screen, again on each intent unless one was asked for just now; the picker's file, once.
    if (!prefetched || performance.now() - prefetched.at >= INTENT_REPEAT_MS) prefetched = { at: performance.now(), reply: askCatalogue() };
    const { reply } = prefetched;
    // Once both are here, and only before the first dialog: the first open's code runs once, off the page (warm-up.tsx).
    Promise.all([loadPicker(), reply])
      .then(([code, raw]) => {
        if (opened) return;
        opened = true;
        code.warmUp(raw);
      })
      .catch(() => {});
  });

  const scan = () => {
    if (!context.isAlive()) return;
    for (const title of elementsWithText(document.body, LABELS.webhookContentDialog)) {
      const dialog = dialogOf(title);
      if (!dialog || mounted.has(dialog) || dialog.querySelector(`[${PICKER_HOST_ATTRIBUTE}]`)) continue;
      mount(dialog, title);
    }
  };

  const dropGone = () => {
    for (const [dialog, { host }] of mounted) {
      if (!dialog.isConnected || !host.isConnected) unmount(dialog);
    }
  };

  return {
    scanner: { triggers: ['webhook content'], scan },
    onBatch: () => {
      if (!mounted.size) return;
      const before = mounted.size;
      dropGone();
      // The page re-rendered the dialog around us: put the picker back.
      if (mounted.size < before) scan();
    },
    onRoute: () => {
      for (const dialog of [...mounted.keys()]) unmount(dialog);
      scan();
    },
  };
}

const INTENT_EVENTS = ['pointerover', 'pointerdown', 'focusin'] as const;

/**
 * How long an answer asked for on intent may stand in for the dialog's own
 * request: the dialog appears a moment after the click (CleverTap loads the
 * editor first); a list asked for longer ago is asked for again.
 */
const PREFETCH_FOR_MS = 5_000;
/** Pointing at the button's parts and pressing it are one intent: asked once. */
const INTENT_REPEAT_MS = 1_000;

/**
 * Calls `onIntent` when the marketer points at or focuses Go To Editor on a
 * webhook campaign or journey page, or the Edit message of a journey's Webhook
 * node: the picker's file and the catalogue's first screen are then fetched,
 * compiled and unpacked, or under way, when the dialog appears (on a quiet
 * 2-core machine about 100 ms of the picker's first open,
 * more under load; the catalogue's answer otherwise waits behind the page
 * rendering its dialog). Never at page load: that put a long task into every
 * load of the page. A page's script can fake these events; it only makes us
 * load our own file and ask for the catalogue as the dialog it can also fake
 * would (a cached list, a sync only when none is cached or it is stale), a
 * little earlier.
 */
function preloadOnIntent(signal: AbortSignal, onIntent: () => void): void {
  const listener = (event: Event) => {
    const control = event.target instanceof Element ? event.target.closest('button, a, [role="button"]') : null;
    if (!control) return;
    const goToEditor = sameLabel(control.textContent, LABELS.goToEditor);
    if (!goToEditor && !sameLabel(control.textContent, LABELS.editMessage)) return;
    const kind = pageKindOf(pageLocation().pathname);
    if (kind !== 'campaign' && kind !== 'journey') return;
    const webhook = findWebhookControl();
    if (!webhook) return;
    // A journey opens Create Webhook Content from its Webhook node's Edit message; other nodes' Edit message open other editors.
    if (!goToEditor && (kind !== 'journey' || !editsNodeOf(control, webhook.element))) return;
    onIntent();
  };
  for (const type of INTENT_EVENTS) document.addEventListener(type, listener, { capture: true, passive: true, signal });
}

/**
 * Whether `control` is the Edit message of the node holding `webhook`: the smallest
 * block holding both holds no other Edit message (a canvas holds every node's).
 */
function editsNodeOf(control: Element, webhook: HTMLElement): boolean {
  let node = control.parentElement;
  while (node && !node.contains(webhook)) node = node.parentElement;
  return node !== null && buttonsNamed(node, LABELS.editMessage).length === 1;
}

/** Just below the dialog's title block, before the editor itself. */
function placeHost(dialog: HTMLElement, title: HTMLElement, host: HTMLElement): void {
  let container: HTMLElement = dialog;
  for (let guard = 0; guard < 6; guard++) {
    let block: HTMLElement = title;
    while (block.parentElement && block.parentElement !== container) block = block.parentElement;
    if (block.parentElement !== container) break;
    // The title shares its block with the editor: look one level deeper.
    if (block !== title && block.querySelector('input, textarea, select, [contenteditable="true"]')) {
      container = block;
      continue;
    }
    block.after(host);
    return;
  }
  dialog.prepend(host);
}
