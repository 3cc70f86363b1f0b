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
    // Chunks load from the extension, not the page: preload <link>s would be
    // injected into CleverTap's DOM and point at the wrong origin.
    modulePreload: false,
  },
});
