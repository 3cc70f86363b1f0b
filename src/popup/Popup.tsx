import { useEffect, useRef, type ReactNode } from 'react';
import { t } from '../shared/i18n';
import { sendMessage } from '../shared/messaging';
import { Message } from '../shared/ui/Message';
import { ProductMark } from '../shared/ui/ProductMark';
import { usePopupStore } from './store';
import { TemplateBrowser } from './TemplateBrowser';
import { TemplateDetail } from './TemplateDetail';
import { WebhookFill } from './WebhookFill';

export function Popup() {
  // Asked by main.tsx, with the page, before this first renders.
  const setup = usePopupStore((state) => state.setup);

  const openSettings = () => {
    void sendMessage('settings.open', {}).then(() => window.close());
  };

  const configured = setup.phase === 'ready' && setup.configured;

  return (
    <main className="popup" aria-busy={setup.phase === 'loading'}>
      <header className="popup-header">
        <h1 className="title-with-mark">
          <ProductMark size={20} />
          {t('popup_title')}
        </h1>
        {configured ? (
          <button type="button" className="link" onClick={openSettings}>
            {t('popup_settings')}
          </button>
        ) : null}
      </header>
      {setup.phase === 'loading' ? <p className="muted">{t('popup_loading')}</p> : null}
      {setup.phase === 'failed' ? <p role="alert">{setup.message}</p> : null}
      {setup.phase === 'ready' && !setup.configured ? <SetupPrompt onOpenSettings={openSettings} /> : null}
      {configured ? (
        <>
          <Templates onOpenSettings={openSettings} renderSetup={() => <SetupPrompt onOpenSettings={openSettings} />} />
          <footer className="popup-footer">
            <Message id="popup_connectedApp" values={[<code key="app">{setup.appId}</code>]} />
          </footer>
        </>
      ) : null}
    </main>
  );
}

function SetupPrompt({ onOpenSettings }: { onOpenSettings(): void }) {
  return (
    <section className="empty" aria-labelledby="setup-title">
      <h2 id="setup-title">{t('popup_setupTitle')}</h2>
      <p>{t('popup_setupText')}</p>
      <button type="button" className="primary" onClick={onOpenSettings}>
        {t('popup_goToSettings')}
      </button>
    </section>
  );
}

/** The list stays mounted (hidden) while a template is open, so Back returns to the same place. */
function Templates({ onOpenSettings, renderSetup }: { onOpenSettings(): void; renderSetup(): ReactNode }) {
  const detail = usePopupStore((state) => state.detail);
  const summary = usePopupStore((state) => (state.detail && state.list.status === 'ready' ? state.list.templates.find((template) => template.key === state.detail?.key) : undefined));
  const closeTemplate = usePopupStore((state) => state.closeTemplate);
  const listArea = useRef<HTMLDivElement>(null);
  const wasOpen = useRef(false);

  useEffect(() => {
    if (detail) {
      wasOpen.current = true;
      return;
    }
    if (!wasOpen.current) return;
    wasOpen.current = false;
    const target = listArea.current?.querySelector<HTMLElement>('[role="listbox"]') ?? listArea.current?.querySelector<HTMLElement>('input[type="search"]');
    target?.focus();
  }, [detail]);

  return (
    <>
      <div ref={listArea} className="popup-templates" hidden={Boolean(detail)}>
        <TemplateBrowser onOpenSettings={onOpenSettings} renderSetup={renderSetup} />
        <WebhookFill />
      </div>
      {detail ? <TemplateDetail detail={detail} summary={summary} onBack={closeTemplate} /> : null}
    </>
  );
}
