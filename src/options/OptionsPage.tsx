import { useEffect, useId, useState, type FormEvent, type ReactNode } from 'react';
import { defaultApiHost, type CredentialField } from '../shared/credentials';
import { Field } from '../shared/ui/Field';
import { SecretInput } from '../shared/ui/SecretInput';
import { useOptionsStore } from './options-store';

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
    void save();
  };

  const hostPlaceholder = form.appId.trim() ? defaultApiHost(form.appId) : 'https://api-<APP ID>.sendbird.com';
  const unsaved = saved ? JSON.stringify(saved) !== JSON.stringify(form) : Boolean(form.appId || form.apiToken || form.apiHost);

  return (
    <main className="options">
      <header>
        <h1>Sendbird Business Messaging for CleverTap</h1>
        <p className="lede">
          Connect your Sendbird app to browse its message templates and use them in CleverTap campaigns and journeys.
          Find the App ID and API token on the Sendbird Dashboard under <strong>Settings &gt; Application &gt; General</strong>.
        </p>
      </header>

      <form onSubmit={onSubmit} noValidate aria-busy={busy !== null}>
        <Field {...credentialField('appId')} label="App ID" hint="A UUID such as 9DA1B1F4-0BE6-4DA8-82C5-2E81DAB56F23.">
          {(control) => (
            <input {...control} type="text" autoComplete="off" spellCheck={false} value={form.appId} onChange={(event) => setField('appId', event.target.value)} />
          )}
        </Field>

        <Field {...credentialField('apiToken')} label="API token" hint="Kept only in this browser's extension storage; never shown to CleverTap pages.">
          {(control) => <SecretInput {...control} value={form.apiToken} onChange={(event) => setField('apiToken', event.target.value)} />}
        </Field>

        <Disclosure title="Advanced" open={advancedOpen} onToggle={setAdvancedOpen}>
          <Field
            {...credentialField('apiHost')}
            label="API host"
            hint={`Only if your app's "API request URL" on the Sendbird Dashboard differs from the default, ${hostPlaceholder}.`}
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

        <Disclosure title="CleverTap webhook setup (optional)" open={webhooksOpen} onToggle={setWebhooksOpen}>
          <Field
            {...credentialField('integrationToken')}
            label="CleverTap integration token"
            hint="From Sendbird Dashboard > Business Messaging > Integrations > CleverTap. The setup assistant on CleverTap's Webhooks settings page writes it into the webhook's Api-token header when you click Set up; it can differ from the API token."
          >
            {(control) => <SecretInput {...control} value={form.integrationToken ?? ''} onChange={(event) => setField('integrationToken', event.target.value)} />}
          </Field>
        </Disclosure>

        <div className="actions">
          <button type="button" onClick={() => void testConnection()} disabled={busy !== null}>
            {busy === 'testing' ? 'Testing\u2026' : 'Test connection'}
          </button>
          <button type="submit" className="primary" disabled={busy !== null}>
            Save
          </button>
          <button type="button" className="danger" onClick={() => void clear()} disabled={busy !== null}>
            Clear
          </button>
          {unsaved && busy === null ? <span className="unsaved">Unsaved changes</span> : null}
        </div>

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
