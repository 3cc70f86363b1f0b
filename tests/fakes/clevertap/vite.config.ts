import path from 'node:path';
import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';

// Builds the sandbox SPA: npx vite build --config tests/fakes/clevertap/vite.config.ts
const here = import.meta.dirname;

export default defineConfig({
  root: path.join(here, 'app'),
  base: '/',
  plugins: [react()],
  build: {
    outDir: path.join(here, 'dist'),
    emptyOutDir: true,
    target: 'chrome120',
    assetsDir: 'assets',
    sourcemap: false,
  },
});
