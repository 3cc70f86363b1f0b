/** The route table: URL patterns to pages, all under the one account id the sandbox serves. */
import type { ReactNode } from 'react';
import { CLEVERTAP_ACCOUNT_ID } from '../../demo-app';
import type { Section } from './components/Layout';
import { SettingsLayout } from './components/SettingsNav';
import { CampaignsPage } from './pages/CampaignsPage';
import { ChannelStubPage } from './pages/ChannelStubPage';
import { NotFoundPage } from './pages/NotFoundPage';
import { HomePage } from './pages/HomePage';
import { JourneyEditorPage } from './pages/JourneyEditorPage';
import { JourneysPage } from './pages/JourneysPage';
import { WebhookCampaignPage } from './pages/WebhookCampaignPage';
import { WebhooksSettingsPage } from './pages/WebhooksSettingsPage';
import { paths } from './paths';
import { Link, matchPath } from './router';

interface Route {
  pattern: string;
  section: Section;
  render: (params: Record<string, string>) => ReactNode;
}

const ROUTES: Route[] = [
  { pattern: '/:account/main', section: 'home', render: () => <HomePage /> },
  { pattern: '/:account/campaigns', section: 'campaigns', render: () => <CampaignsPage /> },
  { pattern: '/:account/campaigns/campaign/new/webhook', section: 'campaigns', render: () => <WebhookCampaignPage campaignId={null} /> },
  { pattern: '/:account/campaigns/campaign/new/:channel', section: 'campaigns', render: (p) => <ChannelStubPage channel={p.channel ?? ''} /> },
  { pattern: '/:account/campaigns/campaign/:id/edit', section: 'campaigns', render: (p) => <WebhookCampaignPage campaignId={p.id ?? ''} /> },
  { pattern: '/:account/journeys', section: 'journeys', render: () => <JourneysPage /> },
  { pattern: '/:account/journeys/journey/new', section: 'journeys', render: () => <JourneyEditorPage journeyId={null} /> },
  { pattern: '/:account/journeys/journey/:id/edit', section: 'journeys', render: (p) => <JourneyEditorPage journeyId={p.id ?? ''} /> },
  { pattern: '/:account/settings', section: 'settings', render: () => <SettingsHome /> },
  { pattern: '/:account/settings/engage/channels/webhooks', section: 'settings', render: () => <WebhooksSettingsPage /> },
];

export function resolveRoute(pathname: string): { section: Section; element: ReactNode } {
  for (const route of ROUTES) {
    const params = matchPath(route.pattern, pathname);
    if (params && params.account === CLEVERTAP_ACCOUNT_ID) return { section: route.section, element: route.render(params) };
  }
  return { section: 'none', element: <NotFoundPage /> };
}

function SettingsHome() {
  return (
    <SettingsLayout>
      <div className="ct-page">
        <h1 className="ct-page__title">Settings</h1>
        <div className="ct-card">
          <p>
            Configure channels under Engage. Webhooks: <Link to={paths.webhooksSettings}>Engage › Channels › Webhooks</Link>.
          </p>
        </div>
      </div>
    </SettingsLayout>
  );
}
