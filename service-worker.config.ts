import type { Plugin } from 'vite';
import { afterCrxjs, buildPiece } from './content-scripts.config.ts';

/**
 * The service worker's build, apart from @crxjs's: one self-contained module file.
 * MV3 stops the worker after 30 s idle, so most picker opens start it again, and each
 * start loads every module of the worker anew; @crxjs's build split it into a loader
 * and four chunks shared with the pages (five loads per start). One file answered a
 * stopped worker's first message about 7 ms sooner (tests/bench/sw-cold-start.ts:
 * 50.3 ms on main, 43.1 ms as one file, against a 26–28 ms one-line worker, load 10–12).
 */
export const SERVICE_WORKER = { file: 'service-worker.js', entry: 'src/background/index.ts' } as const;

/** Builds the worker into dist/ and declares it in the manifest @crxjs wrote (manifest.config.ts declares none). */
export function serviceWorker(): Plugin {
  return afterCrxjs('sendbird:service-worker', async (root, outDir, manifest) => {
    await buildPiece(root, outDir, SERVICE_WORKER.entry, SERVICE_WORKER.file, 'es');
    manifest.background = { service_worker: SERVICE_WORKER.file, type: 'module' };
  });
}
