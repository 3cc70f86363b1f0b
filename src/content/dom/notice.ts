import { t, uiLanguage } from '../../shared/i18n';
import { paletteColor, type PaletteColor } from '../../shared/ui/palette';
import { OWN_UI_ATTRIBUTE } from './text';

/** A notice's words, read while the extension's messages can still be read. */
export interface NoticeText {
  text: string;
  reload: string;
  dismiss: string;
  language: string;
}

/** A notice's words in the UI language, with Reload page and Dismiss; none once the extension (and its messages) is gone. */
export function readNoticeText(textKey: 'notice_reloadText' | 'notice_startFailed'): NoticeText | undefined {
  const text = t(textKey);
  // The key itself: no messages to read (the extension is gone).
  if (text === textKey) return undefined;
  return { text, reload: t('notice_reloadPage'), dismiss: t('notice_dismiss'), language: uiLanguage() };
}

/**
 * Shows a toast of ours on the CleverTap page with Reload page and Dismiss, once per
 * `kind` per document: for the states in which the content script cannot go on (the
 * extension was reloaded under the tab, or its code could not be loaded here).
 */
export function showPageNotice(kind: string, notice: NoticeText): void {
  const marker = `data-sendbird-${kind}-notice`;
  if (document.querySelector(`[${marker}]`)) return;
  const host = document.createElement('div');
  host.setAttribute(OWN_UI_ATTRIBUTE, '');
  host.setAttribute(marker, '');
  host.lang = notice.language;
  const root = host.attachShadow({ mode: 'open' });
  const style = document.createElement('style');
  // A dark toast, whatever the page: the palette's dark colours, written out here (not the
  // palette's custom properties, whose CSS is built when its module is evaluated: this one is
  // part of the loader evaluated at document start, src/content/index.ts).
  const dark = (name: PaletteColor) => paletteColor(name, 'dark');
  style.textContent = `
      :host { all: initial; color-scheme: dark; position: fixed; z-index: 2147483647; right: 16px; bottom: 16px; }
      div { font: 14px/1.4 system-ui, sans-serif; background: ${dark('bg')}; color: ${dark('text')}; padding: 12px 14px; border-radius: 10px;
            box-shadow: 0 6px 24px rgb(0 0 0 / .25); display: flex; gap: 12px; align-items: center; max-width: 420px; }
      button { font: inherit; border: 0; border-radius: 6px; padding: 6px 10px; cursor: pointer; white-space: nowrap; background: ${dark('primary')}; color: ${dark('primary-text')}; font-weight: 600; }
      button.close { background: transparent; color: ${dark('text')}; font-weight: 400; }
      button:focus-visible { outline: 2px solid ${dark('focus')}; outline-offset: 2px; }`;
  const alert = document.createElement('div');
  alert.setAttribute('role', 'alert');
  const text = document.createElement('span');
  text.textContent = notice.text;
  const reload = document.createElement('button');
  reload.type = 'button';
  reload.textContent = notice.reload;
  reload.addEventListener('click', () => location.reload());
  const close = document.createElement('button');
  close.type = 'button';
  close.className = 'close';
  close.setAttribute('aria-label', notice.dismiss);
  close.textContent = '\u2715';
  close.addEventListener('click', () => host.remove());
  alert.append(text, reload, close);
  root.append(style, alert);
  document.body.append(host);
}

/** One notice per tab: a same-origin parent frame shows it for its frames. */
export function isOutermostDashboardFrame(): boolean {
  try {
    return window.parent === window || !window.parent.document;
  } catch {
    return true;
  }
}
