/**
 * CleverTap route patterns, used by the content script to recognise pages. A route
 * is convenience only, never a trust signal (the page can rewrite its own path);
 * which hosts are trusted is decided in clevertap-hosts.ts.
 * The journey and webhook-settings routes are not public: matched loosely.
 */

export const ROUTES = {
  journey: /\/journeys?(\/|$)/i,
  campaign: /\/campaigns?(\/|$)/i,
  /** Settings > Engage > Channels > Webhooks. */
  webhookSettings: /\/settings(\/.*)?\/webhooks?(\/|$)/i,
} as const;

export type PageKind = 'journey' | 'campaign' | 'webhook-settings' | 'other';

export function pageKindOf(pathname: string): PageKind {
  if (ROUTES.webhookSettings.test(pathname)) return 'webhook-settings';
  if (ROUTES.journey.test(pathname)) return 'journey';
  if (ROUTES.campaign.test(pathname)) return 'campaign';
  return 'other';
}

/** The webhooks Sendbird's docs tell marketers to create in CleverTap. */
export const SENDBIRD_WEBHOOKS = {
  single: 'Sendbird single',
  multi: 'Sendbird multi',
} as const;
