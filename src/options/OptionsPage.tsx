import { sentenceGap, t } from '../shared/i18n';
import { Message } from '../shared/ui/Message';
import { ProductMark } from '../shared/ui/ProductMark';
import { useEffect, useId, useRef, useState, type FormEvent, type ReactNode } from 'react';
import { defaultApiHost, type CredentialField } from '../shared/credentials';
import { Field } from '../shared/ui/Field';
import { SecretInput } from '../shared/ui/SecretInput';
import { Question } from '../shared/ui/Question';
import { BusyButton } from '../shared/ui/BusyButton';
import { useOptionsStore } from './options-store';

/** Where the Sendbird Dashboard shows the App ID: its own labels, in English in every language. */
const SENDBIRD_SETTINGS_PATH = 'Settings > Application > General';

/** The background opens the page so right after a first install (src/background/welcome.ts). */
const welcome = new URLSearchParams(location.search).has('welcome');

export function OptionsPage() {
  const form = useOptionsStore((state) => state.form);
  const saved = useOptionsStore((state) => state.saved);
  const errors = useOptionsStore((state) => state.errors);
  const status = useOptionsStore((state) => state.status);
  const busy = useOptionsStore((state) => state.busy);
  const load = useOptionsStore((state) => state.load);
  const setField = useOptionsStore((state) => state.setField);
  const testConnection = useOptionsStore((state) => state.testConnection);
  const save = useOptionsStore((state) => state.save);
  const clear = useOptionsStore((state) => state.clear);
  const [advancedOpen, setAdvancedOpen] = useState(false);
  const [webhooksOpen, setWebhooksOpen] = useState(false);
  const [askingClear, setAskingClear] = useState(false);
  const clearRef = useRef<HTMLButtonElement>(null);

  useEffect(() => {
    void load();
  }, [load]);

  // A saved custom host must be visible, or the marketer would not know it is used.
  useEffect(() => {
    if (saved?.apiHost) setAdvancedOpen(true);
  }, [saved?.apiHost]);

  useEffect(() => {
    if (saved?.integrationToken) setWebhooksOpen(true);
  }, [saved?.integrationToken]);

  // After a failed check, move focus to the first field that needs attention.
  useEffect(() => {
    const first = (['appId', 'apiToken', 'apiHost', 'integrationToken'] as const).find((field) => errors[field]);
    if (!first) return;
    if (first === 'apiHost') setAdvancedOpen(true);
    if (first === 'integrationToken') setWebhooksOpen(true);
    document.getElementById(`field-${first}`)?.focus();
  }, [errors]);

  /** A credential's field: its id (focus moves there after a failed check) and its error. */
  const credentialField = (field: CredentialField) => ({ id: `field-${field}`, error: errors[field] });

  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    // Enter in a field submits too: not while a check, a save or a clear runs (Save is busy then).
    if (busy !== null) return;
    void save();
  };

  const hostPlaceholder = form.appId.trim() ? defaultApiHost(form.appId) : 'https://api-<APP ID>.sendbird.com';
  const unsaved = saved ? JSON.stringify(saved) !== JSON.stringify(form) : Boolean(form.appId || form.apiToken || form.apiHost);

  return (
    <main className="options">
      <header>
        <h1 className="title-with-mark">
          <ProductMark size={32} />
          {t('options_title')}
        </h1>
        <p className="lede">
          {t('options_lede')}
          {sentenceGap(t('options_lede'))}
          <Message id="options_whereToFind" values={[<strong key="path">{SENDBIRD_SETTINGS_PATH}</strong>]} />
        </p>
      </header>

      {welcome ? (
        <section className="welcome" aria-labelledby="welcome-title">
          <h2 id="welcome-title">{t('options_welcomeTitle')}</h2>
          <p>{t('options_welcomeText', t('options_testConnection'), t('options_save'))}</p>
        </section>
      ) : null}

      <form onSubmit={onSubmit} noValidate aria-busy={busy !== null}>
        <Field {...credentialField('appId')} label={t('options_appId')} hint={t('options_appIdHint')}>
          {(control) => (
            <input {...control} type="text" autoComplete="off" spellCheck={false} value={form.appId} onChange={(event) => setField('appId', event.target.value)} />
          )}
        </Field>

        <Field {...credentialField('apiToken')} label={t('options_apiToken')} hint={t('options_apiTokenHint')}>
          {(control) => <SecretInput {...control} value={form.apiToken} onChange={(event) => setField('apiToken', event.target.value)} />}
        </Field>

        <Disclosure title={t('options_advanced')} open={advancedOpen} onToggle={setAdvancedOpen}>
          <Field
            {...credentialField('apiHost')}
            label={t('options_apiHost')}
            hint={t('options_apiHostHint', hostPlaceholder)}
          >
            {(control) => (
              <input
                {...control}
                type="url"
                inputMode="url"
                autoComplete="off"
                spellCheck={false}
                placeholder={hostPlaceholder}
                value={form.apiHost}
                onChange={(event) => setField('apiHost', event.target.value)}
              />
            )}
          </Field>
        </Disclosure>

        <Disclosure title={t('options_webhookSetup')} open={webhooksOpen} onToggle={setWebhooksOpen}>
          <Field
            {...credentialField('integrationToken')}
            label={t('options_integrationToken')}
            hint={t('options_integrationTokenHint')}
          >
            {(control) => <SecretInput {...control} value={form.integrationToken ?? ''} onChange={(event) => setField('integrationToken', event.target.value)} />}
          </Field>
        </Disclosure>

        <div className="actions">
          <BusyButton onClick={() => void testConnection()} busy={busy !== null}>
            {busy === 'testing' ? t('options_testing') : t('options_testConnection')}
          </BusyButton>
          <BusyButton type="submit" className="primary" busy={busy !== null}>
            {t('options_save')}
          </BusyButton>
          <BusyButton className="danger" ref={clearRef} onClick={() => setAskingClear(true)} busy={busy !== null}>
            {t('options_clear')}
          </BusyButton>
          {unsaved && busy === null ? <span className="unsaved">{t('options_unsaved')}</span> : null}
        </div>

        {askingClear ? (
          // Clear removes everything this browser holds for the extension: it says what, and asks first.
          <Question
            question={t('options_clearAsk')}
            confirmLabel={t('options_clearConfirm')}
            cancelLabel={t('options_clearCancel')}
            confirmTone="danger"
            className="confirmation"
            onAnswered={() => {
              setAskingClear(false);
              clearRef.current?.focus();
            }}
            onConfirm={() => void clear()}
            onCancel={() => {}}
          />
        ) : null}

        <div role="status" className={`status ${status ? `status-${status.tone}` : ''}`}>
          {status?.text}
        </div>
      </form>
    </main>
  );
}

/** The disclosure pattern: a button that shows and hides a section. */
function Disclosure({ title, open, onToggle, children }: { title: string; open: boolean; onToggle(open: boolean): void; children: ReactNode }) {
  const id = useId();
  return (
    <div className="disclosure">
      <button type="button" className="disclosure-toggle" aria-expanded={open} aria-controls={id} onClick={() => onToggle(!open)}>
        <span aria-hidden="true" className="disclosure-marker">
          {open ? '\u25BE' : '\u25B8'}
        </span>
        {title}
      </button>
      <div id={id} className="disclosure-panel" hidden={!open}>
        {children}
      </div>
    </div>
  );
}
