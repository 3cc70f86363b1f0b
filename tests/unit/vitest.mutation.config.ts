import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';
import base from '../../vitest.config';

/**
 * The unit tests of the trust-critical modules, for `npm run mutation`: sender
 * classification, origins and routes, the payload contract, the editor
 * adapters and Apply. Kept to these files so every mutant Stryker cannot pin to
 * single tests (a changed regex constant) re-runs seconds of tests, not minutes.
 */
export default defineConfig({
  ...base,
  root: fileURLToPath(new URL('../..', import.meta.url)),
  test: {
    ...base.test,
    projects: undefined,
    reporters: ['default'],
    // Generous: a machine under load must not turn a slow property test into a killed mutant.
    testTimeout: 30_000,
    include: [
      'tests/unit/background/senders.test.ts',
      'tests/unit/shared/clevertap-hosts.test.ts',
      'tests/unit/shared/clevertap-routes.test.ts',
      'tests/unit/shared/payload-contract.test.ts',
      'tests/unit/content/clevertap/*.test.ts',
      'tests/unit/content/picker/*.test.ts',
      'tests/unit/content/apply-undo.test.ts',
    ],
  },
});
