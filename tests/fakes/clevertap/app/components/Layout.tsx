/** The dashboard chrome: top bar with the account, left navigation, and the page. */
import type { ReactNode } from 'react';
import { CLEVERTAP_ACCOUNT_ID } from '../../../demo-app';
import { Link } from '../router';
import { paths } from '../paths';
import { HomeIcon, JourneyIcon, MegaphoneIcon, SettingsIcon } from './Icons';

export type Section = 'home' | 'campaigns' | 'journeys' | 'settings' | 'none';

const NAV: { section: Section; label: string; to: string; icon: ReactNode }[] = [
  { section: 'home', label: 'Home', to: paths.home, icon: <HomeIcon /> },
  { section: 'campaigns', label: 'Campaigns', to: paths.campaigns, icon: <MegaphoneIcon /> },
  { section: 'journeys', label: 'Journeys', to: paths.journeys, icon: <JourneyIcon /> },
  { section: 'settings', label: 'Settings', to: paths.webhooksSettings, icon: <SettingsIcon /> },
];

export function Layout({ section, children }: { section: Section; children: ReactNode }) {
  const region = window.location.hostname.split('.')[0]?.toUpperCase() ?? '';
  return (
    <div className="ct-app">
      <header className="ct-topbar">
        <Link to={paths.home} className="ct-logo" aria-label="CleverTap home">
          <span className="ct-logo__mark" aria-hidden="true">
            ct
          </span>
          <span className="ct-logo__word">CleverTap</span>
        </Link>
        <div className="ct-account" title={`Account ${CLEVERTAP_ACCOUNT_ID}`}>
          <span className="ct-account__name">Sendbird Demo</span>
          <span className="ct-account__id">{CLEVERTAP_ACCOUNT_ID}</span>
          <span className="ct-pill">{region}</span>
        </div>
        <div className="ct-topbar__spacer" />
        <span className="ct-avatar" aria-label="Signed in as Ada Lovelace" role="img">
          AL
        </span>
      </header>
      <div className="ct-shell">
        <nav className="ct-sidebar" aria-label="Main">
          <ul>
            {NAV.map((item) => (
              <li key={item.section}>
                <Link to={item.to} className="ct-sidebar__link" aria-current={item.section === section ? 'page' : undefined}>
                  {item.icon}
                  <span>{item.label}</span>
                </Link>
              </li>
            ))}
          </ul>
        </nav>
        <main className="ct-main" id="main">
          {children}
        </main>
      </div>
    </div>
  );
}
