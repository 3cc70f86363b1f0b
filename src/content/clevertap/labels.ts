/**
 * Everything the content script knows about CleverTap's dashboard: visible
 * labels (as CleverTap's docs write them) and route patterns. CleverTap's DOM is
 * not public, so we match labels, roles and structure, never generated classes.
 * Fixture for each: tests/unit/content/clevertap-fixtures.test.ts.
 */
export const LABELS = {
  webhookContentDialog: 'Create Webhook Content',
  messagingChannels: 'Messaging Channels',
  webhooksChannel: 'Webhooks',
  bodyModeKeyValue: 'Profile Variables & custom key value pairs',
  bodyModeCustom: 'Custom Body',
  addKeyValuePair: '+ Key-Value Pair',
  formatJson: 'JSON',
  formatPlainText: 'Plain text',
  urlKeyValuePairs: 'URL key-value pairs',
  webhookSelect: 'Webhook',
  save: 'Save',
  previewAndTest: 'Preview and Test',
  removeRow: ['remove', 'delete', 'trash', '×', '✕'],
} as const;

/** The webhooks Sendbird's docs recommend creating in CleverTap. */
export const SENDBIRD_WEBHOOKS = {
  single: 'Sendbird single',
  multi: 'Sendbird multi',
} as const;

/** Container elements a dialog can be, most specific first. */
export const DIALOG_SELECTOR = '[role="dialog"], [role="alertdialog"], dialog, [aria-modal="true"]';

export const ROUTES = {
  /** Journey editor (the route is not public: any path segment "journey(s)"). */
  journey: /\/journeys?(\/|$)/i,
  campaign: /\/campaigns?(\/|$)/i,
  /** Settings > Engage > Channels > Webhooks. */
  webhookSettings: /\/settings\/.*webhooks?(\/|$)/i,
} as const;

export type PageKind = 'journey' | 'campaign' | 'other';

export function pageKindOf(pathname: string): PageKind {
  if (ROUTES.journey.test(pathname)) return 'journey';
  if (ROUTES.campaign.test(pathname)) return 'campaign';
  return 'other';
}
