import { useState } from 'react';
import { api, withLatency } from '../api';
import { CreateWebhookPanel } from '../components/CreateWebhookPanel';
import { Notice } from '../components/Section';
import { SettingsLayout } from '../components/SettingsNav';
import { useLoad, useTitle } from '../hooks';
import { paths } from '../paths';
import { Link } from '../router';

export function WebhooksSettingsPage() {
  useTitle('Webhooks · Settings');
  const webhooks = useLoad(api.webhooks, 'webhooks');
  const [panel, setPanel] = useState<'closed' | 'loading' | 'open'>('closed');
  const [flash, setFlash] = useState<string | null>(null);

  const openPanel = async () => {
    setPanel('loading');
    setFlash(null);
    await withLatency(Promise.resolve());
    setPanel('open');
  };

  return (
    <SettingsLayout>
      <div className="ct-page">
        <nav className="ct-breadcrumb" aria-label="Breadcrumb">
          <Link to={paths.settings}>Settings</Link>
          <span aria-hidden="true">›</span>
          <span>Engage</span>
          <span aria-hidden="true">›</span>
          <span>Channels</span>
          <span aria-hidden="true">›</span>
          <span aria-current="page">Webhooks</span>
        </nav>
        <div className="ct-page__head">
          <h1 className="ct-page__title">Webhooks</h1>
          <button type="button" className="ct-button ct-button--primary" onClick={openPanel} disabled={panel === 'loading'} aria-busy={panel === 'loading'}>
            + Add Webhook
          </button>
        </div>
        <p className="ct-muted">Webhooks send user data to your own endpoints from campaigns and journeys.</p>
        {flash && <Notice kind="success">{flash}</Notice>}
        {webhooks.error && <Notice kind="error">{webhooks.error}</Notice>}
        <div className="ct-card ct-card--flush">
          <table className="ct-table">
            <thead>
              <tr>
                <th scope="col">Name</th>
                <th scope="col">Method</th>
                <th scope="col">Destination URL</th>
                <th scope="col">Authentication</th>
              </tr>
            </thead>
            <tbody>
              {(webhooks.data ?? []).map((webhook) => (
                <tr key={webhook.id}>
                  <td>{webhook.name}</td>
                  <td>
                    <span className="ct-method">{webhook.method}</span>
                  </td>
                  <td className="ct-url-cell">{webhook.url}</td>
                  <td>{{ none: 'None', basic: 'Basic', oauth2: 'OAuth 2.0' }[webhook.auth]}</td>
                </tr>
              ))}
              {!webhooks.loading && webhooks.data?.length === 0 && (
                <tr>
                  <td colSpan={4} className="ct-empty">
                    No webhooks yet.
                  </td>
                </tr>
              )}
            </tbody>
          </table>
        </div>
      </div>
      {panel === 'open' && (
        <CreateWebhookPanel
          onClose={() => setPanel('closed')}
          onCreated={(webhook) => {
            setPanel('closed');
            setFlash(`Webhook "${webhook.name}" created`);
            webhooks.reload();
          }}
        />
      )}
    </SettingsLayout>
  );
}
