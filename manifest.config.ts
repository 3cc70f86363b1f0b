import { defineManifest } from '@crxjs/vite-plugin';
import pkg from './package.json' with { type: 'json' };

/**
 * Permissions, and why each one is here (nothing else is requested):
 * - storage: keeps the saved App ID, API token, API host and integration token, the
 *   picker's drafts and the image hosts allowed in previews (the template cache is in
 *   IndexedDB, which needs no permission).
 * - host_permissions https://*.sendbird.com/*: the service worker calls Sendbird's
 *   template API on api-<APP ID>.sendbird.com (or a custom Sendbird host) without CORS.
 * The content script is declared for CleverTap dashboards only (every frame of them, by
 * content-scripts.config.ts); it needs no permission.
 */
export default defineManifest({
  manifest_version: 3,
  // Name and description come from public/_locales (en is the default); the English
  // messages equal package.json's displayName and description.
  default_locale: 'en',
  name: '__MSG_extName__',
  description: '__MSG_extDescription__',
  version: pkg.version,
  // The oldest Chrome with everything we use: storage.local.setAccessLevel (Chrome 102,
  // keeps the token away from content scripts), CSS :has() in our styles (105), and the
  // JavaScript we ship, which vite.config.ts builds for target chrome120 (so 120 wins).
  // Raise it together with build.target.
  minimum_chrome_version: '120',
  icons: { 16: 'icons/icon-16.png', 32: 'icons/icon-32.png', 48: 'icons/icon-48.png', 128: 'icons/icon-128.png' },
  action: {
    default_title: '__MSG_extName__',
    default_popup: 'src/popup/index.html',
    default_icon: { 16: 'icons/icon-16.png', 32: 'icons/icon-32.png', 48: 'icons/icon-48.png' },
  },
  options_ui: { page: 'src/options/index.html', open_in_tab: true },
  // background: written by service-worker.config.ts (one file: see why there).
  // content_scripts and web_accessible_resources: written by content-scripts.config.ts (see why there).
  permissions: ['storage'],
  host_permissions: ['https://*.sendbird.com/*'],
});
