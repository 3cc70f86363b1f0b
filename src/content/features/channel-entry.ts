import { t } from '../../shared/i18n';
import { productMarkSvg } from '../../shared/ui/product-mark';
import { LABELS, SENDBIRD_WEBHOOKS } from '../clevertap/labels';
import { elementsWithText, OWN_UI_ATTRIBUTE, sameLabel } from '../dom/text';
import type { ContentContext } from '../context';
import { dialogOf } from '../clevertap/dialog-of';
import type { Feature } from './feature';
import { requestWebhookPreselect } from './webhook-preselect';

const ENTRY_ATTRIBUTE = 'data-sendbird-channel';
const CLICKABLE = 'button, a, [role="button"], [role="menuitem"], [role="option"], [tabindex]';


/**
 * Adds "Sendbird" to the Messaging Channels list, built from a copy of the
 * Webhooks entry so it looks like its neighbours. Choosing it goes through
 * CleverTap's own Webhooks entry and then preselects the Sendbird webhook.
 */
export function channelEntry(context: ContentContext): Feature {
  const scan = () => {
    for (const title of elementsWithText(document.body, LABELS.messagingChannels)) {
      const list = dialogOf(title) ?? title.parentElement;
      if (!list || list.querySelector(`[${ENTRY_ATTRIBUTE}]`)) continue;
      const webhooksLabel = elementsWithText(list, LABELS.webhooksChannel)[0];
      if (!webhooksLabel) continue;
      addEntry(channelItem(webhooksLabel, list), webhooksLabel, context.signal);
    }
  };
  return { scanner: { triggers: [LABELS.messagingChannels.toLowerCase(), LABELS.webhooksChannel.toLowerCase()], scan } };
}

/** The whole channel tile: the largest element around the label that shows nothing else. */
function channelItem(label: HTMLElement, list: HTMLElement): HTMLElement {
  let item = label;
  while (item.parentElement && item.parentElement !== list && sameLabel(item.parentElement.textContent, LABELS.webhooksChannel)) item = item.parentElement;
  return item;
}

function clickableIn(item: HTMLElement): HTMLElement {
  return item.closest<HTMLElement>('button, a, [role="button"], [role="menuitem"], [role="option"]') ?? item.querySelector<HTMLElement>(CLICKABLE) ?? item;
}

function addEntry(item: HTMLElement, originalLabel: HTMLElement, signal: AbortSignal): void {
  const original = clickableIn(item);
  const entry = item.cloneNode(true) as HTMLElement;
  entry.setAttribute(ENTRY_ATTRIBUTE, '');
  entry.setAttribute(OWN_UI_ATTRIBUTE, '');
  for (const withId of entry.querySelectorAll('[id]')) withId.removeAttribute('id');
  entry.removeAttribute('id');

  const clickable = entry.matches(CLICKABLE) ? entry : (entry.querySelector<HTMLElement>(CLICKABLE) ?? entry);
  // A tile made of plain divs still has to be reachable by keyboard.
  const label = findCopy(item, entry, originalLabel);
  if (label) label.textContent = t('tile_label');
  const icon = entry.querySelector('svg, img');
  const originalIcon = item.querySelector('svg, img')?.getBoundingClientRect();
  if (icon?.parentElement) {
    const wrapper = document.createElement('span');
    wrapper.style.cssText = `display:inline-flex;width:${originalIcon?.width || 24}px;height:${originalIcon?.height || 24}px`;
    wrapper.innerHTML = productMarkSvg();
    icon.replaceWith(wrapper);
  }
  clickable.setAttribute('aria-label', t('tile_label'));
  clickable.title = t('tile_title', SENDBIRD_WEBHOOKS.multi);
  if (!clickable.matches('button, a[href], [tabindex]')) {
    clickable.tabIndex = 0;
    clickable.setAttribute('role', 'button');
  }
  const choose = (event: Event) => {
    event.preventDefault();
    event.stopPropagation();
    requestWebhookPreselect();
    original.click();
  };
  clickable.addEventListener('click', choose, { signal });
  clickable.addEventListener(
    'keydown',
    (event) => {
      if ((event.key === 'Enter' || event.key === ' ') && !clickable.matches('button, a[href]')) choose(event);
    },
    { signal },
  );
  item.after(entry);
  signal.addEventListener('abort', () => entry.remove());
}

/** The element in the copy that sits where `label` sits in the original. */
function findCopy(originalRoot: HTMLElement, copyRoot: HTMLElement, label: HTMLElement): HTMLElement | null {
  const path: number[] = [];
  for (let node: HTMLElement | null = label; node && node !== originalRoot; node = node.parentElement) {
    path.unshift([...(node.parentElement?.children ?? [])].indexOf(node));
  }
  let copy: Element | undefined = copyRoot;
  for (const index of path) copy = copy?.children[index];
  return (copy as HTMLElement | undefined) ?? null;
}
