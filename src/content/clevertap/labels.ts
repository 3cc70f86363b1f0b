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
  addWebhook: '+ Add Webhook',
  createWebhookPanel: 'Create webhook template',
  webhookName: 'Name',
  webhookMethod: 'Method',
  destinationUrl: 'Destination URL',
  noAuthentication: 'No authentication',
  liveBehavior: 'Live behavior',
  qualifyingEvent: 'Qualifying event',
  removeRow: ['remove', 'delete', 'trash', '×', '✕'],
} as const;


/** Container elements a dialog can be, most specific first. */
export const DIALOG_SELECTOR = '[role="dialog"], [role="alertdialog"], dialog, [aria-modal="true"]';

export { ROUTES, SENDBIRD_WEBHOOKS, pageKindOf, type PageKind } from '../../shared/clevertap-routes';
