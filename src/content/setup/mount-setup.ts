import { SENDBIRD_WEBHOOKS } from '../../shared/clevertap-routes';
import { sendMessage } from '../../shared/messaging';
import { EditorLayoutError } from '../clevertap/key-value-rows-dom';
import { existingWebhookNames, fillWebhookForm } from '../clevertap/webhook-form-dom';
import { paletteCss } from '../../shared/ui/palette';
import type { Tone } from '../../shared/ui/status';
import setupCss from './setup.css?inline';

type Kind = keyof typeof SENDBIRD_WEBHOOKS;
const KINDS: Kind[] = ['single', 'multi'];

/**
 * The Sendbird section on CleverTap's Webhooks settings page: shows which of the
 * two Sendbird webhooks exist and fills the Create webhook template form for a
 * missing one. The integration token is asked for only inside the click handler.
 */
export function mountWebhookSetup(host: HTMLElement, signal: AbortSignal): () => void {
  const shadow = host.shadowRoot ?? host.attachShadow({ mode: 'open' });
  const style = document.createElement('style');
  style.textContent = `${paletteCss}\n${setupCss}`;
  const section = document.createElement('section');
  section.setAttribute('aria-labelledby', 'sendbird-setup-title');
  const title = document.createElement('h2');
  title.id = 'sendbird-setup-title';
  title.textContent = 'Sendbird webhook setup';
  const intro = document.createElement('p');
  intro.textContent = 'Campaigns send through "Sendbird multi" (batched), journeys through "Sendbird single". Set up each once; review the form, then click Create.';
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
    button.textContent = `Set up ${SENDBIRD_WEBHOOKS[kind]}`;
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
      row.state.textContent = exists ? 'Already in CleverTap' : 'Not set up yet';
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
    say(`Filling the form for ${SENDBIRD_WEBHOOKS[kind]}…`, 'info');
    const reply = await sendMessage('webhookSetup.prepare', { kind });
    if (!reply.ok) return say(reply.failure.message, 'error');
    try {
      const headerValue = await fillWebhookForm(reply.data);
      if (reply.data.headerValue) {
        say(`The form is filled for ${reply.data.name}. Review it and click Create: CleverTap sends a test request to Sendbird first.`, 'success');
      } else {
        headerValue.focus();
        say(
          'Everything is filled except the Api-token header value: paste the CleverTap integration token from Sendbird Dashboard > Business Messaging > Integrations > CleverTap (or save it in the extension’s settings), then click Create.',
          'info',
        );
      }
    } catch (error) {
      say(error instanceof EditorLayoutError ? error.message : 'The webhook form could not be filled. Fill it by hand with the values from the Sendbird docs.', 'error');
    }
  }

  refresh();
  return refresh;
}
