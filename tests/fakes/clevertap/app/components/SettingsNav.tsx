/** Settings' own navigation tree; only Engage › Channels › Webhooks is modelled. */
import type { ReactNode } from 'react';
import { Link } from '../router';
import { paths } from '../paths';

export function SettingsLayout({ children }: { children: ReactNode }) {
  return (
    <div className="ct-settings">
      <nav className="ct-settings__nav" aria-label="Settings">
        <h2 className="ct-settings__heading">Settings</h2>
        <ul>
          <li>
            <span className="ct-settings__group">Setup</span>
            <ul>
              <li><span className="ct-settings__item ct-settings__item--disabled">Account info</span></li>
              <li><span className="ct-settings__item ct-settings__item--disabled">Users</span></li>
            </ul>
          </li>
          <li>
            <span className="ct-settings__group">Engage</span>
            <ul>
              <li>
                <span className="ct-settings__subgroup">Channels</span>
                <ul>
                  <li><span className="ct-settings__item ct-settings__item--disabled">Email</span></li>
                  <li><span className="ct-settings__item ct-settings__item--disabled">SMS</span></li>
                  <li><span className="ct-settings__item ct-settings__item--disabled">WhatsApp</span></li>
                  <li>
                    <Link to={paths.webhooksSettings} className="ct-settings__item" aria-current="page">
                      Webhooks
                    </Link>
                  </li>
                </ul>
              </li>
            </ul>
          </li>
        </ul>
      </nav>
      <div className="ct-settings__content">{children}</div>
    </div>
  );
}
