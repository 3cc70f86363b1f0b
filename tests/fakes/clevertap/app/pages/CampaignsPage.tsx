import { useState } from 'react';
import { api, withLatency } from '../api';
import { MessagingChannelsDialog } from '../components/MessagingChannelsDialog';
import { Notice } from '../components/Section';
import { useLoad, useTitle } from '../hooks';
import { paths } from '../paths';
import { Link } from '../router';

export function CampaignsPage() {
  useTitle('Campaigns');
  const data = useLoad(() => Promise.all([api.campaigns(), api.webhooks()]), 'campaigns');
  const [picker, setPicker] = useState<'closed' | 'loading' | 'open'>('closed');

  // The channel list comes from the server in real dashboards; the gap before it shows is kept.
  const openPicker = async () => {
    setPicker('loading');
    await withLatency(Promise.resolve());
    setPicker('open');
  };

  const [campaigns, webhooks] = data.data ?? [[], []];
  return (
    <div className="ct-page">
      <div className="ct-page__head">
        <h1 className="ct-page__title">Campaigns</h1>
        <button type="button" className="ct-button ct-button--primary" onClick={openPicker} aria-busy={picker === 'loading'} disabled={picker === 'loading'}>
          + Campaign
        </button>
      </div>
      {data.error && <Notice kind="error">{data.error}</Notice>}
      <div className="ct-card ct-card--flush">
        <table className="ct-table">
          <thead>
            <tr>
              <th scope="col">Name</th>
              <th scope="col">Channel</th>
              <th scope="col">Webhook</th>
              <th scope="col">Status</th>
              <th scope="col">Last updated</th>
            </tr>
          </thead>
          <tbody>
            {campaigns.map((campaign) => (
              <tr key={campaign.id}>
                <td>
                  <Link to={paths.editCampaign(campaign.id)}>{campaign.name}</Link>
                </td>
                <td>Webhook</td>
                <td>{webhooks.find((webhook) => webhook.id === campaign.webhookId)?.name ?? 'Deleted webhook'}</td>
                <td>
                  <span className="ct-status ct-status--live">{campaign.schedule.when === 'now' ? 'Running' : 'Scheduled'}</span>
                </td>
                <td>{new Date(campaign.updatedAt).toLocaleString('en-GB')}</td>
              </tr>
            ))}
            {!data.loading && campaigns.length === 0 && (
              <tr>
                <td colSpan={5} className="ct-empty">
                  No campaigns yet. Click <strong>+ Campaign</strong> to create one.
                </td>
              </tr>
            )}
          </tbody>
        </table>
      </div>
      {picker === 'open' && <MessagingChannelsDialog onClose={() => setPicker('closed')} />}
    </div>
  );
}
