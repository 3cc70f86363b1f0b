import { defineConfig } from 'vitest/config';
import react from '@vitejs/plugin-react';

// Kept apart from vite.config.ts so the crx plugin never loads in unit tests.
// Two projects, so the count of tests of the product is never inflated by the
// tests of the stand-ins (the Sendbird and CleverTap fakes the browser tests use).
export default defineConfig({
  plugins: [react()],
  test: {
    environment: 'happy-dom',
    setupFiles: ['tests/unit/setup.ts'],
    restoreMocks: true,
    reporters: ['default', './tests/unit/count-reporter.ts'],
    projects: [
      { extends: true, test: { name: 'product', include: ['tests/unit/**/*.test.{ts,tsx}'], exclude: ['tests/unit/fakes/**'] } },
      { extends: true, test: { name: 'stand-ins', include: ['tests/unit/fakes/**/*.test.{ts,tsx}'] } },
    ],
  },
});
