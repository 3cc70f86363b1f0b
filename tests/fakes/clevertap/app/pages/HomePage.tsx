import { api } from '../api';
import { ChartIcon, JourneyIcon, MegaphoneIcon, UsersIcon, WebhookIcon } from '../components/Icons';
import { useLoad, useTitle } from '../hooks';
import { paths } from '../paths';
import { Link } from '../router';

export function HomePage() {
  useTitle('Home');
  const data = useLoad(() => Promise.all([api.campaigns(), api.journeys(), api.webhooks()]), 'home');
  const [campaigns, journeys, webhooks] = data.data ?? [[], [], []];
  const stats = [
    { label: 'Monthly active users', value: '48,213', icon: <UsersIcon /> },
    { label: 'Messages sent (30 days)', value: '1.2M', icon: <ChartIcon /> },
  ];
  return (
    <div className="ct-page">
      <h1 className="ct-page__title">Welcome back, Ada</h1>
      <div className="ct-stats">
        {stats.map((stat) => (
          <div className="ct-card ct-stat" key={stat.label}>
            <span className="ct-stat__icon">{stat.icon}</span>
            <span className="ct-stat__value">{stat.value}</span>
            <span className="ct-stat__label">{stat.label}</span>
          </div>
        ))}
      </div>
      <h2 className="ct-section-title">Engage</h2>
      <ul className="ct-tiles">
        <li className="ct-card ct-tile">
          <MegaphoneIcon />
          <Link to={paths.campaigns}>Campaigns</Link>
          <span className="ct-muted">{campaigns.length} saved</span>
        </li>
        <li className="ct-card ct-tile">
          <JourneyIcon />
          <Link to={paths.journeys}>Journeys</Link>
          <span className="ct-muted">{journeys.length} saved</span>
        </li>
        <li className="ct-card ct-tile">
          <WebhookIcon />
          <Link to={paths.webhooksSettings}>Webhooks</Link>
          <span className="ct-muted">{webhooks.length} configured</span>
        </li>
      </ul>
    </div>
  );
}
