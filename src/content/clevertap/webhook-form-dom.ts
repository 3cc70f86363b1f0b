import { t } from '../../shared/i18n';
import { buttonsNamed, choiceNamed, controlsNamed, elementsWithText, isShown, sameLabel } from '../dom/text';
import { setControlValue } from '../dom/set-value';
import { waitFor } from '../dom/wait';
import { dialogOf } from './dialog-of';
import { EditorLayoutError } from './editor-port';
import { KeyValueRowsDom } from './key-value-rows-dom';
import { LABELS } from './labels';

export interface WebhookDraft {
  name: string;
  method: string;
  url: string;
  headerName: string;
  /** The integration token, only when the marketer asked for it from the toolbar popup. */
  headerValue?: string;
}

/** Names of the webhooks listed on the settings page (outside any open form). */
export function existingWebhookNames(candidates: readonly string[]): Set<string> {
  const found = new Set<string>();
  for (const name of candidates) {
    const listed = elementsWithText(document.body, name).some((element) => !element.closest('form, [role="dialog"], dialog') && isShown(element));
    if (listed) found.add(name);
  }
  return found;
}

function openPanel(): HTMLElement | null {
  for (const title of elementsWithText(document.body, LABELS.createWebhookPanel)) {
    const panel = dialogOf(title);
    if (panel && isShown(panel)) return panel;
  }
  return null;
}

/** The Name typed in the open Create webhook template form, or null when no form is open. */
export function openWebhookFormName(): string | null {
  const panel = openPanel();
  if (!panel) return null;
  return controlsNamed<HTMLInputElement>(panel, 'input', LABELS.webhookName)[0]?.value.trim() ?? '';
}

/**
 * Fills CleverTap's Create webhook template form, opening it with + Add Webhook
 * when needed. It never touches a form that already holds another webhook, and
 * never clicks Create: the marketer reviews and creates. Returns the header
 * value input, so the caller can focus it when the token is missing.
 */
export async function fillWebhookForm(draft: WebhookDraft): Promise<HTMLInputElement | HTMLTextAreaElement> {
  let panel = openPanel();
  if (!panel) {
    const add = buttonsNamed(document.body, LABELS.addWebhook).find(isShown);
    if (!add) throw new EditorLayoutError(t('error_addWebhookMissing'));
    add.click();
    panel = await waitFor(openPanel, 3_000);
    if (!panel) throw new EditorLayoutError(t('error_addWebhookNoForm'));
  }
  const name = controlsNamed<HTMLInputElement>(panel, 'input', LABELS.webhookName)[0];
  const url = controlsNamed<HTMLInputElement>(panel, 'input', LABELS.destinationUrl)[0];
  const method = controlsNamed<HTMLSelectElement>(panel, 'select', LABELS.webhookMethod)[0] ?? [...panel.querySelectorAll('select')].find((s) => [...s.options].some((o) => o.text === 'POST')) ?? null;
  if (!name || !url) throw new EditorLayoutError(t('error_webhookFieldsMissing'));
  if (name.value.trim() && !sameLabel(name.value, draft.name)) {
    throw new EditorLayoutError(t('error_formBusy', name.value.trim()));
  }

  setControlValue(name, draft.name);
  if (method) {
    const post = [...method.options].find((option) => sameLabel(option.text, draft.method));
    if (post) setControlValue(method, post.value);
  }
  setControlValue(url, draft.url);
  const noAuth = choiceNamed(panel, LABELS.noAuthentication);
  if (noAuth && !(noAuth as HTMLInputElement).checked) noAuth.click();

  const add = buttonsNamed(panel, LABELS.addKeyValuePair).find(isShown);
  if (!add) throw new EditorLayoutError(t('error_headerAddMissing'));
  const headers = new KeyValueRowsDom(add, panel, [name, url, ...(method ? [method] : []), ...(noAuth ? [noAuth] : [])]);
  const row =
    headers.rows().find((candidate) => sameLabel(candidate.key.value, draft.headerName)) ??
    headers.rows().find((candidate) => !candidate.key.value && !candidate.value.value) ??
    (await headers.addRow());
  setControlValue(row.key, draft.headerName);
  // Without the token, a value already there (typed or pasted by the marketer) stays.
  if (draft.headerValue !== undefined) setControlValue(row.value, draft.headerValue);
  return row.value;
}
