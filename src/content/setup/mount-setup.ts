import { t, uiLanguage } from '../../shared/i18n';
import { SENDBIRD_WEBHOOKS } from '../../shared/clevertap-routes';
import { sendMessage } from '../../shared/messaging';
import { EditorLayoutError } from '../clevertap/editor-port';
import { existingWebhookNames, fillWebhookForm } from '../clevertap/webhook-form-dom';
import { paletteCss } from '../../shared/ui/palette';
import type { Tone } from '../../shared/ui/status';
import setupCss from './setup.css?inline';
import { followPageTheme } from '../dom/theme';

type Kind = keyof typeof SENDBIRD_WEBHOOKS;
const KINDS: Kind[] = ['single', 'multi'];

/**
 * The Sendbird section on CleverTap's Webhooks settings page: shows which of the
 * two Sendbird webhooks exist and fills the Create webhook template form for a
 * missing one, all but the integration token (see fill-from-popup.ts).
 */
export function mountWebhookSetup(host: HTMLElement, signal: AbortSignal): () => void {
  const shadow = host.shadowRoot ?? host.attachShadow({ mode: 'open' });
  // Light or dark as CleverTap's page draws it around us, whatever the system setting.
  followPageTheme(host, host.parentElement ?? document.body);
  const style = document.createElement('style');
  style.textContent = `${paletteCss}\n${setupCss}`;
  const section = document.createElement('section');
  section.lang = uiLanguage();
  section.setAttribute('aria-labelledby', 'sendbird-setup-title');
  const title = document.createElement('h2');
  title.id = 'sendbird-setup-title';
  title.textContent = t('setup_title');
  const intro = document.createElement('p');
  intro.textContent = t('setup_intro', SENDBIRD_WEBHOOKS.multi, SENDBIRD_WEBHOOKS.single);
  const list = document.createElement('ul');
  const status = document.createElement('p');
  status.className = 'status';
  status.setAttribute('aria-live', 'polite');
  section.append(title, intro, list, status);
  shadow.replaceChildren(style, section);

  const rows = new Map<Kind, { state: HTMLSpanElement; button: HTMLButtonElement }>();
  for (const kind of KINDS) {
    const item = document.createElement('li');
    const name = document.createElement('strong');
    name.textContent = SENDBIRD_WEBHOOKS[kind];
    const state = document.createElement('span');
    state.className = 'state';
    const button = document.createElement('button');
    button.type = 'button';
    button.textContent = t('setup_setUp', SENDBIRD_WEBHOOKS[kind]);
    button.addEventListener('click', () => void setUp(kind), { signal });
    item.append(name, state, button);
    list.append(item);
    rows.set(kind, { state, button });
  }

  const refresh = () => {
    const existing = existingWebhookNames(Object.values(SENDBIRD_WEBHOOKS));
    for (const kind of KINDS) {
      const row = rows.get(kind)!;
      const exists = existing.has(SENDBIRD_WEBHOOKS[kind]);
      row.state.textContent = exists ? t('setup_exists') : t('setup_missing');
      row.state.className = exists ? 'state done' : 'state';
      // Never create a duplicate.
      row.button.disabled = exists;
    }
  };

  const say = (text: string, tone: Tone) => {
    status.textContent = text;
    status.className = `status ${tone}`;
  };

  async function setUp(kind: Kind) {
    say(t('setup_filling', SENDBIRD_WEBHOOKS[kind]), 'info');
    const reply = await sendMessage('webhookSetup.prepare', { kind });
    if (!reply.ok) return say(reply.failure.message, 'error');
    try {
      const headerValue = await fillWebhookForm(reply.data);
      // The token never comes from here (a page script can click this button): the marketer
      // puts it in from the toolbar popup or pastes it.
      headerValue.focus();
      say(t('setup_tokenNextStep'), 'info');
    } catch (error) {
      say(error instanceof EditorLayoutError ? error.message : t('setup_fillFailed'), 'error');
    }
  }

  refresh();
  return refresh;
}
