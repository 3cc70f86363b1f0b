import { CHANNELS } from '../components/MessagingChannelsDialog';
import { useTitle } from '../hooks';
import { NotFoundPage } from './NotFoundPage';
import { paths } from '../paths';
import { Link } from '../router';

/** Other channels exist on the real dashboard; the sandbox only models Webhooks. */
export function ChannelStubPage({ channel }: { channel: string }) {
  const label = CHANNELS.find((item) => item.slug === channel)?.label;
  useTitle(label ? `New ${label} campaign` : 'Page not found');
  if (!label) return <NotFoundPage />;
  return (
    <div className="ct-page">
      <h1 className="ct-page__title">New {label} campaign</h1>
      <div className="ct-card">
        <p>{label} campaigns are not part of this sandbox.</p>
        <Link to={paths.campaigns}>Back to Campaigns</Link>
      </div>
    </div>
  );
}
