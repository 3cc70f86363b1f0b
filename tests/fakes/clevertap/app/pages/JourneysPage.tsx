import { api } from '../api';
import { Notice } from '../components/Section';
import { useLoad, useTitle } from '../hooks';
import { paths } from '../paths';
import { Link, navigate } from '../router';

export function JourneysPage() {
  useTitle('Journeys');
  const data = useLoad(() => Promise.all([api.journeys(), api.webhooks()]), 'journeys');
  const [journeys, webhooks] = data.data ?? [[], []];
  return (
    <div className="ct-page">
      <div className="ct-page__head">
        <h1 className="ct-page__title">Journeys</h1>
        <button type="button" className="ct-button ct-button--primary" onClick={() => navigate(paths.newJourney)}>
          + Journey
        </button>
      </div>
      {data.error && <Notice kind="error">{data.error}</Notice>}
      <div className="ct-card ct-card--flush">
        <table className="ct-table">
          <thead>
            <tr>
              <th scope="col">Name</th>
              <th scope="col">Entry</th>
              <th scope="col">Webhook</th>
              <th scope="col">Last updated</th>
            </tr>
          </thead>
          <tbody>
            {journeys.map((journey) => (
              <tr key={journey.id}>
                <td>
                  <Link to={paths.editJourney(journey.id)}>{journey.name}</Link>
                </td>
                <td>Live behavior: {journey.entryEvent}</td>
                <td>{webhooks.find((webhook) => webhook.id === journey.webhookNode.webhookId)?.name ?? '—'}</td>
                <td>{new Date(journey.updatedAt).toLocaleString('en-GB')}</td>
              </tr>
            ))}
            {!data.loading && journeys.length === 0 && (
              <tr>
                <td colSpan={4} className="ct-empty">
                  No journeys yet. Click <strong>+ Journey</strong> to draw one.
                </td>
              </tr>
            )}
          </tbody>
        </table>
      </div>
    </div>
  );
}
