import { CLEVERTAP_ACCOUNT_ID } from '../../demo-app';

/** Every in-app URL in one place, all under the account id as on the real dashboard. */
const base = `/${CLEVERTAP_ACCOUNT_ID}`;

export const paths = {
  login: '/login.html',
  home: `${base}/main`,
  campaigns: `${base}/campaigns`,
  newCampaign: (channel: string) => `${base}/campaigns/campaign/new/${channel}`,
  editCampaign: (id: string) => `${base}/campaigns/campaign/${encodeURIComponent(id)}/edit`,
  journeys: `${base}/journeys`,
  newJourney: `${base}/journeys/journey/new`,
  editJourney: (id: string) => `${base}/journeys/journey/${encodeURIComponent(id)}/edit`,
  settings: `${base}/settings`,
  webhooksSettings: `${base}/settings/engage/channels/webhooks`,
};
