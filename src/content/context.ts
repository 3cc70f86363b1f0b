import { t, uiLanguage } from '../shared/i18n';
import { paletteCss } from '../shared/ui/palette';
import { onFirstIdle } from './dom/first-idle';
import { OWN_UI_ATTRIBUTE } from './dom/text';

/**
 * The content script's lifetime. When the extension is reloaded or updated under
 * an open tab, this copy of the script is orphaned: it notices, tears down
 * everything it set up (all hung off `signal`) and asks for a page reload.
 */
export interface ContentContext {
  signal: AbortSignal;
  /** True while the extension that injected us is still there. */
  isAlive(): boolean;
}

export function createContentContext(): ContentContext {
  const controller = new AbortController();
  // Read ahead, while the extension is here (once it is gone, its messages may be too), but
  // in idle time after the page has loaded: the first message read in a page fetches the
  // extension's message bundle, about 10 ms of main thread (CPU profile of the campaign page).
  let notice: ReloadNotice | undefined;
  const readNotice = () => {
    if (notice) return;
    const text = t('notice_reloadText');
    // The key itself: no messages to read (the extension is gone).
    if (text === 'notice_reloadText') return;
    notice = { text, reload: t('notice_reloadPage'), dismiss: t('notice_dismiss'), language: uiLanguage() };
  };
  // Only the outermost dashboard frame shows the notice (for its frames too): the others never read it.
  const showsNotice = isOutermostDashboardFrame();
  if (showsNotice) onFirstIdle(controller.signal, readNotice, 5_000);
  const isAlive = () => {
    if (controller.signal.aborted) return false;
    let alive = false;
    try {
      alive = Boolean(chrome.runtime?.id);
    } catch {
      alive = false;
    }
    if (!alive) {
      controller.abort();
      if (showsNotice) {
        // Gone within its first idle moment: the notice is read now, or not shown if its messages went too.
        try {
          readNotice();
        } catch {}
        if (notice) showReloadNotice(notice);
      }
    }
    return alive;
  };
  const timer = setInterval(isAlive, 2_000);
  controller.signal.addEventListener('abort', () => clearInterval(timer));
  return { signal: controller.signal, isAlive };
}

/** One notice per tab: a same-origin parent frame shows it for its frames. */
function isOutermostDashboardFrame(): boolean {
  try {
    return window.parent === window || !window.parent.document;
  } catch {
    return true;
  }
}

interface ReloadNotice {
  text: string;
  reload: string;
  dismiss: string;
  language: string;
}

function showReloadNotice(notice: ReloadNotice): void {
  if (document.querySelector('[data-sendbird-reload-notice]')) return;
  const host = document.createElement('div');
  host.setAttribute(OWN_UI_ATTRIBUTE, '');
  host.setAttribute('data-sendbird-reload-notice', '');
  host.lang = notice.language;
  // A dark toast, whatever the page: the palette's dark colours.
  host.dataset.theme = 'dark';
  const root = host.attachShadow({ mode: 'open' });
  const style = document.createElement('style');
  style.textContent = `${paletteCss}
      :host { all: initial; position: fixed; z-index: 2147483647; right: 16px; bottom: 16px; }
      div { font: 14px/1.4 system-ui, sans-serif; background: var(--sb-bg); color: var(--sb-text); padding: 12px 14px; border-radius: 10px;
            box-shadow: 0 6px 24px rgb(0 0 0 / .25); display: flex; gap: 12px; align-items: center; max-width: 420px; }
      button { font: inherit; border: 0; border-radius: 6px; padding: 6px 10px; cursor: pointer; background: var(--sb-primary); color: var(--sb-primary-text); font-weight: 600; }
      button.close { background: transparent; color: var(--sb-text); font-weight: 400; }
      button:focus-visible { outline: 2px solid var(--sb-focus); outline-offset: 2px; }`;
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
