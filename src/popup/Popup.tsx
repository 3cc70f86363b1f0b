import { useEffect, useState } from 'react';
import { sendMessage } from '../shared/messaging';
import type { ResponseOf } from '../shared/protocol';

type SetupState = { phase: 'loading' } | { phase: 'failed'; message: string } | ({ phase: 'ready' } & ResponseOf<'setup.status'>);

export function Popup() {
  const [setup, setSetup] = useState<SetupState>({ phase: 'loading' });

  useEffect(() => {
    void sendMessage('setup.status', {}).then((reply) =>
      setSetup(reply.ok ? { phase: 'ready', ...reply.data } : { phase: 'failed', message: reply.failure.message }),
    );
  }, []);

  const openSettings = () => {
    void sendMessage('settings.open', {}).then(() => window.close());
  };

  return (
    <main className="popup" aria-busy={setup.phase === 'loading'}>
      <header className="popup-header">
        <h1>Sendbird for CleverTap</h1>
        {setup.phase === 'ready' && setup.configured ? (
          <button type="button" className="link" onClick={openSettings}>
            Settings
          </button>
        ) : null}
      </header>
      {setup.phase === 'loading' ? <p className="muted">Loading…</p> : null}
      {setup.phase === 'failed' ? <p role="alert">{setup.message}</p> : null}
      {setup.phase === 'ready' && !setup.configured ? (
        <section className="empty" aria-labelledby="setup-title">
          <h2 id="setup-title">Connect your Sendbird app</h2>
          <p>Add your Sendbird App ID and API token to browse your message templates.</p>
          <button type="button" className="primary" onClick={openSettings}>
            Go to Settings
          </button>
        </section>
      ) : null}
      {setup.phase === 'ready' && setup.configured ? (
        <section aria-label="Sendbird app">
          <p>
            Connected app <code>{setup.appId}</code>.
          </p>
        </section>
      ) : null}
    </main>
  );
}
