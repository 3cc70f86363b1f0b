/**
 * The visible labels of CleverTap's dashboard the content script looks for, as
 * CleverTap's docs write them (routes are in shared/clevertap-routes.ts).
 * CleverTap's DOM is not public, so we match labels, roles and structure, never
 * generated classes. Tests: tests/unit/content/clevertap-labels.test.ts.
 */
export const LABELS = {
  webhookContentDialog: 'Create Webhook Content',
  /** A campaign's button that opens Create Webhook Content (its What section). */
  goToEditor: 'Go To Editor',
  /** A journey's Webhook node's button that opens the same Create Webhook Content (a journey has no Go To Editor). */
  editMessage: 'Edit message',
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

export { SENDBIRD_WEBHOOKS, pageKindOf, type PageKind } from '../../shared/clevertap-routes';
