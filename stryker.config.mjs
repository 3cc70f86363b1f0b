// Mutation testing of the trust-critical modules: `npm run mutation`.
// Incremental: a run re-tests only the mutants whose code or covering tests
// changed since the last run (reports/mutation/); `npm run mutation -- --force`
// re-tests them all.
/** @type {import('@stryker-mutator/api/core').PartialStrykerOptions} */
export default {
  testRunner: 'vitest',
  vitest: { configFile: 'tests/unit/vitest.mutation.config.ts', related: true },
  mutate: [
    // sender classification
    'src/background/senders.ts',
    // trusted origins and routes
    'src/shared/clevertap-hosts.ts',
    'src/shared/clevertap-routes.ts',
    // the payload contract
    'src/shared/payload-contract.ts',
    // the editor adapters and Apply
    'src/content/clevertap/*-dom.ts',
    'src/content/picker/apply.ts',
  ],
  coverageAnalysis: 'perTest',
  concurrency: 2,
  // A mutant that makes a test hang is "timed out", which Stryker counts as detected.
  // On a busy 2-core machine starting a test file alone can take seconds, so the
  // allowance is wide: only real hangs should time out.
  timeoutMS: 30_000,
  incremental: true,
  incrementalFile: 'reports/mutation/stryker-incremental.json',
  thresholds: { high: 95, low: 90, break: 90 },
  reporters: ['clear-text', 'progress', 'html'],
  htmlReporter: { fileName: 'reports/mutation/index.html' },
  tempDirName: '.stryker-tmp',
  cleanTempDir: 'always',
  // Stryker rewrites the tsconfig's paths in its sandbox with TypeScript's JS API,
  // which TypeScript 7 no longer has. Ours has no extends or references to rewrite,
  // so Stryker is pointed at no tsconfig at all.
  tsconfigFile: 'no-tsconfig-to-rewrite.json',
};
