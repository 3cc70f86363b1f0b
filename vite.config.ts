import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';
import { crx } from '@crxjs/vite-plugin';
import manifest from './manifest.config.ts';
import { contentScripts } from './content-scripts.config.ts';
import { serviceWorker } from './service-worker.config.ts';

export default defineConfig({
  plugins: [react(), crx({ manifest }), contentScripts(), serviceWorker()],
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    target: 'chrome120',
    sourcemap: false,
    // The popup's and options page's HTML name the chunks their entry imports
    // (<link rel="modulepreload">), so the shared chunk (React and the protocol)
    // loads beside the entry instead of after it has been read: the popup's boot
    // waited about 30 ms for that. Only these extension pages are built here (the
    // content script's pieces and the worker have builds of their own, without
    // preloads), so no <link> reaches a CleverTap page. No polyfill: Chromium has it.
    modulePreload: { polyfill: false },
  },
});
